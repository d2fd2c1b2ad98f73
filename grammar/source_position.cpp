#include "grammar/source_position.hpp"

#include <algorithm>

namespace causalkg::grammar {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t LineStart(std::string_view text, std::size_t offset) {
  std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

}  // namespace

LineColumn Locate(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  LineColumn position;
  position.line =
      1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
  std::size_t start = LineStart(text, offset);
  for (std::size_t i = start; i < offset; ++i) {
    if (!IsContinuationByte(text[i])) ++position.column;
  }
  return position;
}

std::string RenderCaret(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t start = LineStart(text, offset);
  std::size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(start, end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

  std::string rendered(line);
  rendered += '\n';
  for (std::size_t i = start; i < offset; ++i) {
    char c = text[i];
    if (c == '\t') {
      rendered += '\t';
    } else if (!IsContinuationByte(c)) {
      rendered += ' ';
    }
  }
  rendered += '^';
  return rendered;
}

}  // namespace causalkg::grammar
