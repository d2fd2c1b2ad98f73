// Writing a result to a file, in the format its extension names:
// .dot/.gv (DOT), .svg/.png/.pdf (rendered by Graphviz), .json, else text.
#pragma once

#include <string>

#include "cli/render/table_output.hpp"
#include "engine/common/status.hpp"
#include "engine/model/result.hpp"

namespace causalkg::cli {

// Returns a one-line description of what was written ("wrote chain.svg (SVG)").
Result<std::string> ExportResult(const QueryResult& result, const std::string& path,
                                 const TextStyle& style);

}  // namespace causalkg::cli
