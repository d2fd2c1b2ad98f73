// From the bundled SCP report's text, extract finds the bundled knowledge
// base's causal claims: at least 80% of its distinct (subject, sign, object)
// once causes and effects are linked to the knowledge base's nodes. The
// expected claims are read from kb/scp-2025.json when the test runs.
#include <catch2/catch.hpp>

#include <set>
#include <tuple>

#include "engine/model/vocabulary.hpp"
#include "extract_support.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;
using Triple3 = std::tuple<std::string, std::string, std::string>;

const std::string kKb = std::string(CAUSALKG_SOURCE_DIR) + "/kb/scp-2025.json";
const std::string kText =
    std::string(CAUSALKG_SOURCE_DIR) + "/kb/sources/scp-2025-02-digitalisering-nl.txt";

// The knowledge base's causal claims: those whose relation has polarity +,
// - or ? (declared in the file, else built in).
std::set<Triple3> CausalClaims(const nlohmann::json& kb) {
  std::map<std::string, std::string> polarity;
  for (const auto& r : kb.value("relations", nlohmann::json::array())) {
    polarity[r["id"].get<std::string>()] =
        r["polarity"].is_string() ? r["polarity"].get<std::string>() : "";
  }
  std::set<Triple3> out;
  for (const auto& c : kb["claims"]) {
    const std::string relation = c["relation"];
    std::string sign;
    if (auto it = polarity.find(relation); it != polarity.end()) {
      sign = it->second;
    } else if (auto builtin = BuiltinPolarity(relation)) {
      sign = PolarityText(*builtin);
    }
    if (sign == "+" || sign == "-" || sign == "?") {
      out.insert({c["subject"].get<std::string>(), sign, c["object"].get<std::string>()});
    }
  }
  return out;
}

TEST_CASE("extract finds at least 80% of the bundled knowledge base's causal claims in its source",
          "[extract][kb]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  auto loaded = RunCausalkg({"--db", db, "--empty", "load", kKb});
  INFO(loaded.err);
  REQUIRE(loaded.exit_code == 0);
  const std::string out = dir.File("candidates.jsonl");
  auto run = RunCausalkg(
      {"--db", db, "extract", kText, "--lang", "nl", "--source", "scp-2025", "-o", out});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);

  const std::string bytes = testing::ReadFile(kText);
  std::set<Triple3> found;
  for (const auto& c : testing::ParseCandidates(testing::ReadFile(out))) {
    testing::CheckVerbatim(bytes, c);
    CHECK(c["source"] == "scp-2025");
    if (c["negated"] == false) {
      found.insert({c["subject"].get<std::string>(), c["sign"].get<std::string>(),
                    c["object"].get<std::string>()});
    }
  }
  const std::set<Triple3> expected = CausalClaims(nlohmann::json::parse(testing::ReadFile(kKb)));
  REQUIRE(expected.size() >= 8);
  std::size_t hits = 0;
  std::string missing;
  for (const Triple3& t : expected) {
    if (found.count(t)) {
      ++hits;
    } else {
      missing += "\n  " + std::get<0>(t) + " " + std::get<1>(t) + " " + std::get<2>(t);
    }
  }
  INFO(hits << " of " << expected.size() << " found; missing:" << missing);
  CHECK(hits * 5 >= expected.size() * 4);
}

TEST_CASE("candidates name the database's nodes where a phrase holds a node's name",
          "[extract][kb]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "load", kKb}).exit_code == 0);
  const std::string text = dir.Write(
      "t.txt",
      "Het rapport stelt dat de digitalisering van de samenleving de sociale samenhang van "
      "buurten verzwakt.\n");
  auto run = RunCausalkg({"--db", db, "extract", text, "--lang", "nl"});
  REQUIRE(run.exit_code == 0);
  const auto candidates = testing::ParseCandidates(run.out);
  REQUIRE(candidates.size() == 1);
  const auto& c = candidates[0];
  // "de digitalisering van de samenleving" holds the label "digitalisering";
  // "de sociale samenhang van buurten" holds "sociale samenhang".
  CHECK(c["subject"] == "digitalisation");
  CHECK(c["subject_linked"] == true);
  CHECK(c["object"] == "social_cohesion");
  CHECK(c["object_linked"] == true);
  CHECK(c["relation"] == "weakens");  // the lexicon's relation, which the store knows as -

  // On an empty database nothing links, and ids are made from the phrases.
  auto empty = RunCausalkg({"--db", dir.File("empty"), "--empty", "extract", text, "--lang", "nl"});
  REQUIRE(empty.exit_code == 0);
  const auto unlinked = testing::ParseCandidates(empty.out);
  REQUIRE(unlinked.size() == 1);
  CHECK(unlinked[0]["subject"] == "digitalisering_van_de_samenleving");
  CHECK(unlinked[0]["subject_linked"] == false);
  CHECK(unlinked[0]["object"] == "sociale_samenhang_van_buurten");
}

TEST_CASE(
    "the report's text, extracted and reviewed into an empty database, rebuilds most of "
    "its knowledge base",
    "[extract][review][kb][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "load", kKb}).exit_code == 0);
  const std::string candidates = dir.File("candidates.jsonl");
  REQUIRE(RunCausalkg({"--db", db, "extract", kText, "--lang", "nl", "--source", "scp-2025", "-o",
                       candidates})
              .exit_code == 0);
  const std::string rebuilt = dir.File("rebuilt");
  auto review = RunCausalkg({"--db", rebuilt, "--empty", "review", "--accept-all", candidates});
  INFO(review.err);
  REQUIRE(review.exit_code == 0);

  // What the rebuilt database holds, asked as a user asks: every causal claim.
  auto match = RunCausalkg(
      {"--db", rebuilt, "query", "MATCH ?a ?r ?b WHERE sign(?r) != 'none'", "--format", "json"});
  INFO(match.err);
  REQUIRE(match.exit_code == 0);
  std::set<Triple3> held;
  const nlohmann::json rows = nlohmann::json::parse(match.out)["rows"];
  for (const auto& row : rows) {
    const std::string relation = row[1];
    const auto polarity = BuiltinPolarity(relation);
    REQUIRE(polarity.has_value());  // the extractor names built-in relations on an empty store
    held.insert({row[0].get<std::string>(), PolarityText(*polarity), row[2].get<std::string>()});
  }
  const std::set<Triple3> expected = CausalClaims(nlohmann::json::parse(testing::ReadFile(kKb)));
  std::size_t hits = 0;
  for (const Triple3& t : expected) hits += held.count(t);
  INFO(hits << " of " << expected.size());
  CHECK(hits * 5 >= expected.size() * 4);

  // Each with its sentence, where it stands in the text, and how it came.
  auto why = RunCausalkg(
      {"--db", rebuilt, "query", "WHY social_inequality social_cohesion", "--format", "json"});
  REQUIRE(why.exit_code == 0);
  const nlohmann::json evidence = nlohmann::json::parse(why.out)["evidence"];
  REQUIRE_FALSE(evidence.empty());
  const std::string text = testing::ReadFile(kText);
  for (const auto& piece : evidence) {
    CHECK(piece["origin"] == "extracted");
    const std::size_t start = piece["start"], end = piece["end"];
    CHECK(text.substr(start, end - start) == piece["quote"]);
  }
}

}  // namespace
}  // namespace causalkg
