// The finite forms of Dutch strong and irregular verbs (kwam, bleef, ging,
// ontstond, verdween), read from lexicons/nl-verbs.tsv: a main clause's
// finite verb that the weak verbs' endings (-t, -en, -de, -te) do not show.
#pragma once

#include <string_view>

namespace causalkg::kb::extract {

// Whether `fold` (a lower-case word) is a finite form of a strong or
// irregular verb: a past singular or plural, or the present of one (sluiten,
// neemt, blijft, gaat), also after an inseparable prefix (ontstond, verliep). Not
// the participles: a participle before a noun is an adjective (de gestegen
// kosten).
bool DutchIrregularFinite(std::string_view fold);

}  // namespace causalkg::kb::extract
