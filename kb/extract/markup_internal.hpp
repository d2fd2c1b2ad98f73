// Helpers the readable views of plain text, Markdown and HTML share
// (markup.cpp, markdown_view.cpp, html_view.cpp): each works on a copy of
// the text and changes bytes in place, never the length.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace causalkg::kb::extract::markup {

bool IsAsciiAlnum(char c);
bool IsWordByte(char c);
// Spaces over view[from, to), line breaks kept.
void Blank(std::string& view, std::size_t from, std::size_t to);

struct Line {
  std::size_t start;  // first byte
  std::size_t end;    // the '\n' (or the text's end)
};
std::vector<Line> Lines(std::string_view text);
std::string_view TrimmedLine(std::string_view text, const Line& line);
bool StartsListItem(std::string_view line);
// Replaces the line break at `at` (and a carriage return before it) by a space.
void JoinAt(std::string& view, std::size_t at);

void BlankHtml(std::string& view);
void BlankMarkdown(std::string& view);

}  // namespace causalkg::kb::extract::markup
