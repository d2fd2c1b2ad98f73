// A review's accept rates recalibrate the extractor: `causalkg review
// --calibrate` writes each rule's earned confidence, and `causalkg extract
// --calibration FILE` proposes that rule's candidates at it, before hedges
// and negation lower it, leaving the other rules as they were.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include "extract_support.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

const std::string kText =
    std::string(CAUSALKG_SOURCE_DIR) + "/kb/sources/scp-2025-02-digitalisering-nl.txt";

std::vector<nlohmann::json> Extract(const std::string& db, const std::string& out,
                                    std::vector<std::string> more = {}) {
  std::vector<std::string> args{"--db", db, "extract", kText, "--lang", "nl", "-o", out};
  args.insert(args.end(), more.begin(), more.end());
  auto run = RunCausalkg(args);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return testing::ParseCandidates(testing::ReadFile(out));
}

void Write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

TEST_CASE("extract --calibration proposes a rule's candidates at the confidence reviews earned",
          "[extract][review][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const auto before = Extract(db, dir.File("before.jsonl"));
  REQUIRE_FALSE(before.empty());
  const std::string rule = before.front()["rule"];

  // A calibration as `causalkg review --calibrate` writes it, which says the
  // first candidate's rule was always rejected.
  const std::string calibration = dir.File("c.json");
  Write(calibration, R"({"format": "causalkg-calibration/1", "candidates": "x.jsonl",
    "rules": {")" + rule +
                         R"(": {"candidates": 4, "reviewed": 4, "accepted": 0,
    "accept_rate": 0.0, "confidence": 0.0}}})");
  const auto after = Extract(db, dir.File("after.jsonl"), {"--calibration", calibration});
  REQUIRE(after.size() == before.size());
  std::size_t recalibrated = 0;
  for (std::size_t i = 0; i < after.size(); ++i) {
    INFO(testing::Describe(after[i]));
    CHECK(after[i]["cause"] == before[i]["cause"]);
    if (after[i]["rule"] == rule) {
      CHECK(after[i]["confidence"] == 0.0);
      ++recalibrated;
    } else {
      CHECK(after[i]["confidence"] == before[i]["confidence"]);
    }
  }
  CHECK(recalibrated > 0);
}

TEST_CASE("the calibration written by a review is one extract reads", "[extract][review][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string candidates = dir.File("candidates.jsonl");
  const auto before = Extract(db, candidates);
  auto accepted = RunCausalkg({"--db", db, "review", "--accept-all", candidates});
  INFO(accepted.err);
  REQUIRE(accepted.exit_code == 0);
  const std::string calibration = dir.File("rates.json");
  auto calibrated = RunCausalkg({"review", "--calibrate", candidates, "-o", calibration});
  INFO(calibrated.err);
  REQUIRE(calibrated.exit_code == 0);
  const auto after = Extract(db, dir.File("after.jsonl"), {"--calibration", calibration});
  CHECK(after.size() == before.size());
}

TEST_CASE("extract refuses a calibration file that is not one, naming it", "[extract][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string bad = dir.File("bad.json");
  for (const std::string& text :
       {std::string("not json"), std::string(R"({"rules": {}})"),
        std::string(
            R"({"format": "causalkg-calibration/1", "rules": {"verb": {"confidence": 2}}})")}) {
    Write(bad, text);
    auto run = RunCausalkg(
        {"--db", db, "extract", kText, "--calibration", bad, "-o", dir.File("out.jsonl")});
    INFO(text);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains(bad));
    CHECK_FALSE(std::filesystem::exists(dir.File("out.jsonl")));
  }
}

}  // namespace
}  // namespace causalkg
