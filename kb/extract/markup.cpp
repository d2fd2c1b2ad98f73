#include "kb/extract/markup.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "engine/common/text_fold.hpp"

namespace causalkg::kb::extract {

namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsWordByte(char c) { return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }

void Blank(std::string& view, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < view.size(); ++i) {
    if (view[i] != '\n') view[i] = ' ';
  }
}

struct Line {
  std::size_t start;  // first byte
  std::size_t end;    // the '\n' (or the text's end)
};

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

// --- HTML --------------------------------------------------------------------

constexpr std::array<std::string_view, 40> kBlockTags = {
    "p",       "div",     "br",     "li",     "ul",     "ol",         "h1",         "h2",
    "h3",      "h4",      "h5",     "h6",     "tr",     "td",         "th",         "table",
    "section", "article", "header", "footer", "nav",    "aside",      "blockquote", "pre",
    "hr",      "dt",      "dd",     "dl",     "figure", "figcaption", "main",       "title",
    "body",    "html",    "head",   "form",   "option", "caption",    "address",    "details"};

constexpr std::array<std::string_view, 5> kHiddenTags = {"script", "style", "noscript", "template",
                                                         "svg"};

std::string TagName(std::string_view text, std::size_t at) {
  // at is the '<'
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '/') ++i;
  std::string name;
  while (i < text.size() && (IsAsciiAlnum(text[i])) && name.size() < 16) name += text[i++];
  return AsciiLower(name);
}

struct Entity {
  std::string_view name;
  std::string_view text;
};

constexpr std::array<Entity, 24> kEntities = {{
    {"amp", "&"},
    {"lt", "<"},
    {"gt", ">"},
    {"quot", "\""},
    {"apos", "'"},
    {"nbsp", " "},
    {"ndash", "\xE2\x80\x93"},
    {"mdash", "\xE2\x80\x94"},
    {"lsquo", "\xE2\x80\x98"},
    {"rsquo", "\xE2\x80\x99"},
    {"ldquo", "\xE2\x80\x9C"},
    {"rdquo", "\xE2\x80\x9D"},
    {"hellip", "\xE2\x80\xA6"},
    {"euml", "\xC3\xAB"},
    {"iuml", "\xC3\xAF"},
    {"eacute", "\xC3\xA9"},
    {"egrave", "\xC3\xA8"},
    {"auml", "\xC3\xA4"},
    {"ouml", "\xC3\xB6"},
    {"uuml", "\xC3\xBC"},
    {"ccedil", "\xC3\xA7"},
    {"oacute", "\xC3\xB3"},
    {"aacute", "\xC3\xA1"},
    {"shy", ""},
}};

std::string Utf8Of(std::uint32_t cp) {
  std::string out;
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF) {
    return " ";
  }
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// The character a reference at `at` ('&') stands for, and its length in
// the file; length 0 when there is none there.
std::pair<std::string, std::size_t> Reference(std::string_view text, std::size_t at) {
  const std::size_t semicolon = text.find(';', at + 1);
  if (semicolon == std::string_view::npos || semicolon - at > 10 || semicolon == at + 1) {
    return {"", 0};
  }
  const std::string_view body = text.substr(at + 1, semicolon - at - 1);
  const std::size_t length = semicolon - at + 1;
  if (body.front() == '#') {
    std::uint32_t cp = 0;
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return {"", 0};
    for (char c : digits) {
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      } else {
        return {"", 0};
      }
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      if (cp > 0x10FFFF) return {" ", length};
    }
    return {Utf8Of(cp), length};
  }
  for (const Entity& e : kEntities) {
    if (e.name == body) return {std::string(e.text), length};
  }
  return {"", 0};
}

void BlankHtml(std::string& view) {
  // Line breaks in HTML are spaces; block tags make the paragraphs.
  for (char& c : view) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  std::size_t i = 0;
  const std::size_t n = view.size();
  while (i < n) {
    const char c = view[i];
    if (c == '<' && i + 1 < n &&
        (std::isalpha(static_cast<unsigned char>(view[i + 1])) || view[i + 1] == '/' ||
         view[i + 1] == '!' || view[i + 1] == '?')) {
      std::size_t end;
      if (view.compare(i, 4, "<!--") == 0) {
        end = view.find("-->", i + 4);
        end = end == std::string::npos ? n : end + 3;
      } else {
        end = view.find('>', i);
        end = end == std::string::npos ? n : end + 1;
      }
      const std::string name = TagName(view, i);
      const bool closing = view[i + 1] == '/';
      if (!closing &&
          std::find(kHiddenTags.begin(), kHiddenTags.end(), name) != kHiddenTags.end()) {
        const std::string close = "</" + name;
        std::size_t stop = end;
        while (stop < n) {
          stop = view.find("</", stop);
          if (stop == std::string::npos) {
            stop = n;
            break;
          }
          if (TagName(view, stop) == name) break;
          stop += 2;
        }
        Blank(view, i, stop);
        i = stop;
        continue;
      }
      Blank(view, i, end);
      if (std::find(kBlockTags.begin(), kBlockTags.end(), name) != kBlockTags.end() &&
          end - i >= 3) {
        view[i] = '\n';
        view[i + 1] = '\n';
      }
      i = end;
      continue;
    }
    if (c == '&') {
      auto [text, length] = Reference(view, i);
      if (length > 0) {
        Blank(view, i, i + length);
        std::copy(text.begin(), text.end(), view.begin() + static_cast<std::ptrdiff_t>(i));
        i += length;
        continue;
      }
    }
    ++i;
  }
}

