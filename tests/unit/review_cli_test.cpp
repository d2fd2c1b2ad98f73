// `causalkg review` through the real binary, as a script runs it: accept
// all, the rates and the calibration file, and what it refuses.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using testing::RunCausalkg;

const std::string kData = std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/review/";

// The words of the line of `table` that starts with `first`.
std::vector<std::string> RowOf(const std::string& table, const std::string& first) {
  std::istringstream lines(table);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind(first + " ", 0) != 0) continue;
    std::istringstream words(line);
    std::vector<std::string> row;
    std::string word;
    while (words >> word) row.push_back(word);
    return row;
  }
  return {};
}

struct ReviewFixture {
  testing::TempDir dir;
  std::string db = dir.File("db");
  std::string candidates =
      dir.Write("transport.jsonl", testing::ReadFile(kData + "transport-candidates.jsonl"));

  testing::RunResult Run(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), {"--db", db});
    return RunCausalkg(args, input);
  }
  std::string Stats() {
    auto stats = Run({"stats", "--format", "json"});
    REQUIRE(stats.exit_code == 0);
    return stats.out;
  }
};

TEST_CASE("causalkg review --accept-all loads every candidate its text does not deny",
          "[review][cli]") {
  ReviewFixture f;
  auto run = f.Run({"--empty", "review", "--accept-all", f.candidates});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK_THAT(run.out, Catch::StartsWith(
                          "4 candidates: 3 accepted, 1 rejected, 0 skipped, 0 not reviewed yet\n"
                          "Loaded 3 claims: 3 new edges, 6 new nodes, 3 pieces of evidence added"));
  // candidates, reviewed, accepted, edited, rejected, accept rate, confidence: the
  // negated candidate is no fault of the rule.
  CHECK(RowOf(run.out, "en.verb.reduce") ==
        std::vector<std::string>{"en.verb.reduce", "2", "1", "1", "0", "0", "1.00", "0.67"});

  auto why = f.Run({"query", "WHY fuel_prices increases public_transport_use"});
  CHECK(why.exit_code == 0);
  CHECK_THAT(why.out, Catch::Contains("transport-note, confidence 0.7, extracted\n"
                                      "  @26-82\n"
                                      "  \"Rising fuel prices increase the use of public "
                                      "transport.\"\n1 piece of evidence"));
  // The link the text denies is not in the database; a new node has the
  // phrase of the text as its label.
  auto denied = f.Run({"query", "COUNT MATCH congestion_charges ?r ?o"});
  CHECK(denied.exit_code == 1);  // no such node
  auto labelled = f.Run({"--lang", "id", "query", "MATCH 'better cycle lanes' ?r ?o RETURN ?o"});
  CHECK(labelled.exit_code == 0);
  CHECK_THAT(labelled.out, Catch::Contains("car_traffic"));

  // The log holds each decision and the load; a second run has nothing to do.
  const std::string log = testing::ReadFile(f.dir.File("transport.review.jsonl"));
  CHECK(std::count(log.begin(), log.end(), '\n') == 5);
  CHECK_THAT(log, Catch::Contains("\"reason\":\"negated\""));
  const std::string stats = f.Stats();
  auto again = f.Run({"review", "--accept-all", f.candidates});
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::Contains("No accepted claims to load."));
  CHECK(f.Stats() == stats);
}

TEST_CASE("causalkg review asks at a terminal only, and says how to run it from a script",
          "[review][cli]") {
  ReviewFixture f;
  auto run = f.Run({"--empty", "review", f.candidates});
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::StartsWith("Usage error: causalkg review asks about each candidate, "
                                        "and needs a terminal to ask at\nhint: give --accept-all"));
  CHECK_FALSE(std::filesystem::exists(f.dir.File("transport.review.jsonl")));
  // .review in a piped script is refused the same way, and runs nothing after it.
  auto script = f.Run({}, ".review " + f.candidates + "\nCOUNT MATCH ?s ?r ?o;\n");
  CHECK(script.exit_code == 1);
  CHECK_THAT(script.err, Catch::StartsWith("Error: .review asks about each candidate"));
  CHECK(script.out.empty());
}

TEST_CASE("a bad candidates file loads nothing and says which line is wrong", "[review][cli]") {
  ReviewFixture f;
  const std::string before = f.Stats();
  const std::string good = testing::ReadFile(f.candidates);
  const std::string bad =
      f.dir.Write("bad.jsonl", good.substr(0, good.find('\n') + 1) + "{\"cause\": \"rain\"}\n");
  auto run = f.Run({"review", "--accept-all", bad});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::StartsWith("Load error: " + bad +
                                        ", line 2: field 'effect' is missing; a candidate needs"));
  CHECK_THAT(run.err, Catch::Contains("Nothing was loaded"));
  CHECK(f.Stats() == before);
  CHECK_FALSE(std::filesystem::exists(f.dir.File("bad.review.jsonl")));

  const std::string binary = f.dir.Write("binary.jsonl", std::string("\x7f"
                                                                     "ELF\x02\x01\0\0",
                                                                     8));
  auto garbage = f.Run({"review", "--accept-all", binary});
  CHECK(garbage.exit_code == 1);
  CHECK_THAT(garbage.err, Catch::StartsWith("Load error: " + binary + ", line 1, column 1: "));
  auto missing = f.Run({"review", "--accept-all", f.dir.File("none.jsonl")});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err,
             Catch::StartsWith("Load error: " + f.dir.File("none.jsonl") + ": no such file"));
  CHECK(f.Stats() == before);
}

