// Results and errors as JSON, in the shapes the query language fixes:
// ids always, labels alongside where they help.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine/result.hpp"
#include "engine/status.hpp"

namespace causalkg::cli {

// `language` picks the label added beside ids ("en", "nl").
nlohmann::json ResultAsJson(const QueryResult& result, const std::string& language);

// {"error": {"message", "line", "column", "hint"}}; line and column point
// into `text` when the error has an offset (counted from `first_line` when
// `text` is part of a longer input), or into the file it names.
nlohmann::json ErrorAsJson(const Status& status, std::string_view text, std::size_t first_line = 1);

}  // namespace causalkg::cli
