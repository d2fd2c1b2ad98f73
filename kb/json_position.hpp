// Turning nlohmann's parse errors (a byte offset) into line, column and a
// message of our own.
#pragma once

#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine/status.hpp"

namespace causalkg::kb {

// 1-based line and column (in characters) of byte `offset` in `text`;
// nlohmann's offset counts the byte it stopped at, so it is clamped.
std::size_t LineOf(std::string_view text, std::size_t offset);
std::size_t ColumnOf(std::string_view text, std::size_t offset);

// "malformed JSON: unexpected '}'; expected string literal" without
// nlohmann's exception prefix.
Status MalformedJson(std::string_view text, const nlohmann::json::parse_error& e);

}  // namespace causalkg::kb
