#include "kb/json_position.hpp"

#include <algorithm>
#include <string>

#include "engine/text_fold.hpp"

namespace causalkg::kb {

namespace {

// nlohmann reports the offset just past the last byte it read, which for an
// unexpected string is its closing quote; a person looks for where the
// offending token starts.
std::size_t Clamp(std::string_view text, std::size_t offset) {
  std::size_t at = std::min(offset > 0 ? offset - 1 : 0, text.size());
  if (at < text.size() && at > 0 && text[at] == '"') {
    std::size_t open = at;
    while (open > 0) {
      --open;
      std::size_t backslashes = 0;
      while (open >= backslashes + 1 && text[open - backslashes - 1] == '\\') ++backslashes;
      if (text[open] == '"' && backslashes % 2 == 0) return open;
    }
  }
  return at;
}

}  // namespace

std::size_t LineOf(std::string_view text, std::size_t offset) {
  const std::size_t at = Clamp(text, offset);
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n'));
}

std::size_t ColumnOf(std::string_view text, std::size_t offset) {
  const std::size_t at = Clamp(text, offset);
  const std::size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
  const std::size_t start = (line_start == std::string_view::npos || at == 0) ? 0 : line_start + 1;
  return 1 + Utf8Length(text.substr(start, at - start));
}

Status MalformedJson(std::string_view text, const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing
  // ..."
  if (auto colon = what.find(": ", what.find("parse error")); colon != std::string::npos) {
    what = what.substr(colon + 2);
  }
  // "syntax error while parsing object - unexpected X; expected Y"
  //   -> "unexpected X; expected Y (while reading an object)"
  constexpr std::string_view kSyntax = "syntax error while parsing ";
  if (what.rfind(kSyntax, 0) == 0) {
    const std::string rest = what.substr(kSyntax.size());
    if (auto dash = rest.find(" - "); dash != std::string::npos) {
      std::string context = rest.substr(0, dash);
      const bool vowel =
          !context.empty() && std::string_view("aeiou").find(context[0]) != std::string_view::npos;
      what = rest.substr(dash + 3) + " (while reading " + (vowel ? "an " : "a ") + context + ")";
    } else {
      what = rest;
    }
  }
  return Status::Load("malformed JSON: " + what);
}

}  // namespace causalkg::kb
