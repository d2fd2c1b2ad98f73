// Writing a result to a file, in the format its extension names: .csv,
// .tsv/.tab, .md/.markdown, .json, .txt (the table), .dot/.gv (DOT),
// .svg/.png/.pdf (rendered by Graphviz). Any other is refused.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "cli/render/dot_style.hpp"
#include "cli/render/table_output.hpp"
#include "engine/common/status.hpp"
#include "engine/model/result.hpp"

namespace causalkg::cli {

// The extensions ExportResult writes, for messages.
inline constexpr const char* kResultExtensions =
    ".csv, .tsv, .md, .json, .txt, .dot, .gv, .svg, .png or .pdf";

// Returns a one-line description of what was written ("wrote chain.svg (SVG)").
// A diagram is drawn in `dot`'s style; a warning about it (a diagram too big
// to read), and what CSV, TSV and Markdown say beside their rows (cut at
// the LIMIT), go to `warnings` when given. A file of an extension it cannot
// write is a Usage error that lists those it can.
Result<std::string> ExportResult(const QueryResult& result, const std::string& path,
                                 const TextStyle& style, const DotStyle& dot = {},
                                 std::ostream* warnings = nullptr);

// The picture format Graphviz renders a file of this name in ("svg", "png",
// "pdf", by its extension in any case); none for any other name.
std::optional<std::string> PictureFormat(const std::string& path);

}  // namespace causalkg::cli
