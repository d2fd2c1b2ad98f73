// Line and column of a byte offset, and the "source line + caret" rendering
// that every error message of causalkg ends with (parse errors here, name
// errors in the engine). No parser types: anything may include this.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace causalkg::grammar {

struct LineColumn {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in UTF-8 characters (a tab counts as one)
};

// Where byte `offset` of `text` lies. An offset past the end is treated as
// the end of the text.
LineColumn Locate(std::string_view text, std::size_t offset);

// The line of `text` that holds `offset`, then a line with a caret under that
// character, e.g.
//   PATHS FROM a b
//                ^
// Tabs before the column are repeated in the caret line so the caret stays
// aligned in a terminal. The result ends without a newline.
std::string RenderCaret(std::string_view text, std::size_t offset);

}  // namespace causalkg::grammar