// --- Markdown ----------------------------------------------------------------

// Blanks the inline markup of one line: emphasis, code ticks, links' targets,
// images, autolinks, inline tags, backslash escapes.
void BlankInline(std::string& view, std::size_t from, std::size_t to) {
  std::size_t i = from;
  while (i < to) {
    const char c = view[i];
    const char prev = i > from ? view[i - 1] : ' ';
    const char next = i + 1 < to ? view[i + 1] : ' ';
    if (c == '\\' && i + 1 < to && std::ispunct(static_cast<unsigned char>(next))) {
      view[i] = ' ';
      i += 2;
      continue;
    }
    if (c == '!' && next == '[') {
      // An image: its alt text is no part of a sentence.
      const std::size_t close = view.find(']', i);
      if (close != std::string::npos && close < to && close + 1 < to && view[close + 1] == '(') {
        const std::size_t paren = view.find(')', close);
        const std::size_t stop = paren == std::string::npos || paren >= to ? to : paren + 1;
        Blank(view, i, stop);
        i = stop;
        continue;
      }
    }
    if (c == '[') {
      const std::size_t close = view.find(']', i);
      if (close != std::string::npos && close < to && close + 1 < to &&
          (view[close + 1] == '(' || view[close + 1] == '[')) {
        const char opener = view[close + 1];
        const std::size_t target = view.find(opener == '(' ? ')' : ']', close + 1);
        if (target != std::string::npos && target < to) {
          view[i] = ' ';
          Blank(view, close, target + 1);
          i = i + 1;
          continue;
        }
      }
    }
    if (c == '<' && i + 1 < to && (std::isalpha(static_cast<unsigned char>(next)) || next == '/')) {
      const std::size_t close = view.find('>', i);
      if (close != std::string::npos && close < to) {
        Blank(view, i, close + 1);
        i = close + 1;
        continue;
      }
    }
    if (c == '`' || c == '~') {
      if (c == '`' || next == '~' || prev == '~') view[i] = ' ';
    } else if ((c == '*' || c == '_') && !(IsWordByte(prev) && IsWordByte(next))) {
      view[i] = ' ';
    }
    ++i;
  }
}

void BlankMarkdown(std::string& view) {
  const std::vector<Line> lines = Lines(view);
  std::vector<bool> hard(lines.size(), false);  // a line that is a block of its own
  bool in_fence = false;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const Line& line = lines[k];
    std::size_t i = line.start;
    while (i < line.end && (view[i] == ' ' || view[i] == '\t') && i - line.start < 4) ++i;
    const std::string_view rest(view.data() + i, line.end - i);
    if (rest.starts_with("```") || rest.starts_with("~~~")) {
      in_fence = !in_fence;
      Blank(view, line.start, line.end);
      hard[k] = true;
      continue;
    }
    if (in_fence) {
      Blank(view, line.start, line.end);
      hard[k] = true;
      continue;
    }
    // Block quotes: any number of > at the start.
    while (i < line.end && (view[i] == '>' || view[i] == ' ')) {
      if (view[i] == '>') view[i] = ' ';
      ++i;
    }
    const std::string_view body(view.data() + i, line.end - i);
    const std::string_view trimmed = TrimmedLine(view, {i, line.end});
    if (body.starts_with("#")) {
      std::size_t hashes = 0;
      while (i + hashes < line.end && view[i + hashes] == '#') ++hashes;
      if (hashes <= 6 && (i + hashes == line.end || view[i + hashes] == ' ')) {
        Blank(view, i, i + hashes);
        hard[k] = true;
      }
    } else if (!trimmed.empty() &&
               std::all_of(trimmed.begin(), trimmed.end(),
                           [](char ch) {
                             return ch == '-' || ch == '=' || ch == '*' || ch == '_' || ch == ' ' ||
                                    ch == '|' || ch == ':';
                           }) &&
               trimmed.size() >= 3) {
      // Rules, setext underlines, a table's separator row.
      Blank(view, line.start, line.end);
      hard[k] = true;
      continue;
    } else if (StartsListItem(trimmed)) {
      const std::size_t marker = view.find(' ', i);
      Blank(view, i, std::min(marker, line.end));
      hard[k] = true;
    } else if (body.starts_with("[") && body.find("]:") != std::string_view::npos) {
      Blank(view, line.start, line.end);  // a link's reference definition
      hard[k] = true;
      continue;
    }
    if (trimmed.starts_with("|")) {
      hard[k] = true;
      for (std::size_t j = i; j < line.end; ++j) {
        if (view[j] == '|') view[j] = ' ';
      }
    }
    BlankInline(view, i, line.end);
  }
  // Lines of one paragraph are one text; blank lines and blocks of their own
  // end it.
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    if (hard[k] || hard[k + 1]) continue;
    if (TrimmedLine(view, lines[k]).empty() || TrimmedLine(view, lines[k + 1]).empty()) continue;
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
      BlankHtml(view);
      break;
    case TextFormat::kMarkdown:
      BlankMarkdown(view);
      break;
    case TextFormat::kPlain:
      JoinPlainLines(view);
      break;
  }
  return view;
}

}  // namespace causalkg::kb::extract
