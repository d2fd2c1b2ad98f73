// Positions and messages for errors in JSON text: a byte offset as the line
// and column a person finds in an editor, and nlohmann's parse errors in
// words of our own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace causalkg::kb {

// 1-based line and column (in characters) of byte `offset` in `text`.
std::size_t LineOf(std::string_view text, std::size_t offset);
std::size_t ColumnOf(std::string_view text, std::size_t offset);

// Where the token that nlohmann's parser stopped at starts, given its error
// message `what`: it reports the offset just past the last byte it read,
// which for an unexpected string is its closing quote and for a broken
// literal the byte that broke it, while a person looks for where the token
// begins.
std::size_t TokenStart(std::string_view text, std::size_t nlohmann_offset, std::string_view what);

// "malformed JSON: unexpected '}'; expected string literal (while reading an
// object key)" from the text of a nlohmann parse_error, without its prefix.
std::string DescribeParseError(std::string_view what);

}  // namespace causalkg::kb
