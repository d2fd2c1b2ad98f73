// What a terminal shows after the bytes a program wrote to it: enough of a
// VT100 for libedit's line editing (cursor moves, erasing, inserting), so
// that a test asserts the line a person sees rather than the escape
// sequences that drew it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace causalkg::testing {

class TerminalScreen {
 public:
  explicit TerminalScreen(std::size_t columns = 160) : columns_(columns) {}

  // Applies `bytes` (UTF-8 text and control sequences) to the screen.
  void Feed(std::string_view bytes);
  // The text of the row the cursor is on, without trailing blanks.
  std::string CursorRow() const;
  // Every row from the first, each without trailing blanks and ending in a
  // newline; blank rows at the end are left out.
  std::string Text() const;

 private:
  using Row = std::vector<std::string>;  // one UTF-8 character a cell
  Row& CurrentRow();
  void Put(std::string character);
  void Control(char final, const std::vector<int>& params);

  std::size_t columns_;
  std::vector<Row> rows_{Row()};
  std::size_t row_ = 0, column_ = 0;
};

}  // namespace causalkg::testing
