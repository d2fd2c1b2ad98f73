// Evidence in the answers as `causalkg query --format json` writes them, on
// the bundled report: each step's evidence object, each chain's belief, each
// row's step and belief, against docs/belief.md's worked example.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;

Approx Near(double expected) { return Approx(expected).epsilon(1e-9).margin(0); }

// A database holding the bundled report, and statements run on it.
class Report {
 public:
  Report() : db_(dir_.File("db")) {}
  json Json(const std::string& statement) {
    const auto run = testing::RunCausalkg({"--db", db_, "query", statement, "--format", "json"});
    INFO(statement << "\n" << run.err);
    REQUIRE(run.exit_code == 0);
    return json::parse(run.out);
  }

 private:
  testing::TempDir dir_;
  std::string db_;
};

// The path of `paths` whose nodes are `nodes`.
const json& PathOf(const json& paths, const std::vector<std::string>& nodes) {
  for (const json& p : paths) {
    if (p["nodes"] == json(nodes)) return p;
  }
  FAIL("no path " << json(nodes).dump());
  return paths;
}

TEST_CASE("JSON gives each step its evidence and each chain its belief", "[answers][cli]") {
  Report report;
  const json paths = report.Json("PATHS FROM digitalisation TO social_cohesion")["paths"];
  REQUIRE(paths.size() == 4);
  const json& two = PathOf(paths, {"digitalisation", "individualisation", "social_cohesion"});
  // The existing fields stay as they were.
  CHECK(two["steps"][0]["relation"] == "strengthens");
  CHECK(two["steps"][0]["sign"] == "+");
  CHECK(two["sign"] == "-");
  // Four pieces of scp-2025, three "can" 0.6 and one "is" 0.8: asserted;
  // 1 - (0.05 + 0.4 * 0.4 * 0.4 * 0.2) = 0.9372.
  const json& first = two["steps"][0]["evidence"];
  CHECK(first["pieces"] == 4);
  CHECK(first["refuting"] == 0);
  CHECK(first["sources"] == json({"scp-2025"}));
  CHECK(first["modality"].is_null());
  CHECK(first["confidence"].get<double>() == Near(0.8));
  CHECK(first["belief"].get<double>() == Near(0.9372));
  // One "can" piece of 0.6: 1 - (0.05 + 0.4) = 0.55.
  const json& second = two["steps"][1]["evidence"];
  CHECK(second["pieces"] == 1);
  CHECK(second["modality"] == "can");
  CHECK(second["confidence"].get<double>() == Near(0.6));
  CHECK(second["belief"].get<double>() == Near(0.55));
  CHECK(two["belief"].get<double>() == Near(0.9372 * 0.55));
  for (const json& p : paths) {
    double product = 1;
    for (const json& step : p["steps"]) product *= step["evidence"]["belief"].get<double>();
    CHECK(p["belief"].get<double>() == Near(product));
  }
}

TEST_CASE("JSON gives each node of EFFECTS and CAUSES its step and its chain's belief",
          "[answers][cli]") {
  Report report;
  std::map<std::string, json> effects;
  const json reached = report.Json("EFFECTS OF digitalisation");
  for (const json& n : reached["nodes"]) effects[n["id"].get<std::string>()] = n;
  // Two claims lead to social cohesion in one step: erodes (0.55) over influences (0.45).
  const json& cohesion = effects.at("social_cohesion");
  CHECK(cohesion["signs"] == json({"-", "?"}));
  CHECK(cohesion["step"]["subject"] == "digitalisation");
  CHECK(cohesion["step"]["relation"] == "erodes");
  CHECK(cohesion["step"]["object"] == "social_cohesion");
  CHECK(cohesion["step"]["sign"] == "-");
  CHECK(cohesion["step"]["evidence"]["modality"] == "can");
  CHECK(cohesion["belief"].get<double>() == Near(0.55));
  // Two steps through individualisation: 0.9372 * 0.55.
  const json& connectedness = effects.at("connectedness");
  CHECK(connectedness["distance"] == 2);
  CHECK(connectedness["step"]["subject"] == "individualisation");
  CHECK(connectedness["belief"].get<double>() == Near(0.9372 * 0.55));

  std::map<std::string, json> causes;
  const json causing = report.Json("CAUSES OF social_cohesion DEPTH 1");
  for (const json& n : causing["nodes"]) causes[n["id"].get<std::string>()] = n;
  // Against the arrows the step is the cause's own claim.
  const json& inequality = causes.at("social_inequality");
  CHECK(inequality["step"]["subject"] == "social_inequality");
  CHECK(inequality["step"]["object"] == "social_cohesion");
  CHECK(inequality["step"]["evidence"]["modality"].is_null());
  CHECK(inequality["belief"].get<double>() == Near(0.75));
}

TEST_CASE("JSON gives each lever its claim's evidence and each blind spot its chain's belief",
          "[answers][cli]") {
  Report report;
  std::map<std::string, json> levers;
  const json found = report.Json("LEVERS FOR social_cohesion");
  for (const json& l : found["levers"]) levers[l["target"].get<std::string>()] = l;
  // Two "is" pieces of 0.8: 1 - (0.05 + 0.2 * 0.2) = 0.91; individualisation's
  // chain into social cohesion, "can" 0.6: 0.55.
  const json& lever = levers.at("individualisation");
  CHECK(lever["evidence"]["pieces"] == 2);
  CHECK(lever["evidence"]["belief"].get<double>() == Near(0.91));
  CHECK(lever["chain_belief"].get<double>() == Near(0.55));
  CHECK(lever["belief"].get<double>() == Near(0.91 * 0.55));

  std::map<std::string, json> spots;
  const json blind = report.Json("BLINDSPOTS FOR social_cohesion");
  for (const json& n : blind["nodes"]) spots[n["id"].get<std::string>()] = n;
  CHECK(spots.at("social_inequality")["belief"].get<double>() == Near(0.75));
  CHECK(spots.at("individualisation")["belief"].get<double>() == Near(0.55));
  CHECK(spots.at("individualisation")["recommendations"] ==
        json({"broader_digitalisation_policy"}));
}

TEST_CASE("WHY's chain carries the beliefs its claims show", "[answers][cli]") {
  Report report;
  const json why = report.Json("WHY digitalisation connectedness");
  const json& steps = why["chain"]["steps"];
  REQUIRE(steps.size() == why["claims"].size());
  for (std::size_t i = 0; i < steps.size(); ++i)
    CHECK(steps[i]["evidence"]["belief"] == why["claims"][i]["belief"]);
  CHECK(why["chain"]["belief"] == why["belief"]);
}

}  // namespace
}  // namespace causalkg
