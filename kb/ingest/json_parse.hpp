// Reading the JSON of claims files: the one parser both file formats use for
// everything the fast claim reader does not take.
//
// Besides nlohmann's syntax errors it refuses, each with the file, line and
// column where the problem starts:
// - a number too large for a double (1e999), which nlohmann reports without
//   a position;
// - arrays and objects nested deeper than a limit, since every walk of a
//   parsed value (printing it, comparing it) recurses and would exhaust the
//   stack;
// - anything after the value, a NUL byte included (nlohmann ends its input
//   at a NUL and would silently ignore the rest).
// No exception leaves it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine/common/status.hpp"

namespace causalkg::kb {

// How deep arrays and objects may nest in one claim, node, relation or
// source, counting that object itself. A document holds them two levels
// down (in an array in its object); a line of JSON Lines is a claim, or a
// declaration that holds its node, relation or source one level down.
inline constexpr std::size_t kMaxItemDepth = 128;
inline constexpr std::size_t kMaxLineDepth = kMaxItemDepth + 1;
inline constexpr std::size_t kMaxDocumentDepth = kMaxItemDepth + 2;

struct JsonTextOptions {
  std::size_t max_depth = kMaxLineDepth;
  // A byte order mark may precede the value (the text is a whole file).
  bool allow_bom = false;
};

// Parses `text`, which starts on line `first_line` of `file`, as one JSON
// value into `out`; `depth`, when given, is set to how deep it nests.
Status ParseJson(std::string_view text, const std::string& file, std::size_t first_line,
                 const JsonTextOptions& options, nlohmann::json& out, std::size_t* depth = nullptr);

// The error for `text` (valid JSON as far as it goes) nesting deeper than
// `max_depth`, at the bracket that opens the first level too many.
Status NestedTooDeeply(std::string_view text, const std::string& file, std::size_t first_line,
                       std::size_t max_depth);

}  // namespace causalkg::kb
