// Case folding for names: labels resolve case-insensitively in any language.
#pragma once

#include <string>
#include <string_view>

namespace causalkg {

// Lower-cases `text` (ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic
// letters; other characters unchanged), trims it and collapses runs of
// whitespace to one space, so that "Sociale  Samenhang" and "sociale
// samenhang" fold alike. Invalid UTF-8 bytes are kept as they are.
// Stored on disk, in the keys of the label index (engine/storage/codec.hpp):
// folding a text differently makes stored labels unfindable.
std::string FoldCase(std::string_view text);
// The same, written over `out`: a loop over many names keeps one buffer.
void FoldCaseInto(std::string_view text, std::string& out);

// `text` with its ASCII letters in lower case, and nothing else changed: for
// names that are ASCII by definition (format names, file extensions).
std::string AsciiLower(std::string_view text);

// The number of characters (code points) in UTF-8 `text`: for aligning
// columns and carets.
std::size_t Utf8Length(std::string_view text);

}  // namespace causalkg
