// The lexical rules of the query language, shared by the X3 primitives
// (grammar/x3/primitives.hpp) and by the facade, which re-reads the text around
// an error to word its hints. No Spirit here, so the facade stays cheap to
// compile.
//
//   blank    = whitespace | comment
//   comment  = ("--" | "#") <anything up to the end of the line>
//   word     = word_start { word_char }        (never containing "--")
//   word_start = letter | digit | "_" | <any byte >= 0x80>
//   word_char  = word_start | "-" | "." | ":"
//   parameter  = "$" word                     (a value bound before the statement runs)
//   quoted   = "'" { char | "\'" | "''" } "'" | '"' { char | '\"' | '""' } '"'
//   escapes  = \' \" \\ \n \t; any other backslash is kept as written
//
// A word that equals a keyword (ignoring ASCII case) is a keyword, never a
// name; quoting it makes it a name. The keywords: grammar/keywords.hpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace causalkg::grammar::lexical {

inline bool IsWordStart(char c) {
  auto byte = static_cast<unsigned char>(c);
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9') || byte == '_' || byte >= 0x80;
}

inline bool IsWordChar(char c) { return IsWordStart(c) || c == '-' || c == '.' || c == ':'; }

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

inline bool IsQuote(char c) { return c == '\'' || c == '"'; }

// Returns the first position at or after `first` that is not whitespace or
// part of a comment.
char const* SkipBlanks(char const* first, char const* last);
std::size_t SkipBlanks(std::string_view text, std::size_t offset);

// Returns the end of the word that starts at `first`, or `first` when no word
// starts there. A word stops before "--" so that `a--note` is `a` and a
// comment.
char const* ScanWord(char const* first, char const* last);

// Returns the end of the parameter (`$name`) that starts at `first`, or
// `first` when none starts there.
inline char const* ScanParameter(char const* first, char const* last) {
  if (first == last || *first != '$') return first;
  char const* end = ScanWord(first + 1, last);
  return end == first + 1 ? first : end;
}

struct QuotedScan {
  bool closed = false;        // false: the text ended before the closing quote
  char const* end = nullptr;  // just past the closing quote (or `last`)
  std::string value;          // unescaped contents
};

// Reads a quoted string; `*first` must be the opening quote.
QuotedScan ScanQuoted(char const* first, char const* last);

bool EqualsIgnoreCase(std::string_view a, std::string_view b);

}  // namespace causalkg::grammar::lexical
