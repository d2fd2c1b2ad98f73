// Text as a terminal or Graphviz can show it: stored names, quotes and
// messages may hold bytes that a terminal would act on (ESC starts a
// control sequence that can move the cursor, retitle the window or recolour
// everything after it) or that end a C string (NUL). Such bytes are shown
// as escapes instead, so that they take the room they appear to take.
#pragma once

#include <string>
#include <string_view>

namespace causalkg {

// `text` with each control character written as an escape: \n, \t, \r, and
// \xHH for the other C0 controls and DEL; \u0080..\u009f for the C1
// controls; and \xHH for each byte that is not part of valid UTF-8. Every
// other character, including a backslash, is kept as it is.
std::string Visible(std::string_view text);

// Whether Visible(text) == text.
bool IsVisible(std::string_view text);

// The line of `text` that holds byte `offset`, shown as Visible() shows it,
// then a caret under that character; the line is cut to about 60
// characters on each side of the caret, with "..." where it was cut, so that
// a hostile or huge statement neither reaches the terminal as it is nor
// floods it. Ends without a newline.
std::string VisibleCaret(std::string_view text, std::size_t offset);

}  // namespace causalkg
