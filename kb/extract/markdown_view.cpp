// The readable view of Markdown: heading, list and quote marks, emphasis,
// code fences and their code, link targets and images become spaces; the
// lines of a paragraph are joined, blocks of their own are not.
#include <algorithm>
#include <cctype>

#include "kb/extract/markup_internal.hpp"

namespace causalkg::kb::extract::markup {

namespace {

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

}  // namespace

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

}  // namespace causalkg::kb::extract::markup
