// A table of texts (a header and rows) written as CSV, TSV or a Markdown
// table: the shapes results and listings take for spreadsheets, other
// programs and documents.
#pragma once

#include <string>
#include <vector>

#include "cli/render/output_format.hpp"

namespace causalkg::cli {

struct StringTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

// CSV (RFC 4180: a field holding a comma, a quote or a line break is quoted,
// its quotes doubled; lines end with \n), TSV (fields never hold a tab or a
// line break: control characters are written as escapes, as Visible()
// writes them), or a Markdown pipe table (`|` in a cell escaped, columns
// padded to line up). Any other format: CSV.
std::string TabularText(const StringTable& table, OutputFormat format);

}  // namespace causalkg::cli
