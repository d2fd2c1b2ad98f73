#include "grammar/lexical.hpp"

#include <algorithm>

namespace causalkg::grammar::lexical {
namespace {

char ToUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool StartsComment(char const* first, char const* last) {
  if (*first == '#') return true;
  return *first == '-' && last - first >= 2 && first[1] == '-';
}

}  // namespace

char const* SkipBlanks(char const* first, char const* last) {
  while (first != last) {
    if (IsSpace(*first)) {
      ++first;
    } else if (StartsComment(first, last)) {
      while (first != last && *first != '\n') ++first;
    } else {
      break;
    }
  }
  return first;
}

std::size_t SkipBlanks(std::string_view text, std::size_t offset) {
  char const* begin = text.data();
  return static_cast<std::size_t>(SkipBlanks(begin + offset, begin + text.size()) - begin);
}

char const* ScanWord(char const* first, char const* last) {
  if (first == last || !IsWordStart(*first)) return first;
  char const* it = first + 1;
  while (it != last && IsWordChar(*it)) {
    if (*it == '-' && last - it >= 2 && it[1] == '-') break;
    ++it;
  }
  return it;
}

QuotedScan ScanQuoted(char const* first, char const* last) {
  QuotedScan scan;
  char const quote = *first;
  char const* it = first + 1;
  while (it != last) {
    char c = *it;
    if (c == quote) {
      // A doubled quote stands for one quote character, as in SQL.
      if (last - it >= 2 && it[1] == quote) {
        scan.value += quote;
        it += 2;
        continue;
      }
      scan.closed = true;
      scan.end = it + 1;
      return scan;
    }
    if (c == '\\' && last - it >= 2) {
      switch (it[1]) {
        case '\'':
        case '"':
        case '\\':
          scan.value += it[1];
          it += 2;
          continue;
        case 'n':
          scan.value += '\n';
          it += 2;
          continue;
        case 't':
          scan.value += '\t';
          it += 2;
          continue;
        default:
          break;  // kept as written: Windows-style paths stay readable
      }
    }
    scan.value += c;
    ++it;
  }
  scan.end = last;
  return scan;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ToUpper(x) == ToUpper(y);
         });
}

}  // namespace causalkg::grammar::lexical
