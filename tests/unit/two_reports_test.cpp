// The second knowledge base, kb/examples/online-communities.json: every
// quote verbatim in its source texts, and, loaded beside the bundled report,
// the disagreements CONTRADICTIONS finds and WHY explains, through the binary.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using testing::RunCausalkg;

const std::string kExample = CAUSALKG_SOURCE_DIR "/kb/examples/online-communities.json";

TEST_CASE("every quote of the second knowledge base occurs verbatim in its source text",
          "[kb][contradictions]") {
  const std::map<std::string, std::string> texts = {
      {"wikipedia-internet-communities",
       testing::ReadFile(CAUSALKG_SOURCE_DIR
                         "/kb/sources/wikipedia-internet-influences-on-communities-en.txt")},
      {"cotten-2013",
       testing::ReadFile(CAUSALKG_SOURCE_DIR
                         "/kb/sources/cotten-2013-internet-loneliness-abstract-en.txt")}};
  const json document = json::parse(testing::ReadFile(kExample));
  REQUIRE(document["claims"].size() >= 5);
  for (const json& claim : document["claims"]) {
    INFO(claim.dump());
    const std::string source = claim.value("source", "");
    REQUIRE(texts.count(source));
    REQUIRE(texts.at(source).size() > 500);
    const std::string quote = claim.value("quote", "");
    CHECK_FALSE(quote.empty());
    CHECK(texts.at(source).find(quote) != std::string::npos);
  }
  for (const json& source : document["sources"]) {
    CHECK(source.contains("license"));
    CHECK(source.contains("url"));
  }
}

// A database holding the bundled report and the second knowledge base.
class TwoReports {
 public:
  TwoReports() {
    // A new database is seeded with the bundled report.
    auto loaded = RunCausalkg({"--db", db(), "load", kExample});
    INFO(loaded.err);
    REQUIRE(loaded.exit_code == 0);
    CHECK_THAT(loaded.out, Catch::Contains("0 warnings"));
  }
  std::string db() const { return dir_.File("db"); }
  std::string Query(const std::string& statement, const std::string& format = "table") const {
    auto run = RunCausalkg({"--db", db(), "query", statement, "--format", format});
    INFO(statement << "\n" << run.err);
    REQUIRE(run.exit_code == 0);
    return run.out;
  }

 private:
  testing::TempDir dir_;
};

TEST_CASE("beside the report, CONTRADICTIONS finds where the second knowledge base disagrees",
          "[contradictions][binary]") {
  TwoReports store;
  const json all = json::parse(store.Query("CONTRADICTIONS;", "json"));
  CHECK(all["truncated"] == false);
  CHECK(all["capped"] == false);
  CHECK(all["for"].is_null());
  REQUIRE(all["contradictions"].size() == 1);
  const json& pair = all["contradictions"][0];
  CHECK(pair["kind"] == "opposite_signs");
  // The article's + against the report's -, weighed by the weaker side.
  const json& side = pair["side"];
  const json& against = pair["against"];
  CHECK(side["subject"] == "digitalisation");
  CHECK(side["relation"] == "strengthens");
  CHECK(side["object"] == "social_cohesion");
  CHECK(side["sign"] == "+");
  CHECK(side["sources"] == json::array({"wikipedia-internet-communities"}));
  CHECK(side["belief"].get<double>() == Approx(1 - (0.05 + 0.6)).epsilon(1e-9));
  CHECK(against["relation"] == "erodes");
  CHECK(against["sign"] == "-");
  CHECK(against["sources"] == json::array({"scp-2025"}));
  CHECK(against["belief"].get<double>() == Approx(1 - (0.05 + 0.4)).epsilon(1e-9));
  CHECK(pair["strength"] == side["belief"]);
  REQUIRE(against["evidence"].size() == 1);
  CHECK(against["evidence"][0]["quote"] ==
        "De steeds verdergaande digitalisering kan ongelijkheid en individualisering doen "
        "toenemen en de sociale samenhang van de samenleving aantasten");
  CHECK(against["evidence"][0]["stance"] == "supports");
  CHECK_THAT(side["evidence"][0]["quote"].get<std::string>(),
             Catch::StartsWith("it can be said that the social capital of communities has grown"));

  // The same pair about social cohesion; none about loneliness, which only one names.
  CHECK(json::parse(store.Query("CONTRADICTIONS FOR 'sociale samenhang'", "json"))["contradictions"]
            .size() == 1);
  CHECK(
      json::parse(store.Query("CONTRADICTIONS FOR loneliness", "json"))["contradictions"].empty());
  // The report alone contradicts itself nowhere: where both say `?`, or agree, no pair.
  CHECK(json::parse(store.Query("CONTRADICTIONS FOR social_connections", "json"))["contradictions"]
            .empty());

  // As a table: both sides, their sources and quotes.
  const std::string table = store.Query("CONTRADICTIONS");
  CHECK_THAT(table, Catch::Contains("1. opposite signs, weaker side's belief 0.35\n"));
  CHECK_THAT(table,
             Catch::Contains("   digitalisation -[strengthens +]-> social cohesion  belief 0.35\n"
                             "     wikipedia-internet-communities, can, confidence 0.4\n"));
  CHECK_THAT(table, Catch::Contains("   digitalisation -[erodes -]-> social cohesion  belief 0.55\n"
                                    "     scp-2025, can, confidence 0.6\n"));
  CHECK_THAT(table, Catch::EndsWith("\n1 contradiction\n"));
}

