#include "extract_support.hpp"

#include <catch2/catch.hpp>
#include <sstream>

namespace causalkg::testing {

namespace {

const char* SignText(int sign) { return sign > 0 ? "+" : sign < 0 ? "-" : "?"; }

void CheckRange(const std::string& file, std::uint64_t start, std::uint64_t end,
                const std::string& text, const char* what) {
  INFO(what << " [" << start << ", " << end << ") of a file of " << file.size() << " bytes");
  REQUIRE(start <= end);
  REQUIRE(end <= file.size());
  CHECK(file.substr(start, end - start) == text);
}

}  // namespace

std::string Describe(const kb::extract::Candidate& c) {
  return c.cause + " | " + SignText(c.sign) + " | " + c.effect + " (" + c.rule +
         (c.negated ? ", negated" : "") + (c.modality == "can" ? ", can" : "") + ")";
}

std::string Describe(const nlohmann::json& c) {
  return c.value("cause", "") + " | " + c.value("sign", "") + " | " + c.value("effect", "") + " (" +
         c.value("rule", "") + (c.value("negated", false) ? ", negated" : "") + ")";
}

std::string Describe(const std::vector<kb::extract::Candidate>& candidates) {
  std::string out;
  for (const auto& c : candidates) out += "\n  " + Describe(c);
  return out.empty() ? " none" : out;
}

void CheckVerbatim(const std::string& file, const kb::extract::Candidate& c) {
  INFO(Describe(c));
  CheckRange(file, c.start, c.end, c.quote, "quote");
  CheckRange(file, c.cause_start, c.cause_end, c.cause, "cause");
  CheckRange(file, c.effect_start, c.effect_end, c.effect, "effect");
  CHECK(c.start <= c.cause_start);
  CHECK(c.cause_end <= c.end);
  CHECK(c.start <= c.effect_start);
  CHECK(c.effect_end <= c.end);
  CHECK_FALSE(c.cause.empty());
  CHECK_FALSE(c.effect.empty());
}

void CheckVerbatim(const std::string& file, const nlohmann::json& c) {
  INFO(c.dump());
  for (const char* field : {"quote", "cause", "effect", "subject", "relation", "object", "sign",
                            "modality", "rule", "lang", "source"}) {
    INFO(field);
    REQUIRE(c.contains(field));
    CHECK(c[field].is_string());
  }
  for (const char* field :
       {"start", "end", "cause_start", "cause_end", "effect_start", "effect_end"}) {
    INFO(field);
    REQUIRE(c.contains(field));
    REQUIRE(c[field].is_number_unsigned());
  }
  CHECK(c["negated"].is_boolean());
  CHECK(c["subject_linked"].is_boolean());
  CHECK(c["object_linked"].is_boolean());
  CHECK(c["confidence"].is_number());
  CheckRange(file, c["start"], c["end"], c["quote"], "quote");
  CheckRange(file, c["cause_start"], c["cause_end"], c["cause"], "cause");
  CheckRange(file, c["effect_start"], c["effect_end"], c["effect"], "effect");
  CHECK(c["start"] <= c["cause_start"]);
  CHECK(c["cause_end"] <= c["end"]);
  CHECK(c["start"] <= c["effect_start"]);
  CHECK(c["effect_end"] <= c["end"]);
  const std::string sign = c["sign"];
  CHECK((sign == "+" || sign == "-" || sign == "?"));
}

std::vector<nlohmann::json> ParseCandidates(const std::string& jsonl) {
  std::vector<nlohmann::json> out;
  std::istringstream lines(jsonl);
  std::string line;
  while (std::getline(lines, line)) {
    INFO(line);
    auto parsed = nlohmann::json::parse(line, nullptr, false);
    REQUIRE_FALSE(parsed.is_discarded());
    REQUIRE(parsed.is_object());
    out.push_back(std::move(parsed));
  }
  return out;
}

std::string OneSpace(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace causalkg::testing
