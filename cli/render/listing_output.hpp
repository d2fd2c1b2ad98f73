// What the database holds, listed (.nodes, .relations, .sources, .stats and
// `causalkg stats`), in every output mode: a listing is rows of texts for
// the table, CSV, TSV and Markdown modes, the same as a JSON document, and
// the line the table ends with.
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/render/output_format.hpp"
#include "cli/render/tabular_text.hpp"

namespace causalkg::cli {

struct Listing {
  StringTable table;  // texts shown as they are (escape them first)
  nlohmann::json json;
  std::string closing;  // after the table, in table mode only; ends with \n when not empty
  // In table mode, the table is left out and `text` shown instead (.stats
  // reads better as lines than as a one-row table).
  std::string text;
};

// The listing in `format`; the table mode's table fits `width` (0: never
// cut). A listing is no diagram: `dot` shows the table.
std::string ListingText(const Listing& listing, OutputFormat format, std::size_t width);

}  // namespace causalkg::cli
