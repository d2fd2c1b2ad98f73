#include "cli/text_table.hpp"

#include <algorithm>

#include "engine/text_fold.hpp"

namespace causalkg::cli {

std::string Truncate(const std::string& text, std::size_t width) {
  if (Utf8Length(text) <= width || width == 0) return text;
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts_char = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_char && ++chars == width) break;
    out.push_back(text[i]);
  }
  return out + "…";
}

std::string TextTable::Render(std::size_t max_cell) const {
  std::vector<std::size_t> widths(header_.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], std::min(Utf8Length(row[i]), max_cell));
    }
  };
  measure(header_);
  for (const auto& row : rows_) measure(row);
  auto line = [&](const std::vector<std::string>& row) {
    std::string out;
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      const std::string cell = Truncate(row[i], max_cell);
      out += cell;
      if (i + 1 < row.size()) out += std::string(widths[i] - Utf8Length(cell) + 2, ' ');
    }
    return out + "\n";
  };
  std::string out = line(header_);
  std::vector<std::string> rule;
  for (std::size_t w : widths) rule.push_back(std::string(w, '-'));
  out += line(rule);
  for (const auto& row : rows_) out += line(row);
  return out;
}

}  // namespace causalkg::cli
