#include "kb/ingest/json_position.hpp"

#include <algorithm>

#include "engine/common/text_fold.hpp"

namespace causalkg::kb {

std::size_t LineOf(std::string_view text, std::size_t offset) {
  const std::size_t at = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n'));
}

std::size_t ColumnOf(std::string_view text, std::size_t offset) {
  const std::size_t at = std::min(offset, text.size());
  const std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  const std::size_t start = newline == std::string_view::npos ? 0 : newline + 1;
  return 1 + Utf8Length(text.substr(start, at - start));
}

std::size_t TokenStart(std::string_view text, std::size_t nlohmann_offset, std::string_view what) {
  std::size_t at = std::min(nlohmann_offset > 0 ? nlohmann_offset - 1 : 0, text.size());
  // A literal or number goes wrong at the byte that does not fit it (the
  // '}' of `nul}`); it starts at its first letter or digit.
  const bool literal = what.find("invalid literal") != std::string_view::npos;
  const bool number = what.find("invalid number") != std::string_view::npos;
  if (literal || number) {
    auto part_of_token = [&](char c) {
      if (literal) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    };
    while (at > 0 && part_of_token(text[at - 1])) --at;
    return at;
  }
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

std::string DescribeParseError(std::string_view what) {
  // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing
  // ..."
  if (auto colon = what.find(": ", what.find("parse error")); colon != std::string_view::npos) {
    what = what.substr(colon + 2);
  }
  // For a broken literal, nlohmann's "last read" holds whatever it read since
  // the last string or number (`'"a":nul}'`), which misleads; the position
  // says where the literal is.
  std::string text(what);
  constexpr std::string_view kLastRead = "; last read: '";
  if (const auto start = text.find(kLastRead);
      start != std::string::npos && text.find("invalid literal") != std::string::npos) {
    const auto expected = text.find("'; expected ", start + kLastRead.size());
    const auto end = expected != std::string::npos ? expected + 1 : text.rfind('\'') + 1;
    if (end > start) text.erase(start, end - start);
  }
  what = text;
  // "syntax error while parsing object - unexpected X; expected Y"
  //   -> "unexpected X; expected Y (while reading an object)"
  constexpr std::string_view kSyntax = "syntax error while parsing ";
  std::string out(what);
  if (what.rfind(kSyntax, 0) == 0) {
    const std::string_view rest = what.substr(kSyntax.size());
    if (auto dash = rest.find(" - "); dash != std::string_view::npos) {
      const std::string_view context = rest.substr(0, dash);
      const bool vowel =
          !context.empty() && std::string_view("aeiou").find(context[0]) != std::string_view::npos;
      out = std::string(rest.substr(dash + 3)) + " (while reading " + (vowel ? "an " : "a ") +
            std::string(context) + ")";
    } else {
      out = std::string(rest);
    }
  }
  return "malformed JSON: " + out;
}

}  // namespace causalkg::kb
