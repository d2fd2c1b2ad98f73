// Abbreviations that end in a full stop without ending the sentence: titles
// before a name (Mr., Dr., St., dhr.), e.g. and i.e., initials (George W.
// Bush) and country initials (the U.S. economy). ICU's sentence rules break
// after any of them when a capital follows.
#pragma once

#include <cstdint>
#include <string_view>

namespace causalkg::kb::extract {

// Whether a sentence break at `end` of `view` (a byte offset, after the
// white space that follows the full stop) follows such an abbreviation,
// so that the sentence goes on.
bool BreaksAfterAbbreviation(std::string_view view, std::uint32_t end);

// Whether `word` (case-folded, without its last full stop: mr, u.s, e.g)
// is such an abbreviation: its full stop joins it to the next word.
bool IsAbbreviation(std::string_view word);

}  // namespace causalkg::kb::extract
