// The rows view of results (engine/model/result_rows.hpp) as a reader other
// than the query tests sees it: typed columns, term cells that carry their
// names and labels, chains that close a loop, empty cells, facts.
#include <catch2/catch.hpp>

#include "engine/model/result_rows.hpp"

namespace causalkg {
namespace {

QueryResult WithNames(ResultBody body) {
  QueryResult result;
  result.body = std::move(body);
  for (const auto& [id, name] : std::vector<std::pair<TermId, std::string>>{
           {1, "trust"}, {2, "cooperation"}, {3, "policy"}, {10, "increases"}, {11, "reduces"}}) {
    result.names[id].name = name;
    result.names[id].labels["nl"] = "nl:" + name;
  }
  return result;
}

template <typename T>
const T& As(const Cell& cell) {
  REQUIRE(std::holds_alternative<T>(cell));
  return std::get<T>(cell);
}

TEST_CASE("a term cell carries its id, name and labels", "[rows]") {
  MatchResult match;
  match.columns = {"?a", "?b"};
  match.rows = {{1, 2}};
  match.truncated = true;
  const QueryResult result = WithNames(match);
  const ResultRows rows(result);
  REQUIRE(rows.columns().size() == 2);
  CHECK(rows.columns()[1].name == "?b");
  CHECK(rows.columns()[1].type == CellType::kTerm);
  REQUIRE(rows.size() == 1);
  const std::vector<Cell> row = rows.Row(0);
  const TermCell& b = As<TermCell>(row[1]);
  CHECK(b.id == 2);
  CHECK(b.Name() == "cooperation");
  CHECK(b.names->labels.at("nl") == "nl:cooperation");
  CHECK(rows.facts().truncated);
  CHECK_FALSE(rows.facts().capped);
}

TEST_CASE("a loop's chain cell leads back to its first node", "[rows]") {
  Path loop;
  loop.nodes = {1, 2};
  loop.steps = {{10, Polarity::kPositive}, {11, Polarity::kNegative}};
  loop.sign = -1;
  loop.is_loop = true;
  const QueryResult result = WithNames(PathsResult{PathKind::kLoops, {loop}, false});
  const ResultRows rows(result);
  CHECK(rows.columns()[0].name == "type");
  CHECK(rows.columns()[1].type == CellType::kChain);
  const std::vector<Cell> row = rows.Row(0);
  CHECK(As<TextCell>(row[0]).text == "B");
  const ChainCell& chain = As<ChainCell>(row[1]);
  REQUIRE(chain.steps() == 2);
  CHECK(chain.From(1).Name() == "cooperation");
  CHECK(chain.Relation(1).Name() == "reduces");
  CHECK(chain.StepSign(1) == Polarity::kNegative);
  CHECK(chain.To(1).Name() == "trust");
  CHECK(chain.NetSign() == -1);
}

TEST_CASE("WHY has a row a piece of evidence and an empty one for a claim without", "[rows]") {
  WhyResult why;
  why.claims = {{{1, 10, 2}, {}}, {{2, 11, 3}, {{"study", "", "", 0.5}, {"", "q", "can", {}}}}};
  const QueryResult result = WithNames(why);
  const ResultRows rows(result);
  REQUIRE(rows.size() == 3);
  const std::vector<Cell> bare = rows.Row(0), first = rows.Row(1), second = rows.Row(2);
  CHECK(As<TermCell>(bare[0]).Name() == "trust");
  for (std::size_t i = 3; i < 7; ++i) CHECK(std::holds_alternative<EmptyCell>(bare[i]));
  CHECK(As<TextCell>(first[3]).text == "study");
  CHECK(std::holds_alternative<EmptyCell>(first[4]));  // no modality
  CHECK(As<RealCell>(first[5]).value == 0.5);
  CHECK(std::holds_alternative<EmptyCell>(second[3]));  // no source
  CHECK(As<TextCell>(second[4]).text == "can");
  CHECK(std::holds_alternative<EmptyCell>(second[5]));  // no confidence
  CHECK(As<TextCell>(second[6]).text == "q");
  CHECK_FALSE(rows.facts().chain);
}

TEST_CASE("BLINDSPOTS' recommendations are one cell of terms, maybe none", "[rows]") {
  BlindspotsResult blindspots;
  blindspots.target = 1;
  blindspots.nodes = {{2, 1, {}, {3}}, {1, 2, {}, {}}};
  const QueryResult result = WithNames(blindspots);
  const ResultRows rows(result);
  CHECK(rows.columns()[3].type == CellType::kTerms);
  REQUIRE(As<TermListCell>(rows.Row(0)[3]).terms.size() == 1);
  CHECK(As<TermListCell>(rows.Row(0)[3]).terms[0].Name() == "policy");
  CHECK(As<TermListCell>(rows.Row(1)[3]).terms.empty());
}

TEST_CASE("a write is one row of counts, with its message and warnings as facts", "[rows]") {
  WriteResult write;
  write.message = "Added trust increases cooperation";
  write.summary.new_edges = 1;
  write.summary.new_nodes = 2;
  write.summary.warnings = {"a warning"};
  const QueryResult result = WithNames(write);
  const ResultRows rows(result);
  REQUIRE(rows.size() == 1);
  CHECK(rows.columns()[1].name == "new nodes");
  CHECK(As<IntegerCell>(rows.Row(0)[1]).value == 2);
  CHECK(rows.facts().message == "Added trust increases cooperation");
  CHECK(rows.facts().warnings == std::vector<std::string_view>{"a warning"});
}

TEST_CASE("a plan is a row an operator, depth first, its rows and time empty unless profiled",
          "[rows]") {
  PlanNode scan{"scan", "(?a, increases, ?b)", {}, 4, std::nullopt, {}};
  PlanNode filter{"filter", "?a <> ?b", {scan}, std::nullopt, std::nullopt, {}};
  PlanNode root{"return", "?a, ?b", {filter}, 3, 1.5, {}};
  const QueryResult result = WithNames(PlanResult{root});
  const ResultRows rows(result);
  REQUIRE(rows.size() == 3);
  CHECK(As<IntegerCell>(rows.Row(0)[0]).value == 0);
  CHECK(As<TextCell>(rows.Row(0)[1]).text == "return");
  CHECK(As<RealCell>(rows.Row(0)[4]).value == 1.5);
  CHECK(As<IntegerCell>(rows.Row(1)[0]).value == 1);
  CHECK(As<TextCell>(rows.Row(1)[1]).text == "filter");
  CHECK(std::holds_alternative<EmptyCell>(rows.Row(1)[3]));
  CHECK(As<IntegerCell>(rows.Row(2)[0]).value == 2);
  CHECK(As<TextCell>(rows.Row(2)[2]).text == "(?a, increases, ?b)");
  CHECK(As<IntegerCell>(rows.Row(2)[3]).value == 4);
  CHECK(std::holds_alternative<EmptyCell>(rows.Row(2)[4]));
}

TEST_CASE("COUNT MATCH is one row holding the count", "[rows]") {
  MatchResult count;
  count.count_only = true;
  count.count = 8;
  const QueryResult result = WithNames(count);
  const ResultRows rows(result);
  REQUIRE(rows.columns().size() == 1);
  CHECK(rows.columns()[0].name == "count");
  REQUIRE(rows.size() == 1);
  CHECK(As<IntegerCell>(rows.Row(0)[0]).value == 8);
}

}  // namespace
}  // namespace causalkg
