// MATCH ... EVIDENCE ?e: the grammar (the variable of a pattern's pieces,
// ?e.field in WHERE, RETURN and ORDER BY), EXPLAIN's tree and PROFILE's
// counts, and the JSON rows through the binary, each field with its type.
// The answers on a hand-worked graph: tests/queries/evidence/match.test.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/exec/executor.hpp"
#include "engine/exec/work_counters.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;

const std::string kGraph = std::string(CAUSALKG_SOURCE_DIR) + "/tests/queries/graphs/evidence.json";

ast::Match MatchOf(const std::string& text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  INFO(text << (parsed.error ? "\n" + parsed.error->message : ""));
  REQUIRE_FALSE(parsed.error);
  return std::get<ast::Match>(parsed.statements.at(0).body);
}

TEST_CASE("EVIDENCE ?e follows a pattern, and ?e.field is compared, returned and ordered by",
          "[evidence][grammar][match]") {
  const std::string text =
      "MATCH ?a ?r social_cohesion EVIDENCE ?e, ?a ?s ?b WHERE ?e.source IN (scp-2025, 'x y') "
      "AND ?e.confidence >= 0.6 AND ?e.attributes.delay > -2 RETURN ?a, ?e.quote ORDER BY "
      "?e.confidence DESC";
  const ast::Match match = MatchOf(text);
  REQUIRE(match.patterns.size() == 2);
  REQUIRE(match.patterns[0].evidence);
  CHECK(match.patterns[0].evidence->name == "e");
  CHECK(match.patterns[0].evidence->offset == text.find("?e,"));
  CHECK_FALSE(match.patterns[1].evidence);
  REQUIRE(match.where.size() == 3);
  CHECK(std::get<ast::Variable>(match.where[0].left).name == "e.source");
  CHECK(match.where[0].op == ast::CompareOp::kIn);
  REQUIRE(match.where[0].list.size() == 2);
  CHECK(match.where[0].list[1].text == "x y");
  CHECK(match.where[1].op == ast::CompareOp::kGreaterEqual);
  CHECK(std::get<ast::Name>(match.where[1].right).text == "0.6");
  CHECK(std::get<ast::Name>(match.where[2].right).text == "-2");
  CHECK(match.returns.at(1).name == "e.quote");
  CHECK(match.order_by.at(0).variable.name == "e.confidence");

  grammar::ParseResult missing = grammar::Parse("MATCH ?a ?r ?b EVIDENCE");
  REQUIRE(missing.error);
  CHECK(missing.error->message == "expected a variable such as ?a");
  grammar::ParseResult name = grammar::Parse("MATCH ?a ?r ?b EVIDENCE e");
  REQUIRE(name.error);
  CHECK(name.error->column == 25);
}

TEST_CASE(
    "EXPLAIN MATCH shows the evidence read after its pattern and the filter on it; PROFILE "
    "counts the pieces",
    "[evidence][explain][match]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, testing::ReadFile(kGraph));
  Executor executor(*db.store, {});
  auto execute = [&](const std::string& text) {
    grammar::ParseResult parsed = grammar::Parse(text);
    REQUIRE_FALSE(parsed.error);
    return executor.Execute(parsed.statements.at(0));
  };
  const std::uint64_t before = ProcessWork().pattern_scans.load();
  auto explained = execute(
      "EXPLAIN MATCH ?a ?r t EVIDENCE ?e WHERE ?a != b AND ?e.confidence > 0.5 RETURN ?a, "
      "?e.quote ORDER BY ?e.confidence");
  REQUIRE(explained.ok());
  CHECK(ProcessWork().pattern_scans.load() == before);
  const PlanNode& root = std::get<PlanResult>(explained->body).root;
  CHECK(root.operation == "return");
  CHECK(root.detail == "?a, ?e.quote");
  const PlanNode& top = root.children.at(0);
  CHECK(top.detail == "1000 rows by ?e.confidence, kept in a heap as they come");
  const PlanNode& filter = top.children.at(0);
  CHECK(filter.operation == "evidence filter");
  CHECK(filter.detail == "?e.confidence > 0.5");
  const PlanNode& pieces = filter.children.at(0);
  CHECK(pieces.operation == "evidence");
  CHECK(pieces.detail == "each piece of the evidence of (?a, ?r, t) as ?e, a row a piece");
  // The comparison of terms comes first: it needs no evidence.
  CHECK(pieces.children.at(0).operation == "filter");
  CHECK(pieces.children.at(0).detail == "?a != b");

  auto profiled = execute("PROFILE MATCH ?a ?r t EVIDENCE ?e WHERE ?e.confidence > 0.5");
  REQUIRE(profiled.ok());
  const PlanNode& counted = profiled->profile->root.children.at(0).children.at(0);
  CHECK(counted.operation == "evidence filter");
  CHECK(counted.rows == 4u);  // of the five pieces into t, 0.4 is left out
  CHECK(counted.children.at(0).rows == 5u);
}

TEST_CASE("MATCH's JSON rows give a piece's fields with their types", "[evidence][match][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(testing::RunCausalkg({"--db", db, "--empty", "load", kGraph}).exit_code == 0);
  const auto run = testing::RunCausalkg(
      {"--db", db, "query",
       "MATCH a ?r ?b EVIDENCE ?e RETURN ?b, ?e.confidence, ?e.start, ?e.source, ?e.tool, "
       "?e.attributes.weight, ?e ORDER BY ?e.confidence",
       "--format", "json"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json result = json::parse(run.out);
  CHECK(result["columns"] == json({"?b", "?e.confidence", "?e.start", "?e.source", "?e.tool",
                                   "?e.attributes.weight", "?e"}));
  REQUIRE(result["rows"].size() == 3);
  const json& c = result["rows"][0];  // a falls c, 0.5
  CHECK(c[0] == "c");
  CHECK(c[1] == 0.5);
  CHECK(c[2].is_null());
  CHECK(c[3] == "blog");
  CHECK(c[4] == "kumu");
  CHECK(c[5].is_null());
  CHECK(c[6]["quote"] == "a may cut c");
  CHECK(c[6]["origin"] == "extracted");
  const json& b = result["rows"][1];  // a rises b, 0.9
  CHECK(b[0] == "b");
  CHECK(b[2].is_number_unsigned());
  CHECK(b[2] == 10);
  CHECK(b[4].is_null());
  CHECK(b[5] == 0.8);
  CHECK(b[6]["attributes"]["delay"] == "short");
  CHECK(result["rows"][2][0] == "d");

  const auto count = testing::RunCausalkg(
      {"--db", db, "query", "COUNT MATCH ?s ?r t EVIDENCE ?e WHERE ?e.stance = refutes"});
  CHECK(count.out == "1\n");
}

}  // namespace
}  // namespace causalkg
