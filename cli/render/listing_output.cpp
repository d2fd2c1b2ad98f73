#include "cli/render/listing_output.hpp"

#include "cli/render/json_output.hpp"
#include "cli/render/text_table.hpp"

namespace causalkg::cli {

std::string ListingText(const Listing& listing, OutputFormat format, std::size_t width) {
  switch (format) {
    case OutputFormat::kJson:
      return JsonText(listing.json) + "\n";
    case OutputFormat::kJsonl:
      return JsonText(listing.json, -1) + "\n";
    case OutputFormat::kCsv:
    case OutputFormat::kTsv:
    case OutputFormat::kMarkdown:
      return TabularText(listing.table, format);
    case OutputFormat::kTable:
    case OutputFormat::kDot:
      break;
  }
  if (!listing.text.empty()) return listing.text;
  TextTable table(listing.table.header);
  for (const auto& row : listing.table.rows) table.Add(row);
  return table.Render(width) + listing.closing;
}

}  // namespace causalkg::cli
