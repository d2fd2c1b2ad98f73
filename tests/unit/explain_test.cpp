// EXPLAIN shows the plan of a statement, a tree of operators named as a
// person reads them; PROFILE runs the same plan and adds what each operator
// counted.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "cli/statement_runner.hpp"
#include "engine/exec/executor.hpp"
#include "grammar/parse.hpp"
#include "kb/ingest/bundled.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

std::string Run(Store& store, const std::string& statement) {
  std::ostringstream out, err;
  cli::StatementRunner runner(store, out, err);
  INFO(err.str());
  REQUIRE(runner.Run(statement));
  return out.str();
}

QueryResult Execute(Store& store, const std::string& text) {
  const grammar::ParseResult parsed = grammar::Parse(text);
  REQUIRE(!parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  Executor executor(store, {});
  auto result = executor.Execute(parsed.statements.front());
  INFO((result.ok() ? std::string() : result.status().ToString()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

// The nodes of `node`'s tree in pre-order, as "operation detail".
void Flatten(const PlanNode& node, std::vector<const PlanNode*>& out) {
  out.push_back(&node);
  for (const PlanNode& child : node.children) Flatten(child, out);
}

std::vector<const PlanNode*> Scans(const PlanNode& root) {
  std::vector<const PlanNode*> all, scans;
  Flatten(root, all);
  for (const PlanNode* n : all) {
    if (n->operation == "scan") scans.push_back(n);
  }
  return scans;
}

std::uint64_t Count(Store& store, const std::string& match) {
  return std::get<MatchResult>(Execute(store, "COUNT " + match).body).count;
}

TEST_CASE("EXPLAIN shows the join order of a MATCH by names, without running it", "[explain]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());
  const std::string plan = Run(*db.store, "EXPLAIN MATCH ?a ?r ?b, ?p addresses ?a, ?p is_a lever");
  // The pattern with two constants goes first, whatever the order typed;
  // then the one that shares ?p with it, then the one that shares ?a.
  const auto lever = plan.find("scan (?p, is_a, lever)"),
             addresses = plan.find("scan (?p, addresses, ?a)"),
             all = plan.find("scan (?a, ?r, ?b) ~" +
                             std::to_string(Count(*db.store, "MATCH ?a ?r ?b")) + " triples");
  INFO(plan);
  REQUIRE(lever != std::string::npos);
  REQUIRE(addresses != std::string::npos);
  REQUIRE(all != std::string::npos);
  CHECK(lever < addresses);
  CHECK(addresses < all);
  CHECK_THAT(plan, Catch::Contains("index join on ?p"));
  CHECK_THAT(plan, Catch::Contains("index join on ?a"));
  CHECK_THAT(plan, Catch::StartsWith("return ?a, ?r, ?b, ?p\n  limit 1000 rows\n"));
  CHECK_THAT(plan, !Catch::Contains("rows "));  // nothing ran, so nothing was counted
  CHECK_THAT(plan, !Catch::Contains("#"));
}

TEST_CASE("PROFILE runs the join in the order EXPLAIN shows and counts each step's rows",
          "[explain]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());
  const std::string match = "MATCH ?a ?r ?b, ?p addresses ?a, ?p is_a lever";
  const QueryResult explained = Execute(*db.store, "EXPLAIN " + match);
  const QueryResult profiled = Execute(*db.store, "PROFILE " + match);
  REQUIRE(profiled.profile);
  const PlanNode& plan = std::get<PlanResult>(explained.body).root;
  const PlanNode& run = profiled.profile->root;

  // The same tree, now with rows.
  const auto planned_scans = Scans(plan), run_scans = Scans(run);
  REQUIRE(planned_scans.size() == 3);
  REQUIRE(run_scans.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(run_scans[i]->detail == planned_scans[i]->detail);

  // Each step gave the rows the query of the patterns joined so far gives.
  REQUIRE(run_scans[0]->rows);
  CHECK(*run_scans[0]->rows == Count(*db.store, "MATCH ?p is_a lever"));
  const auto& first_join = run.children[0].children[0].children[0];
  REQUIRE(first_join.operation == "index join");
  REQUIRE(first_join.rows);
  CHECK(*first_join.rows == Count(*db.store, "MATCH ?p is_a lever, ?p addresses ?a"));
  const auto& rows = std::get<MatchResult>(profiled.body).rows;
  REQUIRE(run.rows);
  CHECK(*run.rows == rows.size());
  CHECK(rows.size() == Count(*db.store, match));
  CHECK(rows.size() > 0);
  // The first step was scanned once; each later one once for every row
  // that came in.
  CHECK(run_scans[1]->counters.at(0).name == "lookups");
  CHECK(run_scans[1]->counters.at(0).value == *run_scans[0]->rows);
  CHECK(run_scans[2]->counters.at(0).value == *first_join.rows);
}

TEST_CASE("PROFILE of a filter counts the rows that pass it", "[explain]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());
  const QueryResult profiled = Execute(*db.store, "PROFILE MATCH ?s ?r ?o WHERE sign(?r) = '-'");
  REQUIRE(profiled.profile);
  std::vector<const PlanNode*> nodes;
  Flatten(profiled.profile->root, nodes);
  const PlanNode* filter = nullptr;
  for (const PlanNode* n : nodes) {
    if (n->operation == "filter") filter = n;
  }
  REQUIRE(filter);
  CHECK(filter->detail == "sign(?r) = '-'");
  REQUIRE(filter->rows);
  CHECK(*filter->rows == Count(*db.store, "MATCH ?s ?r ?o WHERE sign(?r) = '-'"));
  REQUIRE(filter->children.size() == 1);
  REQUIRE(filter->children[0].rows);
  CHECK(*filter->children[0].rows == Count(*db.store, "MATCH ?s ?r ?o"));
  CHECK(*filter->rows < *filter->children[0].rows);
}

TEST_CASE("PROFILE runs a statement and adds its rows and time", "[explain]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());
  const std::string out = Run(*db.store, "PROFILE PATHS FROM digitalisation TO social_cohesion");
  CHECK_THAT(out, Catch::Contains("4 paths"));
  CHECK_THAT(out, Catch::Contains("profile:\nlimit 1000 paths  [rows 4, "));
  CHECK_THAT(out, Catch::Contains(" ms, adjacency lists read "));
  CHECK_THAT(out, Catch::Contains("\n  depth-first search of simple paths from digitalisation to "
                                  "social_cohesion depth ≤ 4, shortest first\n"));
}

TEST_CASE("EXPLAIN of every statement names terms as stored, never by internal id", "[explain]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());
  // Labels typed in Dutch are shown as the ids they stand for.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"MATCH ?x weakens 'sociale samenhang'", "scan (?x, weakens, social_cohesion)"},
      {"COUNT MATCH ?s ?r ?o WHERE ?o = 'sociale samenhang'", "filter ?o = social_cohesion"},
      {"PATHS FROM digitalisering TO 'sociale samenhang' VIA weakens",
       "from digitalisation to social_cohesion depth ≤ 4"},
      {"SHORTEST FROM digitalisering TO 'sociale samenhang'",
       "bidirectional BFS from digitalisation to social_cohesion depth ≤ 12"},
      {"EFFECTS OF digitalisering DEPTH 2", "along the arrows from digitalisation depth ≤ 2"},
      {"CAUSES OF 'sociale samenhang'", "against the arrows from social_cohesion depth ≤ 4"},
      {"LOOPS THROUGH digitalisering", "simple cycles through digitalisation"},
      {"LEVERS FOR 'sociale samenhang'", "with a chain into social_cohesion"},
      {"BLINDSPOTS FOR 'sociale samenhang' LIMIT 3", "limit 3 blind spots"},
      {"WHY digitalisering 'sociale samenhang'",
       "bidirectional BFS from digitalisation to social_cohesion depth ≤ 12"},
      {"WHY social_inequality weakens 'sociale samenhang'",
       "lookup claim (social_inequality, weakens, social_cohesion)"},
      {"ADD digitalisering increases brand_new",
       "add claim (digitalisation, increases, brand_new)"},
      {"REMOVE social_inequality weakens 'sociale samenhang'",
       "remove claim (social_inequality, weakens, social_cohesion)"},
      {"LOAD 'claims.json'", "load 'claims.json'"},
  };
  const std::regex internal_id("#[0-9]");
  for (const auto& [statement, expected] : cases) {
    const std::string plan = Run(*db.store, "EXPLAIN " + statement);
    INFO(statement << "\n" << plan);
    CHECK_THAT(plan, Catch::Contains(expected));
    CHECK(!std::regex_search(plan, internal_id));
  }
}

TEST_CASE("EXPLAIN as JSON is the plan as nested objects", "[explain]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());
  const std::string json =
      Run(*db.store, "EXPLAIN SHORTEST FROM digitalisation TO social_cohesion AS JSON");
  CHECK_THAT(json, Catch::Contains("\"plan\": {"));
  CHECK_THAT(json, Catch::Contains("\"operation\": \"bidirectional BFS\""));
  CHECK_THAT(json, Catch::Contains("\"operation\": \"causal edges\""));
  CHECK_THAT(json, Catch::Contains("\"children\": ["));
}

}  // namespace
}  // namespace causalkg
