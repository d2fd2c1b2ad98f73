// The extractor's rules sentence by sentence, in English and Dutch: each
// file tests/data/extract/LANG/RULE.tsv lists sentences the rule must read
// (with the cause, sign and effect it must find) and sentences on which
// nothing may fire (tests/data/extract/README.md).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "extract_support.hpp"
#include "kb/extract/extractor.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using kb::extract::Candidate;
using kb::extract::Language;

const std::string kData = std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/extract/";

struct Expectation {
  std::string where;  // file:line
  std::string kind;   // fire, can, negated, none
  std::string sentence;
  std::string cause;
  std::string sign;
  std::string effect;
  std::string rule;
};

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (true) {
    const std::size_t tab = line.find('\t', from);
    out.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
    if (tab == std::string::npos) return out;
    from = tab + 1;
  }
}

std::vector<Expectation> ReadRuleFile(const std::filesystem::path& path) {
  std::vector<Expectation> out;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = Split(line);
    Expectation e;
    e.where = path.parent_path().filename().string() + "/" + path.filename().string() + ":" +
              std::to_string(number);
    INFO(e.where);
    REQUIRE(f.size() >= 2);
    e.kind = f[0];
    e.sentence = f[1];
    REQUIRE((e.kind == "fire" || e.kind == "can" || e.kind == "negated" || e.kind == "not" ||
             e.kind == "none"));
    if (e.kind != "none") {
      REQUIRE(f.size() >= 5);
      e.cause = f[2];
      e.sign = f[3];
      e.effect = f[4];
      e.rule = f.size() > 5 ? f[5] : path.stem().string();
    }
    out.push_back(e);
  }
  return out;
}

std::vector<Candidate> Extract(kb::extract::Extractor& extractor, const std::string& text,
                               const std::string& name) {
  auto source = kb::extract::MakeSourceText(text, name, kb::extract::TextFormat::kPlain);
  REQUIRE(source.ok());
  std::vector<Candidate> out;
  kb::extract::ExtractStats stats;
  Status s = extractor.ExtractText(
      *source,
      [&](const Candidate& c) {
        out.push_back(c);
        return Status::Ok();
      },
      stats);
  INFO(s.ToString());
  REQUIRE(s.ok());
  for (const Candidate& c : out) testing::CheckVerbatim(text, c);
  return out;
}

bool Fits(const Expectation& e, const Candidate& c) {
  const char* sign = c.sign > 0 ? "+" : c.sign < 0 ? "-" : "?";
  return c.cause == e.cause && c.effect == e.effect && e.sign == sign && c.rule == e.rule &&
         c.negated == (e.kind == "negated") && (e.kind != "can" || c.modality == "can");
}

std::vector<std::filesystem::path> RuleFiles(const std::string& language) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(kData + language)) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void CheckRules(Language language, const std::string& code) {
  kb::extract::ExtractOptions options;
  options.language = language;
  auto extractor = kb::extract::Extractor::Create(options, nullptr);
  REQUIRE(extractor.ok());
  const std::vector<std::filesystem::path> files = RuleFiles(code);
  // Every rule has its file, and each file both kinds of line or a reason.
  CHECK(files.size() >= 10);
  int fired = 0, quiet = 0;
  for (const auto& file : files) {
    for (const Expectation& e : ReadRuleFile(file)) {
      const std::vector<Candidate> found = Extract(**extractor, e.sentence, e.where);
      INFO(e.where << ": " << e.sentence << "\nfound:" << testing::Describe(found));
      if (e.kind == "none") {
        ++quiet;
        CHECK(found.empty());
        continue;
      }
      if (e.kind == "not") {
        // A reading that must not be made: no candidate with this cause,
        // sign and effect, negated or not.
        INFO("not expected: " << e.cause << " | " << e.sign << " | " << e.effect);
        CHECK(std::none_of(found.begin(), found.end(), [&](const Candidate& c) {
          const char* sign = c.sign > 0 ? "+" : c.sign < 0 ? "-" : "?";
          return c.cause == e.cause && c.effect == e.effect && e.sign == sign;
        }));
        continue;
      }
      ++fired;
      INFO("expected: " << e.cause << " | " << e.sign << " | " << e.effect << " (" << e.rule
                        << (e.kind == "fire" ? "" : ", " + e.kind) << ")");
      CHECK(
          std::any_of(found.begin(), found.end(), [&](const Candidate& c) { return Fits(e, c); }));
    }
  }
  CHECK(fired >= 40);
  CHECK(quiet >= 10);
}

TEST_CASE("the English rules read their sentences and stay quiet on the others", "[extract]") {
  CheckRules(Language::kEnglish, "en");
}

TEST_CASE("the Dutch rules read their sentences and stay quiet on the others", "[extract]") {
  CheckRules(Language::kDutch, "nl");
}

TEST_CASE("a sentence's language is told by its function words", "[extract]") {
  auto extractor = kb::extract::Extractor::Create({}, nullptr);
  REQUIRE(extractor.ok());
  const std::string text =
      "Rising interest rates reduce demand for new housing in the largest cities.\n\n"
      "De stijgende rente verkleint de vraag naar nieuwe woningen in de grote steden.\n";
  const std::vector<Candidate> found = Extract(**extractor, text, "mixed.txt");
  INFO(testing::Describe(found));
  REQUIRE(found.size() == 2);
  CHECK(found[0].language == Language::kEnglish);
  CHECK(found[1].language == Language::kDutch);
  CHECK(found[1].effect == "de vraag naar nieuwe woningen in de grote steden");
}

TEST_CASE("hedges lower the confidence and negation is kept, not dropped", "[extract]") {
  kb::extract::ExtractOptions options;
  options.language = Language::kEnglish;
  auto extractor = kb::extract::Extractor::Create(options, nullptr);
  REQUIRE(extractor.ok());
  const auto plain = Extract(**extractor, "Poverty harms health.", "a");
  const auto hedged = Extract(**extractor, "Poverty may harm health.", "b");
  const auto negated = Extract(**extractor, "Poverty does not harm health.", "c");
  REQUIRE(plain.size() == 1);
  REQUIRE(hedged.size() == 1);
  REQUIRE(negated.size() == 1);
  CHECK(plain[0].modality == "is");
  CHECK(hedged[0].modality == "can");
  CHECK(hedged[0].confidence < plain[0].confidence);
  CHECK(negated[0].negated);
  CHECK(negated[0].confidence < plain[0].confidence);
  CHECK_FALSE(plain[0].negated);
}

}  // namespace
}  // namespace causalkg
