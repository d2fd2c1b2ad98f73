// An aligned text table: a header row, rows, columns padded by their
// widest cell (counted in characters, not bytes).
#pragma once

#include <string>
#include <vector>

namespace causalkg::cli {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
  void Add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  // Cells longer than `max_cell` characters are cut with an ellipsis.
  std::string Render(std::size_t max_cell = 60) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// `text` cut to `width` characters, with "…" at the end when cut.
std::string Truncate(const std::string& text, std::size_t width);

}  // namespace causalkg::cli
