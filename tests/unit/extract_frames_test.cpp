// Denials and questions around a clause: the lexicon's frames (kinds denial
// and question), read alike in both languages and extended by a user's file.
#include <catch2/catch.hpp>

#include "extract_support.hpp"
#include "kb/extract/lexicon.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using kb::extract::EntryKind;
using kb::extract::Language;
using testing::RunCausalkg;

TEST_CASE("both bundled lexicons hold denial and question frames", "[extract]") {
  for (Language language : {Language::kEnglish, Language::kDutch}) {
    kb::extract::Lexicon lexicon(language);
    REQUIRE(lexicon.Add(kb::extract::BundledLexicon(language), "bundled").ok());
    int denials = 0, negated = 0, questions = 0;
    for (const auto& entry : lexicon.entries()) {
      denials += entry.kind == EntryKind::kDenial && !entry.negated;
      negated += entry.kind == EntryKind::kDenial && entry.negated;
      questions += entry.kind == EntryKind::kQuestion;
    }
    CHECK(negated > 0);
    CHECK(questions > 0);
    CHECK(denials > 0);
  }
}

TEST_CASE("a denial's value is empty or negated", "[extract]") {
  kb::extract::Lexicon lexicon(Language::kEnglish);
  const Status s = lexicon.Add("denial\trefute/refutes that\tclause\n", "mine.en.tsv");
  REQUIRE_FALSE(s.ok());
  CHECK(s.kind() == ErrorKind::kLoad);
  CHECK(s.line() == 1);
  CHECK_THAT(s.message(), Catch::Contains("the value of a denial is empty or negated"));
  CHECK(lexicon.entries().empty());
  CHECK(lexicon.Add("question\tlook/looks into how\tnegated\n", "mine.en.tsv").kind() ==
        ErrorKind::kLoad);
}

TEST_CASE("a user's lexicon adds denial and question frames", "[extract][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string english = dir.Write("frames.en.tsv",
                                        "question\tlook/looks/looked into how\n"
                                        "denial\tcontest/contests/contested the view that\n");
  const std::string dutch = dir.Write("kaders.nl.tsv", "denial\tweerlegt/weerlegde dat\n");
  const std::string text =
      dir.Write("t.txt",
                "The study looks into how higher fares reduced ridership.\n\n"
                "The minister contests the view that the levy raised prices.\n\n"
                "De studie weerlegt dat de subsidie de productiviteit verhoogt.\n");
  auto without = RunCausalkg({"--db", db, "--empty", "extract", text});
  INFO(without.err);
  REQUIRE(without.exit_code == 0);
  const auto before = testing::ParseCandidates(without.out);
  REQUIRE(before.size() == 3);
  for (const auto& c : before) CHECK(c["negated"] == false);
  CHECK(before[0]["cause"] == "higher fares");

  auto with = RunCausalkg(
      {"--db", db, "--empty", "extract", text, "--lexicon", english, "--lexicon", dutch});
  INFO(with.err);
  REQUIRE(with.exit_code == 0);
  const auto after = testing::ParseCandidates(with.out);
  REQUIRE(after.size() == 2);  // the question's claim is gone
  CHECK(after[0]["cause"] == "the levy");
  CHECK(after[0]["effect"] == "prices");
  CHECK(after[0]["negated"] == true);
  CHECK(after[1]["cause"] == "de subsidie");
  CHECK(after[1]["effect"] == "de productiviteit");
  CHECK(after[1]["negated"] == true);
}

}  // namespace
}  // namespace causalkg
