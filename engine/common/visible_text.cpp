#include "engine/common/visible_text.hpp"

#include <algorithm>
#include <cstdint>

#include "engine/common/text_fold.hpp"
#include "engine/common/utf8.hpp"

namespace causalkg {

namespace {

bool IsC1Control(std::string_view text, std::size_t i) {
  return static_cast<unsigned char>(text[i]) == 0xC2 &&
         static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7F; }

constexpr char kHex[] = "0123456789abcdef";

void AppendHex(std::string& out, const char* prefix, unsigned char byte) {
  out += prefix;
  out.push_back(kHex[byte >> 4]);
  out.push_back(kHex[byte & 0xF]);
}

}  // namespace

bool IsVisible(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (IsControl(c)) return false;
      ++i;
      continue;
    }
    const std::size_t n = Utf8SequenceLength(text, i);
    if (n == 0 || (n == 2 && IsC1Control(text, i))) return false;
    i += n;
  }
  return true;
}

std::string Visible(std::string_view text) {
  if (IsVisible(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\r') {
        out += "\\r";
      } else if (IsControl(c)) {
        AppendHex(out, "\\x", c);
      } else {
        out.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    const std::size_t n = Utf8SequenceLength(text, i);
    if (n == 0) {
      AppendHex(out, "\\x", c);
      ++i;
    } else if (n == 2 && IsC1Control(text, i)) {
      AppendHex(out, "\\u00", static_cast<unsigned char>(text[i + 1]));
      i += 2;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  return out;
}

namespace {

constexpr std::size_t kCaretContext = 60;  // characters shown on each side

bool IsLeadByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The last (or first) `n` characters of `shown`, marked with "..." where cut.
std::string LastCharacters(const std::string& shown, std::size_t n) {
  if (Utf8Length(shown) <= n) return shown;
  std::size_t i = shown.size(), kept = 0;
  while (i > 0 && kept < n) kept += IsLeadByte(shown[--i]) ? 1 : 0;
  return "..." + shown.substr(i);
}

std::string FirstCharacters(const std::string& shown, std::size_t n) {
  std::size_t i = 0, kept = 0;
  while (i < shown.size() && (kept < n || !IsLeadByte(shown[i]))) {
    if (IsLeadByte(shown[i])) ++kept;
    ++i;
  }
  return i < shown.size() ? shown.substr(0, i) + "..." : shown;
}

// Visible(text) with its tabs kept as tabs, so that a caret line can repeat
// them and stay aligned.
std::string VisibleKeepingTabs(std::string_view text) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t tab = text.find('\t'); tab != std::string_view::npos;
       tab = text.find('\t', from)) {
    out += Visible(text.substr(from, tab - from)) + '\t';
    from = tab + 1;
  }
  return out + Visible(text.substr(from));
}

}  // namespace

std::string VisibleCaret(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  const std::size_t start = newline == std::string_view::npos ? 0 : newline + 1;
  std::size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) end = text.size();
  if (end > start && text[end - 1] == '\r') --end;
  std::string before = VisibleKeepingTabs(text.substr(start, offset - start)), after;
  if (offset < end) after = Visible(text.substr(offset, end - offset));
  before = LastCharacters(before, kCaretContext);
  after = FirstCharacters(after, kCaretContext);
  std::string rendered = before + after + '\n';
  for (char c : before) {
    if (c == '\t') {
      rendered += '\t';
    } else if (IsLeadByte(c)) {
      rendered += ' ';
    }
  }
  return rendered + '^';
}

}  // namespace causalkg
