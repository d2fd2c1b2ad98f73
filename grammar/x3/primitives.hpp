// The lexical primitives of the grammar as hand-written X3 parsers: the
// skipper, keywords, names, variables, quoted strings and numbers. Writing
// them by hand (on top of grammar/lexical.hpp) rather than composing X3
// character parsers keeps the instantiated grammar small, lets a keyword be a
// whole word in any case, and lets a failure point at the exact character:
// an unterminated quote at its opening quote, an out-of-range DEPTH at the
// number.
//
// Every primitive carries a `key` that names what was expected; an
// expectation failure (`a > b`) reports it as `which()`, and the facade maps
// keys to sentences (grammar/diagnostics.cpp).
#pragma once

#include <boost/spirit/home/x3/core.hpp>
#include <boost/spirit/home/x3/directive/expect.hpp>
#include <charconv>
#include <cstdint>
#include <string>
#include <type_traits>

#include "grammar/keywords.hpp"
#include "grammar/lexical.hpp"
#include "grammar/x3/x3_ast.hpp"

namespace causalkg::grammar::x3_parser {

namespace x3 = boost::spirit::x3;
using Iterator = char const*;

// Stops the parse at `where` with the failure named by `key`; the error
// handler of the statement rule records it.
[[noreturn]] inline void Fail(Iterator where, char const* key) {
  throw x3::expectation_failure<Iterator>(where, key);
}

// Gives the primitives a `what()` (see the get_info specialisation below).
struct Keyed {
  char const* key;
};

struct BlankSkipper : x3::parser<BlankSkipper> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    Iterator next = lexical::SkipBlanks(first, last);
    if (next == first) return false;
    first = next;
    return true;
  }
};

// A keyword, case-insensitive and only as a whole word: `PATHSX` and
// `order_id` are not keywords. `word` is upper case.
struct Keyword : x3::parser<Keyword>, Keyed {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  constexpr Keyword(char const* word, char const* key) : Keyed{key}, word(word) {}

  template <typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute&) const {
    x3::skip_over(first, last, context);
    Iterator end = lexical::ScanWord(first, last);
    if (!lexical::EqualsIgnoreCase(std::string_view(first, end - first), word)) return false;
    first = end;
    return true;
  }

  char const* word;
};

// The position of the next token, consuming nothing: lets a semantic action
// point an error at a keyword it has already passed.
struct Here : x3::parser<Here> {
  using attribute_type = Iterator;
  static bool const has_attribute = true;

  template <typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    x3::traits::move_to(first, attr);
    return true;
  }
};

// `+`, `-`, or a `?` that does not begin a variable.
inline bool IsSignCharacter(Iterator first, Iterator last) {
  if (first == last) return false;
  if (*first == '+' || *first == '-') return true;
  return *first == '?' && (first + 1 == last || !lexical::IsWordChar(first[1]));
}

// Where a name stands, which decides the few words it may be besides a
// word that is not a keyword or a quoted label.
enum class NamePlace {
  kAny,
  // A relation: a keyword that is also a built-in relation (`causes`) is
  // that relation here, bare (grammar/keywords.hpp).
  kRelation,
  // What a comparison compares with: a bare `+`, `-` or `?` too
  // (`sign(?r) = -`), and a negative number (`?e.attributes.delay > -1`).
  kOperand,
  // A file format's name, after FORMAT: a keyword too (`json`), but for
  // the words that begin the output (grammar/keywords.hpp: kFormatKeyword).
  kFormat,
  // A field of evidence after a chain statement's WHERE: a bare word only,
  // also the keywords that name a field (`confidence`, `source`: grammar/
  // keywords.hpp, IsEvidenceFieldWord).
  kField,
};

// A minus sign that begins a negative number: `-1`, `-0.5`.
inline bool IsNegativeNumber(Iterator first, Iterator last) {
  return last - first >= 2 && *first == '-' && lexical::IsDigit(first[1]);
}

// A node or relation: a word that is not a keyword, or a quoted label.
struct NameParser : x3::parser<NameParser>, Keyed {
  using attribute_type = x3_ast::Name;
  static bool const has_attribute = true;

  constexpr NameParser(char const* key, NamePlace place = NamePlace::kAny)
      : Keyed{key}, place(place) {}

  template <typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    if (first == last) return false;
    x3_ast::Name name;
    name.where = first;
    if (Iterator end = place == NamePlace::kField ? first : lexical::ScanParameter(first, last);
        end != first) {
      name.text.assign(first + 1, end);
      name.parameter = true;
      first = end;
    } else if (lexical::IsQuote(*first)) {
      if (place == NamePlace::kField) return false;
      lexical::QuotedScan scan = lexical::ScanQuoted(first, last);
      if (!scan.closed) Fail(first, "unterminated_name");
      name.text = std::move(scan.value);
      name.quoted = true;
      first = scan.end;
    } else if (place == NamePlace::kOperand && IsNegativeNumber(first, last)) {
      Iterator end = lexical::ScanWord(first + 1, last);
      name.text.assign(first, end);
      first = end;
    } else if (place == NamePlace::kOperand && IsSignCharacter(first, last)) {
      name.text.assign(1, *first);
      ++first;
    } else {
      Iterator end = lexical::ScanWord(first, last);
      std::string_view word(first, end - first);
      if (word.empty()) return false;
      if (IsKeyword(word) && !(place == NamePlace::kRelation && IsRelationKeyword(word)) &&
          !(place == NamePlace::kFormat && IsFormatNameWord(word)) &&
          !(place == NamePlace::kField && IsEvidenceFieldWord(word)))
        return false;
      name.text.assign(word);
      first = end;
    }
    x3::traits::move_to(std::move(name), attr);
    return true;
  }

  NamePlace place;
};

