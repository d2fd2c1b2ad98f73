// An aligned text table: a header row, rows, columns padded by their
// widest cell (counted in characters, not bytes).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace causalkg::cli {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
  void Add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  // With a `width` (a terminal's), the widest columns are narrowed until a
  // line fits, their cells cut with an ellipsis; 0 never cuts (pipes,
  // files: scripts want whole values).
  std::string Render(std::size_t width = 0) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// The characters a terminal shows for `text`: code points, without the
// ANSI colour sequences (ESC [ ... m) that take no room.
std::size_t DisplayWidth(std::string_view text);

// `text` cut to `width` shown characters, with "…" at the end when cut;
// colour sequences are kept whole (never cut in two) and reset after a cut.
std::string Truncate(const std::string& text, std::size_t width);

}  // namespace causalkg::cli