TEST_CASE("WHY shows both sides of the disagreement, each with its sources and belief",
          "[contradictions][binary]") {
  TwoReports store;
  const std::string report = store.Query("WHY digitalisation erodes social_cohesion");
  CHECK_THAT(report, Catch::StartsWith("digitalisation -[erodes]-> social cohesion  belief 0.55\n"
                                       "  scp-2025, can, confidence 0.6\n"));
  const std::string article = store.Query("WHY digitalisation strengthens social_cohesion");
  CHECK_THAT(article,
             Catch::StartsWith("digitalisation -[strengthens]-> social cohesion  belief 0.35\n"
                               "  wikipedia-internet-communities, can, confidence 0.4\n"));
  // Where the two agree (`?`), two sources raise the claim's belief: 1 - 0.55 * 0.45.
  const json influences =
      json::parse(store.Query("WHY digitalisation influences social_cohesion", "json"));
  REQUIRE(influences["claims"].size() == 1);
  CHECK(influences["claims"][0]["pieces"] == 2);
  CHECK(influences["claims"][0]["belief"].get<double>() == Approx(0.7525).epsilon(1e-9));
  CHECK(influences["claims"][0]["refute"] == 0.0);
  // A hedge without a confidence, and a second source: 1 - 0.55 * (0.05 + 0.475).
  const json connections =
      json::parse(store.Query("WHY digitalisation strengthens social_connections", "json"));
  CHECK(connections["belief"].get<double>() == Approx(0.71125).epsilon(1e-9));
}

TEST_CASE("CONTRADICTIONS CHAINS pairs the article's chain with each of the report's",
          "[contradictions][binary]") {
  TwoReports store;
  const json chains = json::parse(
      store.Query("CONTRADICTIONS CHAINS FROM digitalisation TO social_cohesion", "json"));
  CHECK(chains["from"] == "digitalisation");
  CHECK(chains["to"] == "social_cohesion");
  CHECK(chains["chains_complete"] == true);
  REQUIRE(chains["contradictions"].size() == 3);
  // The weaker chain is the article's (0.35) each time; then by the report's chain.
  const double report[] = {0.87 * 0.75, 0.55, 0.9372 * 0.55};
  const char* via[] = {"social_inequality", "", "individualisation"};
  for (int i = 0; i < 3; ++i) {
    INFO(i);
    const json& pair = chains["contradictions"][i];
    CHECK(pair["kind"] == "opposite_chains");
    CHECK(pair["side"]["chain"]["sign"] == "+");
    CHECK(pair["side"]["belief"].get<double>() == Approx(0.35).epsilon(1e-9));
    CHECK(pair["against"]["chain"]["sign"] == "-");
    CHECK(pair["against"]["belief"].get<double>() == Approx(report[i]).epsilon(1e-9));
    const json& nodes = pair["against"]["chain"]["nodes"];
    CHECK(nodes.size() == (via[i][0] ? 3u : 2u));
    if (via[i][0]) CHECK(nodes[1] == via[i]);
    double product = 1;
    for (const json& step : pair["against"]["step_beliefs"]) product *= step.get<double>();
    CHECK(product == Approx(report[i]).epsilon(1e-9));
  }
  // Only the report: no chain of sign +, so no pair.
  testing::TempDir dir;
  auto alone = RunCausalkg({"--db", dir.File("db"), "query",
                            "CONTRADICTIONS CHAINS FROM digitalisation TO social_cohesion"});
  REQUIRE(alone.exit_code == 0);
  CHECK(alone.out ==
        "0 pairs of chains of opposite net sign from digitalisation to social cohesion\n");
}

TEST_CASE("CONTRADICTIONS draws as DOT that Graphviz reads, and EXPLAIN runs nothing",
          "[contradictions][binary]") {
  TwoReports store;
  testing::TempDir dir;
  for (const std::string statement :
       {"CONTRADICTIONS", "CONTRADICTIONS CHAINS FROM digitalisation TO social_cohesion"}) {
    INFO(statement);
    const std::string dot = store.Query(statement, "dot");
    const std::string in = dir.Write("graph.dot", dot), out = dir.File("graph.svg");
    REQUIRE(std::system(("dot -Tsvg -o '" + out + "' '" + in + "'").c_str()) == 0);
    CHECK_THAT(testing::ReadFile(out), Catch::Contains("<svg"));
  }
  const std::string plan = store.Query("EXPLAIN CONTRADICTIONS FOR digitalisering VIA erodes");
  CHECK_THAT(plan, Catch::Contains("the claims of digitalisation (as subject or object)"));
  CHECK_THAT(plan, Catch::Contains("causal edges via erodes"));
  const std::string chain_plan = store.Query(
      "EXPLAIN CONTRADICTIONS CHAINS FROM digitalisering TO 'sociale samenhang' DEPTH 3");
  CHECK_THAT(chain_plan,
             Catch::Contains("of simple paths from digitalisation to social_cohesion depth ≤ 3"));
}

}  // namespace
}  // namespace causalkg
