// Random claim lines with the fields of evidence beyond source, quote,
// modality and confidence (start, end, page, section, url, origin, tool,
// stance, attributes) store the same through JSON Lines (the fast reader,
// else the general one) and through a JSON document, or fail both ways.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "kb/ingest/fast_claim.hpp"
#include "load_paths_agree.hpp"

namespace causalkg {
namespace {

// splitmix64: the same lines on every platform.
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
  const std::string& Pick(const std::vector<std::string>& items) {
    return items[Below(items.size())];
  }

 private:
  std::uint64_t state_;
};

// A value of the kind the field takes, now and then one the sink refuses, and
// now and then one of any JSON type.
std::string ValueOf(Random& r, const std::string& key) {
  static const std::vector<std::string> kAny = {"null", "true", "false", "[]",  "[1]",   "{}",
                                                "\"\"", "0",    "-1",    "1.5", "1e999", "\"x\""};
  static const std::vector<std::string> kNumbers = {"0",
                                                    "1",
                                                    "12",
                                                    "120",
                                                    "152",
                                                    "9007199254740992",
                                                    "9007199254740993",
                                                    "-0",
                                                    "-3",
                                                    "2.5",
                                                    "1e2",
                                                    "1E2",
                                                    "0.0",
                                                    "1e-400",
                                                    "300.0"};
  static const std::vector<std::string> kTexts = {
      "\"14\"",      "\"xii\"",        "\"2.1 Trust\"", "\"https://example.org/r#p=3\"",
      "\"\\u00e9\"", "\"caf\\u00e9\"", "\"a\\tb\"",     "\"a\\u0001b\"",
      "\"\""};
  static const std::vector<std::string> kOrigins = {"\"stated\"",   "\"extracted\"", "\"inferred\"",
                                                    "\"imported\"", "\"Stated\"",    "\"said\""};
  static const std::vector<std::string> kStances = {"\"supports\"", "\"refutes\"", "\"against\""};
  if (r.OneIn(25)) return r.Pick(kAny);
  if (key == "start" || key == "end") return r.OneIn(4) ? r.Pick(kNumbers) : "12";
  if (key == "page") return r.OneIn(2) ? r.Pick(kNumbers) : r.Pick(kTexts);
  if (key == "origin") return r.OneIn(3) ? r.Pick(kOrigins) : "\"imported\"";
  if (key == "stance") return r.OneIn(3) ? r.Pick(kStances) : "\"refutes\"";
  if (key == "attributes") {
    static const std::vector<std::string> kNames = {"weight", "delay",        "belief", "w",
                                                    "",       "we\\u0069ght", "a b"};
    std::string object = "{";
    const std::size_t n = r.Below(4);
    for (std::size_t i = 0; i < n; ++i) {
      if (i > 0) object += ",";
      std::string value = r.OneIn(2) ? r.Pick(kNumbers) : r.Pick(kTexts);
      if (r.OneIn(25)) value = r.Pick(kAny);
      object += "\"" + r.Pick(kNames) + "\":" + value;
    }
    return object + "}";
  }
  return r.Pick(kTexts);  // section, url, tool
}

std::string ClaimLine(Random& r) {
  static const std::vector<std::string> kFields = {"source", "quote",   "start",     "end",
                                                   "page",   "section", "url",       "origin",
                                                   "tool",   "stance",  "attributes"};
  std::vector<std::string> members = {R"("subject":"a")", R"("relation":"increases")",
                                      R"("object":"b")"};
  for (const std::string& key : kFields) {
    if (r.OneIn(2)) continue;
    members.push_back("\"" + key + "\":" + ValueOf(r, key));
  }
  if (r.OneIn(4)) {  // a repeated key: the last one counts
    const std::string& key = r.Pick(kFields);
    members.push_back("\"" + key + "\":" + ValueOf(r, key));
  }
  for (std::size_t i = members.size(); i > 1; --i) std::swap(members[i - 1], members[r.Below(i)]);
  std::string line = "{";
  for (std::size_t i = 0; i < members.size(); ++i) line += (i ? "," : "") + members[i];
  return line + "}";
}

TEST_CASE("random lines with every field of evidence store the same through both readers",
          "[load][differential][evidence]") {
  Random r(20250301);
  constexpr int kLines = 3000;
  int failures = 0, loaded_lines = 0, fast_lines = 0;
  kb::FastClaimReader fast;
  kb::FastClaimFields fields;
  for (int i = 0; i < kLines && failures < 5; ++i) {
    const std::string line = ClaimLine(r);
    std::string why;
    bool loaded = false;
    if (!testing::LoadPathsAgree(line, &why, &loaded)) {
      ++failures;
      UNSCOPED_INFO("line " << i << ": " << line << "\n" << why);
    }
    loaded_lines += loaded;
    std::string copy = line;
    fast_lines += fast.Read(copy, fields);
  }
  CHECK(failures == 0);
  INFO(loaded_lines << " lines loaded, " << fast_lines << " read by the fast reader");
  // Both outcomes, and both readers, are tried often.
  CHECK(loaded_lines > kLines / 5);
  CHECK(loaded_lines < kLines * 4 / 5);
  CHECK(fast_lines > kLines / 5);
}

}  // namespace
}  // namespace causalkg