TEST_CASE("an accepted claim the database cannot hold fails the whole load", "[review][cli]") {
  ReviewFixture f;
  const std::string before = f.Stats();
  std::string text = testing::ReadFile(f.candidates);
  json last = json::parse(text.substr(text.rfind('\n', text.size() - 2) + 1));
  last["object"] = "ridership\u0007";  // a control character: no id holds one
  text += last.dump() + "\n";
  const std::string path = f.dir.Write("control.jsonl", text);
  auto run = f.Run({"review", "--accept-all", path});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::StartsWith("Load error: " + path + ", line 5: field 'object'"));
  CHECK_THAT(run.err, Catch::Contains("Nothing was loaded; the database and the review log are "
                                      "as they were."));
  CHECK(f.Stats() == before);
  CHECK_FALSE(std::filesystem::exists(f.dir.File("control.review.jsonl")));
}

TEST_CASE("causalkg review --calibrate writes each rule's accept rate for the extractor",
          "[review][cli]") {
  ReviewFixture f;
  // Before any review: every rule at the confidence of no evidence, and
  // nothing decided by reading the rates.
  auto first = f.Run({"review", "--calibrate", f.candidates, "-o", f.dir.File("first.json")});
  REQUIRE(first.exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(f.dir.File("transport.review.jsonl")));
  CHECK_FALSE(std::filesystem::exists(f.dir.path() + "/db"));  // no database is opened
  const json unreviewed = json::parse(testing::ReadFile(f.dir.File("first.json")));
  CHECK(unreviewed["rules"]["en.verb.increase"]["reviewed"] == 0);
  CHECK(unreviewed["rules"]["en.verb.increase"]["confidence"] == 0.5);

  REQUIRE(f.Run({"--empty", "review", "--accept-all", f.candidates}).exit_code == 0);
  auto calibrate = f.Run({"review", "--calibrate", f.candidates, "-o", f.dir.File("cal.json")});
  INFO(calibrate.err);
  REQUIRE(calibrate.exit_code == 0);
  CHECK_THAT(calibrate.out, Catch::Contains("wrote " + f.dir.File("cal.json")));
  const json calibration = json::parse(testing::ReadFile(f.dir.File("cal.json")));
  CHECK(calibration["format"] == "causalkg-calibration/1");
  CHECK(calibration["candidates"] == f.candidates);
  const json& increase = calibration["rules"]["en.verb.increase"];
  CHECK(increase["reviewed"] == 1);
  CHECK(increase["accepted"] == 1);
  CHECK(increase["accept_rate"] == 1.0);
  CHECK(increase["confidence"] == Approx(0.667));
  const json& reduce = calibration["rules"]["en.verb.reduce"];
  CHECK(reduce["candidates"] == 2);
  CHECK(reduce["reasons"]["negated"] == 1);
  // Beside the candidates when no file is named.
  CHECK_FALSE(std::filesystem::exists(f.dir.File("transport.calibration.json")));
  auto beside = f.Run({"review", "--calibrate", f.candidates});
  CHECK(beside.exit_code == 0);
  CHECK(std::filesystem::exists(f.dir.File("transport.calibration.json")));
}

TEST_CASE("odd candidates load with a warning each, ten of them shown", "[review][cli]") {
  ReviewFixture f;
  std::string text;
  for (int i = 0; i < 12; ++i) {
    // Offsets that span more than the quote: the extractor's slip, not the reviewer's.
    const json c = {{"cause", "Rain"},
                    {"effect", "floods"},
                    {"sign", "+"},
                    {"quote", "Rain " + std::to_string(i) + " causes floods."},
                    {"start", 100 * i},
                    {"end", 100 * i + 99},
                    {"subject", "rain"},
                    {"relation", "causes"},
                    {"object", "flood_" + std::to_string(i)}};
    text += c.dump() + "\n";
  }
  const std::string path = f.dir.Write("odd.jsonl", text);
  auto run = f.Run({"--empty", "review", "--accept-all", path});
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.err, Catch::StartsWith("warning: " + path +
                                        ", line 1: the quote is 21 bytes, but "
                                        "start..end spans 99; its offsets may not point at it\n"));
  CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 11);
  CHECK_THAT(run.err, Catch::EndsWith("warning: and 2 more like these\n"));
  CHECK_THAT(run.out, Catch::Contains("Loaded 12 claims"));
}

// The store keeps where in its source an accepted quote stands and that it
// was extracted (the claims JSON's "start", "end" and "origin").
TEST_CASE("WHY shows an accepted claim's evidence as extracted, with its offsets",
          "[evidence][review][cli]") {
  ReviewFixture f;
  REQUIRE(f.Run({"--empty", "review", "--accept-all", f.candidates}).exit_code == 0);
  auto why = f.Run({"query", "WHY fuel_prices increases public_transport_use", "--format", "json"});
  REQUIRE(why.exit_code == 0);
  const json evidence = json::parse(why.out)["evidence"];
  REQUIRE(evidence.size() == 1);
  CHECK(evidence[0]["origin"] == "extracted");
  CHECK(evidence[0]["start"] == 26);
  CHECK(evidence[0]["end"] == 82);
  const std::string text = testing::ReadFile(kData + "transport.txt");
  CHECK(text.substr(26, 82 - 26) == evidence[0]["quote"]);
  // And the table says so too.
  auto table = f.Run({"query", "WHY fuel_prices increases public_transport_use"});
  CHECK_THAT(table.out, Catch::Contains("transport-note, confidence 0.7, extracted\n  @26-82\n"));
}

}  // namespace
}  // namespace causalkg
