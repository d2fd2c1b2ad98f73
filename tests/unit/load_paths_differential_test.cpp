// The two ways of loading claims store the same thing: every line, loaded as
// one line of JSON Lines (the fast claim reader, else the general one) and
// in a JSON document, stores the same values or fails both ways.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "kb/ingest/fast_claim.hpp"
#include "load_paths_agree.hpp"

namespace causalkg {
namespace {

using testing::LoadPathsAgree;

// splitmix64: the same lines on every platform, unlike std:: distributions.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  bool OneIn(std::size_t n) { return Below(n) == 0; }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }

 private:
  std::uint64_t state_;
};

// Whitespace JSON allows between tokens, usually none.
std::string Space(Random& r) {
  if (!r.OneIn(4)) return "";
  static const std::vector<std::string> kSpaces = {" ", "  ", "\t", "\r", " \t ", "\r "};
  return r.Pick(kSpaces);
}

std::string Hex4(Random& r, unsigned value) {
  const char* digits = r.OneIn(2) ? "0123456789abcdef" : "0123456789ABCDEF";
  std::string out = "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += digits[(value >> shift) & 0xF];
  return out;
}

// The text of a JSON string: plain letters, raw UTF-8, every escape,
// \u escapes of the whole range with surrogate pairs, and now and then
// something the format refuses (a lone surrogate, a raw control character,
// a bad escape, invalid UTF-8). Control characters, which the store
// refuses in every field but a quote's line breaks, come in one string of
// four (one of twenty in a `name`, an id), so that many lines still load.
std::string StringToken(Random& r, bool may_be_empty = true, bool name = false) {
  // clang-format off
  static const std::vector<std::string> kPieces = {
      "a", "b", "z", "_", " ", "0", "é", "ë", "中", "😀", "social cohesion", "sociale samenhang",
      "\\\"", "\\\\", "\\/", "'", "\\b", "\\f", "\\n", "\\r", "\\t"};
  static const std::vector<std::string> kRefused = {
      "\\ud800", "\\udc00", "\\ud83d\\u0041", "\x01", "\t", "\\x", "\\u12", "\xc3", "\xff",
      "\xed\xa0\x80", "\xc0\xaf", "\x7f"};
  // clang-format on
  static const std::vector<std::string> kNamePieces(kPieces.begin(), kPieces.end() - 5);
  const bool plain = !r.OneIn(name ? 20 : 4);
  std::string out = "\"";
  const std::size_t n = may_be_empty ? r.Below(8) : 1 + r.Below(8);
  for (std::size_t i = 0; i < n; ++i) {
    switch (r.Below(12) + (plain ? 3 : 0)) {
      case 0:
        out += Hex4(r, 0x20 + static_cast<unsigned>(r.Below(0xD800 - 0x20)));
        break;
      case 1: {  // a surrogate pair: a character past U+FFFF
        const unsigned c = static_cast<unsigned>(r.Below(0x100000));
        out += Hex4(r, 0xD800 + (c >> 10)) + Hex4(r, 0xDC00 + (c & 0x3FF));
        break;
      }
      case 2:
        out += Hex4(r, static_cast<unsigned>(r.Below(0x20)));  // a control character, escaped
        break;
      case 3:
        out += r.OneIn(8) ? r.Pick(kRefused)
                          : Hex4(r, 0xE000 + static_cast<unsigned>(r.Below(0x2000)));
        break;
      default:
        out += r.Pick(plain ? kNamePieces : kPieces);
    }
  }
  return out + "\"";
}

std::string Digits(Random& r, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += static_cast<char>('0' + r.Below(10));
  return out;
}

// A number: long mantissas, exponents, -0, the edges of a double (denormals,
// 1e308, overflow, underflow), and now and then one JSON does not allow.
std::string NumberToken(Random& r) {
  static const std::vector<std::string> kEdges = {"0",
                                                  "-0",
                                                  "0.0",
                                                  "-0.0",
                                                  "1",
                                                  "1.0",
                                                  "1e0",
                                                  "1E+0",
                                                  "10e-1",
                                                  "0.5",
                                                  "5e-1",
                                                  "0.1",
                                                  "0.452222222222222222222222222222222222222",
                                                  "0.99999999999999999999",
                                                  "0.999999999999999999",
                                                  "1.00000000000000000001",
                                                  "1.0000000000000002",
                                                  "4.9e-324",
                                                  "5e-324",
                                                  "2.4703282292062328e-324",
                                                  "2.2250738585072014e-308",
                                                  "2.2250738585072011e-308",
                                                  "1e-400",
                                                  "-1e-400",
                                                  "1e308",
                                                  "1.7976931348623157e308",
                                                  "1.7976931348623159e308",
                                                  "1e999",
                                                  "-1e999",
                                                  "100000000000000000000000000000",
                                                  "18446744073709551616",
                                                  "-9223372036854775809",
                                                  "0e99999999999999",
                                                  "1e-99999999999999999999",
                                                  "01",
                                                  ".5",
                                                  "1.",
                                                  "+1",
                                                  "0x1",
                                                  "1e",
                                                  "1e+",
                                                  "-",
                                                  "--1",
                                                  "NaN",
                                                  "Infinity",
                                                  "1.5e3.2"};
  switch (r.Below(6)) {
    case 0:
      return r.Pick(kEdges);
    case 1:  // long mantissas around the 19 digits a 64-bit integer holds
      return "0." + Digits(r, 1 + r.Below(45));
    case 2:
      return Digits(r, 1).replace(0, 1, r.OneIn(3) ? "0" : "1") +
             (r.OneIn(2) ? "" : "." + Digits(r, 1 + r.Below(25))) + (r.OneIn(2) ? "e" : "E") +
             (r.OneIn(2)   ? "-"
              : r.OneIn(2) ? "+"
                           : "") +
             std::to_string(r.Below(340));
    case 3:
      return (r.OneIn(4) ? "-" : "") + std::string("0.") + Digits(r, 15 + r.Below(5)) + "e-" +
             std::to_string(300 + r.Below(30));  // denormals and underflow
    case 4:
      return "0." + std::string(r.Below(30), '0') + Digits(r, 1 + r.Below(30));
    default:
      return (r.OneIn(5) ? "-" : "") + std::string("0.") + Digits(r, 1 + r.Below(17));
  }
}

std::string ValueToken(Random& r, std::size_t depth = 0);

std::string Nested(Random& r, std::size_t levels) {
  std::string open, close;
  for (std::size_t i = 0; i < levels; ++i) {
    const bool array = r.OneIn(2);
    open += array ? "[" : "{\"k\":";
    close.insert(0, array ? "]" : "}");
  }
  return open + (r.OneIn(2) ? "1" : "\"x\"") + close;
}

// Any JSON value, for extra fields and wrong types.
std::string ValueToken(Random& r, std::size_t depth) {
  switch (r.Below(depth > 2 ? 6 : 9)) {
    case 0: {
      static const std::vector<std::string> kBroken = {"nul", "nullx",  "n\"c\"", "Null",
                                                       "tru", "falsey", "nan"};
      return r.OneIn(6) ? r.Pick(kBroken) : "null";
    }
    case 1:
      return r.OneIn(2) ? "true" : "false";
    case 2:
    case 3:
      return NumberToken(r);
    case 4:
    case 5:
      return StringToken(r);
    case 6: {
      std::string out = "[";
      for (std::size_t i = 0, n = r.Below(4); i < n; ++i)
        out += (i ? "," : "") + Space(r) + ValueToken(r, depth + 1);
      return out + "]";
    }
    case 7: {
      std::string out = "{";
      for (std::size_t i = 0, n = r.Below(4); i < n; ++i)
        out += (i ? "," : "") + StringToken(r) + ":" + ValueToken(r, depth + 1);
      return out + "}";
    }
    default:  // nested near the limit: 128 levels in a claim, counting the claim
      return Nested(r, 125 + r.Below(6));
  }
}

// The value of a claim's field: usually what it should be, sometimes null or
// another type.
std::string FieldValue(Random& r, const std::string& key) {
  if (r.OneIn(12)) return r.OneIn(2) ? "null" : ValueToken(r);
  if (key == "confidence") return NumberToken(r);
  const bool required = key == "subject" || key == "relation" || key == "object";
  return StringToken(r, !required || r.OneIn(20), required || key == "source");
}

std::string ClaimLine(Random& r) {
  static const std::vector<std::string> kFields = {"subject", "relation", "object",    "source",
                                                   "quote",   "modality", "confidence"};
  static const std::vector<std::string> kOtherKeys = {
      "note", "id", "subjekt", "sub\\u006aect", "\\u0063onfidence", "", "relation "};
  std::vector<std::string> members;
  for (const std::string& key : kFields) {
    const bool required = key == "subject" || key == "relation" || key == "object";
    if (!required && r.OneIn(2)) continue;
    if (required && r.OneIn(40)) continue;
    members.push_back("\"" + key + "\":" + Space(r) + FieldValue(r, key));
  }
  if (r.OneIn(4)) {  // a repeated key: the last one counts
    const std::string& key = r.Pick(kFields);
    members.push_back("\"" + key + "\":" + FieldValue(r, key));
  }
  if (r.OneIn(4)) members.push_back("\"" + r.Pick(kOtherKeys) + "\":" + ValueToken(r));
  for (std::size_t i = members.size(); i > 1; --i) std::swap(members[i - 1], members[r.Below(i)]);
  std::string line = Space(r) + "{" + Space(r);
  for (std::size_t i = 0; i < members.size(); ++i) {
    line += (i ? "," + Space(r) : "") + members[i] + Space(r);
  }
  return line + "}" + Space(r);
}

std::string DeclarationLine(Random& r) {
  switch (r.Below(3)) {
    case 0:
      return "{\"relation\":{\"id\":" + StringToken(r, false, true) + ",\"polarity\":" +
             (r.OneIn(4)   ? ValueToken(r)
              : r.OneIn(2) ? "\"+\""
                           : "\"-\"") +
             "}}";
    case 1:
      return "{\"node\":{\"id\":" + StringToken(r, false, true) + ",\"kind\":" + ValueToken(r) +
             ",\"label\":{\"en\":" + StringToken(r) + "}}}";
    default:
      return "{\"source\":{\"id\":" + StringToken(r, false, true) + ",\"year\":" + NumberToken(r) +
             ",\"x\":" + ValueToken(r) + "}}";
  }
}

// Damage that must make a line fail both ways, or change it into another
// line that both ways read alike.
std::string Damaged(Random& r, std::string line) {
  static const std::vector<std::string> kInserted = {
      ",", "}", "{", "\"",  "\\", std::string(1, '\0'), "x", "]", "\xEF\xBB\xBF",
      " ", "1", ":", "\xff"};
  const std::size_t at = r.Below(line.size() + 1);
  switch (r.Below(3)) {
    case 0:
      return line.insert(at, r.Pick(kInserted));
    case 1:
      return line.erase(std::min(at, line.size() - 1), 1);
    default:
      return line + r.Pick(kInserted) + (r.OneIn(2) ? line : "");
  }
}

std::string RandomLine(Random& r) {
  std::string line = r.OneIn(8) ? DeclarationLine(r) : ClaimLine(r);
  if (r.OneIn(6)) line = Damaged(r, line);
  if (r.OneIn(30)) line.insert(0, "\xEF\xBB\xBF");
  return line;
}

TEST_CASE("random claim lines store the same through JSON Lines and a JSON document",
          "[load][differential]") {
  Random r(20250209);
  constexpr int kLines = 6000;
  int failures = 0, loaded_lines = 0, fast_lines = 0;
  kb::FastClaimReader fast;
  kb::FastClaimFields fields;
  for (int i = 0; i < kLines && failures < 5; ++i) {
    const std::string line = RandomLine(r);
    std::string why;
    bool loaded = false;
    if (!LoadPathsAgree(line, &why, &loaded)) {
      ++failures;
      UNSCOPED_INFO("line " << i << ": " << line << "\n" << why);
    }
    loaded_lines += loaded;
    std::string copy = line;
    fast_lines += fast.Read(copy, fields);
  }
  CHECK(failures == 0);
  // Both outcomes, and both readers, are tried often.
  CHECK(loaded_lines > kLines / 5);
  CHECK(loaded_lines < kLines * 3 / 4);
  CHECK(fast_lines > kLines / 5);
}

TEST_CASE("lines that once loaded differently now load alike", "[load][differential]") {
  const std::string claim = R"({"subject":"a","relation":"increases","object":"b")";
  const std::string lines[] = {
      // simdjson's own number parsing went wrong past 19 significant digits
      claim + R"(,"confidence":0.452222222222222222222222222222222222222})",
      claim + R"(,"confidence":0.99999999999999999999})",
      // the general reader holds -0 as the integer 0
      claim + R"(,"confidence":-0})",
      claim + R"(,"confidence":-0.0})",
      // a null after a value of a repeated key: the last one counts
      claim + R"(,"confidence":0.5,"confidence":null})",
      claim + R"(,"source":"s","source":null})",
      // underflow to 0, and the smallest denormal
      claim + R"(,"confidence":1e-400})",
      claim + R"(,"confidence":4.9e-324})",
      // not a literal where the fast reader looks for null
      claim + R"(,"modality":n"c"a,"confidence":0.5})",
      claim + R"(,"confidence":nul})",
      // overflow; a NUL after the object; a byte order mark beginning the file
      claim + R"(,"confidence":1e999})",
      claim + "}" + std::string(1, '\0') + "}",
      "\xEF\xBB\xBF" + claim + "}",
  };
  for (const std::string& line : lines) {
    std::string why;
    const bool agree = LoadPathsAgree(line, &why);
    INFO(line << "\n" << why);
    CHECK(agree);
  }
}

}  // namespace
}  // namespace causalkg