// The net sign after SIGN: `+`, `-`, or `?` (a chain with a step of
// unknown sign).
struct SignParser : x3::parser<SignParser>, Keyed {
  using attribute_type = ast::Sign;
  static bool const has_attribute = true;

  constexpr explicit SignParser(char const* key) : Keyed{key} {}

  template <typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    if (!IsSignCharacter(first, last)) return false;
    ast::Sign const sign = *first == '+'   ? ast::Sign::kPositive
                           : *first == '-' ? ast::Sign::kNegative
                                           : ast::Sign::kUnknown;
    ++first;
    x3::traits::move_to(sign, attr);
    return true;
  }
};

// `?x`; the attribute holds the name without the question mark.
struct VariableParser : x3::parser<VariableParser>, Keyed {
  using attribute_type = x3_ast::Variable;
  static bool const has_attribute = true;

  constexpr explicit VariableParser(char const* key) : Keyed{key} {}

  template <typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    if (first == last || *first != '?') return false;
    Iterator end = lexical::ScanWord(first + 1, last);
    if (end == first + 1) return false;
    x3_ast::Variable variable{std::string(first + 1, end), first};
    first = end;
    x3::traits::move_to(std::move(variable), attr);
    return true;
  }
};

// A quoted string that is not a name (a file, a quote): no bare words. The
// attribute is the text, or with `Positioned` an x3_ast::Quoted that also
// knows where the string starts, and which may be a parameter (`$x`).
template <bool Positioned>
struct BasicQuotedParser : x3::parser<BasicQuotedParser<Positioned>>, Keyed {
  using attribute_type = std::conditional_t<Positioned, x3_ast::Quoted, std::string>;
  static bool const has_attribute = true;

  constexpr explicit BasicQuotedParser(char const* key) : Keyed{key} {}

  template <typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    if constexpr (Positioned) {
      if (Iterator end = lexical::ScanParameter(first, last); end != first) {
        x3::traits::move_to(x3_ast::Quoted{std::string(first + 1, end), first, true}, attr);
        first = end;
        return true;
      }
    }
    if (first == last || !lexical::IsQuote(*first)) return false;
    lexical::QuotedScan scan = lexical::ScanQuoted(first, last);
    if (!scan.closed) Fail(first, "unterminated_string");
    Iterator const where = first;
    first = scan.end;
    if constexpr (Positioned) {
      x3::traits::move_to(x3_ast::Quoted{std::move(scan.value), where}, attr);
    } else {
      x3::traits::move_to(std::move(scan.value), attr);
    }
    return true;
  }
};
using QuotedParser = BasicQuotedParser<false>;
using PositionedQuotedParser = BasicQuotedParser<true>;

// A number token: digits with an optional fraction and an optional leading
// minus, not glued to a word (`3x` is not a number). Values outside
// [min, max] fail with `range_key` at the number itself, so the message can
// say what the allowed range is rather than "expected a number". A
// parameter (`$x`) stands for a number; its value is checked when bound.
template <typename T>
struct NumberParser : x3::parser<NumberParser<T>>, Keyed {
  using attribute_type = x3_ast::Number<T>;
  static bool const has_attribute = true;

  constexpr NumberParser(char const* key, char const* range_key, T min, T max)
      : Keyed{key}, range_key(range_key), min(min), max(max) {}

  template <typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    if (Iterator end = lexical::ScanParameter(first, last); end != first) {
      x3::traits::move_to(x3_ast::Number<T>{T{}, std::string(first + 1, end), first}, attr);
      first = end;
      return true;
    }
    Iterator it = first;
    bool negative = it != last && *it == '-';
    if (negative) ++it;
    Iterator digits = it;
    while (it != last && lexical::IsDigit(*it)) ++it;
    bool fraction = it != last && *it == '.' && last - it >= 2 && lexical::IsDigit(it[1]);
    if (fraction) {
      ++it;
      while (it != last && lexical::IsDigit(*it)) ++it;
    }
    if (it == digits || (it != last && lexical::IsWordChar(*it))) return false;
    if (fraction && std::is_integral_v<T>) return false;

    T value{};
    auto [end, error] = std::from_chars(digits, it, value);
    if (error != std::errc() || end != it) Fail(first, "number_too_large");
    if ((negative && value != T{}) || value < min || value > max) Fail(first, range_key);
    x3::traits::move_to(x3_ast::Number<T>{value, {}, first}, attr);
    first = it;
    return true;
  }

  char const* range_key;
  T min;
  T max;
};

}  // namespace causalkg::grammar::x3_parser

namespace boost::spirit::x3 {

template <typename Parser>
struct get_info<Parser,
                std::enable_if_t<std::is_base_of_v<causalkg::grammar::x3_parser::Keyed, Parser>>> {
  using result_type = std::string;
  std::string operator()(Parser const& parser) const { return parser.key; }
};

}  // namespace boost::spirit::x3
