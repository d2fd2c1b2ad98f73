#include "cli/render/text_table.hpp"

#include <algorithm>

namespace causalkg::cli {

namespace {

// The length of the colour sequence at text[i], or 0 when none starts there.
std::size_t ColourSequence(std::string_view text, std::size_t i) {
  if (text[i] != '\033' || i + 1 >= text.size() || text[i + 1] != '[') return 0;
  const std::size_t end = text.find('m', i + 2);
  return end == std::string_view::npos ? 0 : end - i + 1;
}

bool StartsCharacter(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t n = ColourSequence(text, i)) {
      i += n;
      continue;
    }
    width += StartsCharacter(text[i++]);
  }
  return width;
}

std::string Truncate(const std::string& text, std::size_t width) {
  if (width == 0 || DisplayWidth(text) <= width) return text;
  std::string out;
  std::size_t shown = 0;
  bool coloured = false;
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t n = ColourSequence(text, i)) {
      out.append(text, i, n);
      coloured = true;
      i += n;
      continue;
    }
    if (StartsCharacter(text[i]) && ++shown == width) break;  // room left for the ellipsis
    out.push_back(text[i++]);
  }
  return out + "…" + (coloured ? "\033[0m" : "");
}

std::string TextTable::Render(std::size_t width) const {
  std::vector<std::size_t> widths(header_.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], DisplayWidth(row[i]));
  };
  measure(header_);
  for (const auto& row : rows_) measure(row);
  if (width > 0) {
    constexpr std::size_t kNarrowest = 8;
    auto total = [&] {
      std::size_t sum = widths.empty() ? 0 : 2 * (widths.size() - 1);
      for (std::size_t w : widths) sum += w;
      return sum;
    };
    // Narrow the widest column, one character at a time, until the line fits.
    for (std::size_t over = total(); over > width;) {
      auto widest = std::max_element(widths.begin(), widths.end());
      if (*widest <= kNarrowest) break;
      --*widest;
      --over;
    }
  }
  auto line = [&](const std::vector<std::string>& row) {
    std::string out;
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      const std::string cell = Truncate(row[i], widths[i]);
      out += cell;
      if (i + 1 < row.size()) out += std::string(widths[i] - DisplayWidth(cell) + 2, ' ');
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
