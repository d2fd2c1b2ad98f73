// Results and errors as JSON, in the shapes the query language fixes:
// ids always, labels alongside where they help.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine/common/status.hpp"
#include "engine/model/result.hpp"

namespace causalkg::cli {

// `value` as JSON text (pretty-printed with `indent` spaces, or on one line
// when it is -1). Never fails: a string that is not valid UTF-8 (a store
// written before stored text was checked) is written with U+FFFD in place
// of its bad bytes.
std::string JsonText(const nlohmann::json& value, int indent = 2);

// The result as JSON text, pretty-printed like JsonText(value); `language`
// picks the label added beside ids ("en", "nl").
std::string ResultAsJson(const QueryResult& result, const std::string& language);

// The result as JSON Lines: each of its rows (the entries of the array
// ResultAsJson holds them in: paths, loops, nodes, rows, ...) as one JSON
// object on a line of its own; a result without rows, its one object.
std::string ResultAsJsonLines(const QueryResult& result, const std::string& language);

// {"error": {"message", "line", "column", "hint"}}; line and column point
// into `text` when the error has an offset (counted from `first_line` when
// `text` is part of a longer input), or into the file it names.
nlohmann::json ErrorAsJson(const Status& status, std::string_view text, std::size_t first_line = 1);

}  // namespace causalkg::cli
