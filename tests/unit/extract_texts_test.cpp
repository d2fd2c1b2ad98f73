// causalkg extract on whole texts, plain, Markdown and HTML, through the
// binary: every candidate's quote and phrases are the file's bytes at its
// offsets, and the claims each text's .expect file lists are among them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "extract_support.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

const std::string kTexts = std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/extract/texts/";

struct Expected {
  std::string cause, sign, effect;
};

std::vector<Expected> ReadExpect(const std::string& path) {
  std::vector<Expected> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t a = line.find('\t'), b = line.find('\t', a + 1);
    INFO(path << ": " << line);
    REQUIRE(b != std::string::npos);
    out.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
  }
  return out;
}

TEST_CASE("every candidate of every test text is the file's own bytes at its offsets",
          "[extract][cli]") {
  std::vector<std::filesystem::path> texts;
  for (const auto& entry : std::filesystem::directory_iterator(kTexts)) {
    if (entry.path().extension() != ".expect" && entry.path().extension() != ".jsonl") {
      texts.push_back(entry.path());
    }
  }
  std::sort(texts.begin(), texts.end());
  REQUIRE(texts.size() >= 4);
  testing::TempDir dir;
  const std::string db = dir.File("db");
  std::size_t total = 0;
  for (const auto& text : texts) {
    INFO(text.filename().string());
    const std::string out = dir.File(text.filename().string() + ".jsonl");
    // The language is told by the text (--lang auto), as a user would leave it.
    auto run = RunCausalkg({"--db", db, "extract", text.string(), "-o", out});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::StartsWith("extract: 1 file, "));
    const std::string bytes = testing::ReadFile(text.string());
    const auto candidates = testing::ParseCandidates(testing::ReadFile(out));
    CHECK(candidates.size() >= 4);
    total += candidates.size();
    const std::string language = text.filename().string().substr(0, 2);
    for (const auto& c : candidates) {
      testing::CheckVerbatim(bytes, c);
      CHECK(c["lang"] == language);
      CHECK(c["file"] == text.string());
      CHECK(c["source"] == text.stem().string());
      CHECK(c["origin"] == "extracted");
    }
    const std::string expect_path = (text.parent_path() / text.stem()).string() + ".expect";
    for (const Expected& e : ReadExpect(expect_path)) {
      INFO("expected: " << e.cause << " | " << e.sign << " | " << e.effect);
      std::string found;
      for (const auto& c : candidates) found += "\n  " + testing::Describe(c);
      INFO("found:" << found);
      CHECK(std::any_of(candidates.begin(), candidates.end(), [&](const nlohmann::json& c) {
        return testing::OneSpace(c["cause"]) == e.cause && c["sign"] == e.sign &&
               testing::OneSpace(c["effect"]) == e.effect && c["negated"] == false;
      }));
    }
  }
  CHECK(total >= 30);
}

TEST_CASE("markup is read past, and never quoted into a phrase", "[extract][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  SECTION("HTML: scripts, styles and comments are not read; references keep their bytes") {
    const std::string path = kTexts + "nl-onderwijs.html";
    auto run = RunCausalkg({"--db", db, "extract", path, "--lang", "nl"});
    REQUIRE(run.exit_code == 0);
    for (const auto& c : testing::ParseCandidates(run.out)) {
      const std::string quote = c["quote"];
      INFO(quote);
      CHECK(quote.find("script") == std::string::npos);
      CHECK(quote.find("commentaar") == std::string::npos);
      CHECK(std::string(c["cause"]).find('<') == std::string::npos);
      CHECK(std::string(c["effect"]).find('<') == std::string::npos);
    }
  }
  SECTION("Markdown: a code block is not read, list items are sentences of their own") {
    const std::string path = kTexts + "en-climate-brief.md";
    auto run = RunCausalkg({"--db", db, "extract", path, "--lang", "en"});
    REQUIRE(run.exit_code == 0);
    for (const auto& c : testing::ParseCandidates(run.out)) {
      const std::string quote = c["quote"];
      INFO(quote);
      CHECK(quote.find("Heat causes nothing") == std::string::npos);
      CHECK(quote.find("- ") != 0);
      CHECK(quote.find("\n-") == std::string::npos);
      CHECK(quote.find("\n2.") == std::string::npos);
    }
  }
  SECTION("plain text: lettered list items are sentences of their own, labels no phrase's") {
    const std::string path = kTexts + "en-recommendations.txt";
    auto run = RunCausalkg({"--db", db, "extract", path, "--lang", "en"});
    REQUIRE(run.exit_code == 0);
    const auto candidates = testing::ParseCandidates(run.out);
    REQUIRE(!candidates.empty());
    for (const auto& c : candidates) {
      const std::string quote = c["quote"], cause = c["cause"], effect = c["effect"];
      INFO(quote);
      CHECK(quote.find("\nb)") == std::string::npos);
      CHECK(quote.find("\nc)") == std::string::npos);
      for (const std::string& phrase : {cause, effect}) {
        CHECK(phrase.find("a)") == std::string::npos);
        CHECK(phrase.find("b)") == std::string::npos);
        CHECK(phrase.find("c)") == std::string::npos);
      }
    }
  }
}

}  // namespace
}  // namespace causalkg
