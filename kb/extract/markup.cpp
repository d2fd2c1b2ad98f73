#include "kb/extract/markup.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <vector>

#include "engine/common/text_fold.hpp"
#include "kb/extract/markup_internal.hpp"

namespace causalkg::kb::extract {

namespace markup {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsWordByte(char c) { return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }

void Blank(std::string& view, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < view.size(); ++i) {
    if (view[i] != '\n') view[i] = ' ';
  }
}

std::vector<Line> Lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t from = 0;
  while (from <= text.size()) {
    std::size_t end = text.find('\n', from);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({from, end});
    if (end == text.size()) break;
    from = end + 1;
  }
  return lines;
}

std::string_view TrimmedLine(std::string_view text, const Line& line) {
  std::string_view s = text.substr(line.start, line.end - line.start);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool StartsListItem(std::string_view line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    return true;
  }
  if (line.starts_with("\xE2\x80\xA2")) return true;  // a bullet
  // a) b) (a) (iv): a letter or a roman numeral as the label
  const std::size_t open = line.starts_with("(") ? 1 : 0;
  const std::size_t close = line.find(')', open);
  if (close != std::string_view::npos && close + 1 < line.size() && line[close + 1] == ' ' &&
      IsListLabelLetters(line.substr(open, close - open))) {
    return true;
  }
  std::size_t digits = 0;
  while (digits < line.size() && digits < 4 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
         line[digits + 1] == ' ';
}

// Replaces the line break at `at` (and a carriage return before it) by a space.
void JoinAt(std::string& view, std::size_t at) {
  view[at] = ' ';
  if (at > 0 && view[at - 1] == '\r') view[at - 1] = ' ';
}

}  // namespace markup

namespace {

using namespace markup;

// --- plain text ------------------------------------------------------------

// A wrapped line is at least this share of the text's long lines; shorter
// ones end a paragraph or stand alone (a title).
constexpr double kShortLineShare = 0.6;

void JoinPlainLines(std::string& view) {
  const std::vector<Line> lines = Lines(view);
  if (lines.size() < 2) return;
  // The length most long lines reach: the 90th percentile, counted in a
  // histogram so that a file of a million lines costs one pass.
  std::array<std::uint32_t, 201> histogram{};
  std::size_t counted = 0;
  for (const Line& line : lines) {
    const std::size_t length = TrimmedLine(view, line).size();
    if (length == 0) continue;
    ++histogram[std::min<std::size_t>(length, 200)];
    ++counted;
  }
  std::size_t wide = 0, seen = 0;
  for (std::size_t length = 200; length > 0 && counted > 0; --length) {
    seen += histogram[length];
    if (seen * 10 >= counted) {
      wide = length;
      break;
    }
  }
  const double short_below = std::min(40.0, kShortLineShare * static_cast<double>(wide));
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    const std::string_view here = TrimmedLine(view, lines[k]);
    const std::string_view next = TrimmedLine(view, lines[k + 1]);
    if (here.empty() || next.empty()) continue;
    if (static_cast<double>(here.size()) < short_below) continue;
    if (here.back() == ':' || StartsListItem(next)) continue;
    JoinAt(view, lines[k].end);
  }
}

}  // namespace

std::string_view TextFormatName(TextFormat format) {
  switch (format) {
    case TextFormat::kPlain:
      return "plain text";
    case TextFormat::kMarkdown:
      return "Markdown";
    case TextFormat::kHtml:
      return "HTML";
  }
  return "plain text";
}

TextFormat FormatOf(std::string_view path, std::string_view bytes) {
  const std::size_t slash = path.find_last_of('/');
  const std::string name = AsciiLower(path.substr(slash == std::string_view::npos ? 0 : slash + 1));
  const std::size_t dot = name.find_last_of('.');
  const std::string extension = dot == std::string::npos ? "" : name.substr(dot + 1);
  if (extension == "md" || extension == "markdown" || extension == "mdown" || extension == "mkd") {
    return TextFormat::kMarkdown;
  }
  if (extension == "html" || extension == "htm" || extension == "xhtml") return TextFormat::kHtml;
  std::string_view head = bytes.substr(0, 512);
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  while (!head.empty() && std::isspace(static_cast<unsigned char>(head.front()))) {
    head.remove_prefix(1);
  }
  const std::string lower = AsciiLower(head.substr(0, 15));
  if (lower.starts_with("<!doctype html") || lower.starts_with("<html")) return TextFormat::kHtml;
  return TextFormat::kPlain;
}

std::string ReadableView(std::string_view bytes, TextFormat format) {
  std::string view(bytes);
  switch (format) {
    case TextFormat::kHtml:
      markup::BlankHtml(view);
      break;
    case TextFormat::kMarkdown:
      markup::BlankMarkdown(view);
      break;
    case TextFormat::kPlain:
      JoinPlainLines(view);
      break;
  }
  return view;
}

bool IsListLabelLetters(std::string_view letters) {
  if (letters.empty() || letters.size() > 4) return false;
  if (letters.size() == 1) return letters[0] >= 'a' && letters[0] <= 'z';
  return std::all_of(letters.begin(), letters.end(),
                     [](char c) { return c == 'i' || c == 'v' || c == 'x'; });
}

}  // namespace causalkg::kb::extract
