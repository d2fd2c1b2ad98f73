// Where a reader meets the step budget of net signs: PROFILE of a statement
// whose signs ran out of it says the budget and how many loops were past
// it, and csv, tsv and markdown rows name beside each partial row the loops
// its signs depend on. Through the binary, as a user runs it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;

// o -> n1; n1..n5 each amplify every other, but n5 weakens n1: a loop
// cluster whose net signs take more than a few steps to settle, and a node
// `side` on no loop.
std::string DenseLoops() {
  json claims = json::array();
  auto claim = [&](const std::string& s, const std::string& r, const std::string& o) {
    claims.push_back({{"subject", s}, {"relation", r}, {"object", o}});
  };
  claim("o", "amplifies", "n1");
  claim("o", "amplifies", "side");
  claim("n5", "weakens", "n1");
  for (int k = 1; k <= 5; ++k) {
    for (int m = 1; m <= 5; ++m) {
      if (k != m && !(k == 5 && m == 1))
        claim("n" + std::to_string(k), "amplifies", "n" + std::to_string(m));
    }
  }
  return json{{"claims", claims}}.dump();
}

struct Loaded {
  testing::TempDir dir;
  std::string db = dir.File("db");
  Loaded() {
    const std::string file = dir.Write("claims.json", DenseLoops());
    REQUIRE(testing::RunCausalkg({"--db", db, "--empty", "load", file}).exit_code == 0);
  }
  testing::RunResult Query(const std::string& statement, const std::string& format,
                           const std::string& budget = "") const {
    std::vector<std::string> args{"--db", db, "query", statement, "--format", format};
    if (!budget.empty()) args.insert(args.end(), {"--sign-budget", budget});
    testing::RunResult run = testing::RunCausalkg(args);
    INFO(statement << "\n" << run.err);
    REQUIRE(run.exit_code == 0);
    return run;
  }
  // The loop the budget could not finish, by its node's id.
  std::string Named(const std::string& statement, const std::string& budget) const {
    const json answer = json::parse(Query(statement, "json", budget).out);
    REQUIRE(answer["incomplete_components"].size() == 1);
    return answer["incomplete_components"][0]["node"];
  }
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("PROFILE says the step budget and the loops past it when net signs ran out of it",
          "[sign_budget]") {
  Loaded g;
  for (const std::string statement :
       {"EFFECTS OF o DEPTH 12", "CAUSES OF n3 DEPTH 12", "BLINDSPOTS FOR n3 DEPTH 12"}) {
    INFO(statement);
    const std::string starved = g.Query("PROFILE " + statement, "table", "10").out;
    CHECK_THAT(starved, Catch::Contains("strong components 1, largest component (nodes) 5, steps "
                                        "enumerated inside them "));
    CHECK_THAT(starved, Catch::Contains(", step budget 10, components past the budget 1"));
    // Enough budget: the counts of the search, and no word of a budget.
    const std::string settled = g.Query("PROFILE " + statement, "table").out;
    CHECK_THAT(settled, Catch::Contains("largest component (nodes) 5, steps enumerated"));
    CHECK_THAT(settled, !Catch::Contains(", step budget "));
    CHECK_THAT(settled, !Catch::Contains("components past the budget"));
  }
}

TEST_CASE("csv, tsv and markdown rows name the loops each partial row's net signs depend on",
          "[sign_budget]") {
  Loaded g;
  const std::string statement = "EFFECTS OF o DEPTH 12";
  const std::string named = g.Named(statement, "10");
  const std::vector<std::string> csv = Lines(g.Query(statement + " LIMIT 100", "csv", "10").out);
  REQUIRE(csv.size() == 7);  // the header, n1..n5, side
  CHECK(csv[0] == "effect,distance,net sign,belief,step,signs depend on");
  std::size_t partial = 0;
  for (std::size_t i = 1; i < csv.size(); ++i) {
    INFO(csv[i]);
    if (csv[i].rfind("side,", 0) == 0) {
      CHECK(csv[i].back() == ',');  // whole signs: the cell is empty
    } else {
      CHECK_THAT(csv[i], Catch::EndsWith("," + named));
      ++partial;
    }
  }
  CHECK(partial == 5);
  const std::vector<std::string> tsv = Lines(g.Query(statement, "tsv", "10").out);
  CHECK_THAT(tsv[0], Catch::EndsWith("\tsigns depend on"));
  const std::string markdown = g.Query(statement, "markdown", "10").out;
  CHECK_THAT(markdown, Catch::Contains("| signs depend on |"));
  std::size_t seen = 0;
  for (const std::string& line : Lines(markdown)) {
    if (line.rfind("| n2 ", 0) == 0) {
      CHECK_THAT(line, Catch::Matches(".*\\| " + named + " *\\|"));
      ++seen;
    } else if (line.rfind("| side ", 0) == 0) {
      CHECK_THAT(line, Catch::Matches(".*\\| *\\|"));  // whole signs: the last cell empty
      ++seen;
    }
  }
  CHECK(seen == 2);
  // Whole signs: the rows as they always were, with no such column.
  CHECK(Lines(g.Query(statement, "csv").out)[0] == "effect,distance,net sign,belief,step");
  // The note beside the rows names the command line's way to a larger budget.
  CHECK_THAT(g.Query(statement, "csv", "10").err,
             Catch::Contains("as does a larger step budget (causalkg query --sign-budget)"));
}

}  // namespace
}  // namespace causalkg
