// The inflected forms of a Dutch verb, from its infinitive: what the
// Snowball stemmer does not give (it leaves vergroot, vergrootte and
// vergroten three stems apart). Regular spelling only; a lexicon lists the
// irregular forms beside the infinitive.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace causalkg::kb::extract {

struct DutchVerbForms {
  // Forms that stand alone in a clause: the infinitive, the finite forms of
  // the present and past, the participles (vergroten, vergroot, vergrootte,
  // vergrootten, vergrotend, vergrote).
  std::vector<std::string> forms;
  // Of these, the finite forms a main clause separates from the verb's
  // particle (neemt ... toe): the stem, stem + t, the past.
  std::vector<std::string> finite;
};

// `infinitive` ends in -en (vergroten, aantasten without its particle);
// `particle` is the separable part (toe of toe|nemen) or empty. With a
// particle, `forms` are the fused ones (toenemen, toeneemt, toegenomen when
// genomen is among `extra`) and `finite` the forms that stand apart from it.
// `extra` are irregular forms to add (nam, namen, genomen), treated as finite
// forms and fused with the particle.
DutchVerbForms InflectDutchVerb(std::string_view infinitive, std::string_view particle,
                                const std::vector<std::string>& extra);

}  // namespace causalkg::kb::extract
