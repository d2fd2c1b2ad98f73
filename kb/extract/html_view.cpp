// The readable view of HTML: tags, comments, scripts and styles become
// spaces, block tags a paragraph break, character references their
// character followed by spaces, line breaks spaces.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "engine/common/text_fold.hpp"
#include "engine/common/utf8.hpp"
#include "kb/extract/markup_internal.hpp"

namespace causalkg::kb::extract::markup {

namespace {

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
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF) {
    return " ";
  }
  std::string out;
  AppendUtf8(out, cp);
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

}  // namespace

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

}  // namespace causalkg::kb::extract::markup
