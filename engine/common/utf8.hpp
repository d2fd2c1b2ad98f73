// Well-formed UTF-8, as the Unicode standard defines it (Table 3-7): the one
// reading of a UTF-8 sequence that the write checks and the output escapes
// share, so that what one refuses the other shows as an escape.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace causalkg {

// The length (1 to 4) of the well-formed UTF-8 sequence that starts at
// text[i], or 0 when none does there (a stray continuation byte, an overlong
// form, a surrogate, a code point past U+10FFFF, a sequence cut short).
// `i` must be less than text.size().
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i);

// Appends code point `c` (at most U+10FFFF, no surrogate) as UTF-8.
void AppendUtf8(std::string& out, char32_t c);

}  // namespace causalkg
