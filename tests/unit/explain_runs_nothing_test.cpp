// EXPLAIN plans a statement and runs none of it: an explained write leaves
// the store as it was, an explained LOAD reads no file, and an explained
// search that would take hours answers at once.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/exec/executor.hpp"
#include "engine/exec/work_counters.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

constexpr const char* kGraph = R"({
  "claims": [
    {"subject": "screen_time", "relation": "increases", "object": "stress",
     "quote": "more screens, more stress", "source": "notes"},
    {"subject": "stress", "relation": "reduces", "object": "sleep"}
  ]
})";

constexpr const char* kMoreClaims = R"({
  "claims": [
    {"subject": "exercise", "relation": "reduces", "object": "stress"},
    {"subject": "exercise", "relation": "improves", "object": "sleep"}
  ]
})";

ast::Statement ParseOne(const std::string& text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  REQUIRE(!parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  return parsed.statements.front();
}

// What a write could change: the counts, the claims, and a term it names.
struct Snapshot {
  StoreCounts counts;
  std::string claims;
  bool has_exercise = false;
  bool has_claim = false;
  bool operator==(const Snapshot&) const = default;
};

Snapshot Take(const Store& store) {
  Snapshot s;
  s.counts = store.counts();
  s.claims = testing::ExportOf(store);
  auto exercise = store.FindTerm("exercise");
  REQUIRE(exercise.ok());
  s.has_exercise = exercise->has_value();
  // REMOVE takes screen_time with its only claim.
  auto screen_time = store.FindTerm("screen_time");
  REQUIRE(screen_time.ok());
  if (!screen_time->has_value()) return s;
  auto contains = store.Contains(
      {**screen_time, testing::IdOf(store, "increases"), testing::IdOf(store, "stress")});
  REQUIRE(contains.ok());
  s.has_claim = *contains;
  return s;
}

struct Engine {
  testing::ScratchStore db;
  int loads = 0;  // calls of the loader handed to the engine
  Executor executor;
  Engine()
      : executor(*db.store, ExecutorOptions{nullptr,
                                            [this](Store& store, const std::string& path,
                                                   const std::string&) -> Result<WriteResult> {
                                              ++loads;
                                              auto loaded = kb::LoadFiles(store, {path});
                                              if (!loaded.ok())
                                                return std::move(loaded).TakeStatus();
                                              WriteResult result;
                                              result.summary = loaded->write;
                                              result.message = "loaded";
                                              return result;
                                            }}) {
    testing::MustLoad(*db.store, kGraph);
  }
  Result<QueryResult> Execute(const std::string& text) { return executor.Execute(ParseOne(text)); }
};

TEST_CASE("EXPLAIN of ADD, REMOVE and LOAD leaves the store as it was", "[explain]") {
  Engine e;
  const std::string file = e.db.dir.Write("more.json", kMoreClaims);
  const std::vector<std::string> writes = {
      "ADD exercise reduces stress QUOTE 'a walk a day' SOURCE notes",
      "REMOVE screen_time increases stress",
      "LOAD '" + file + "'",
  };
  const Snapshot before = Take(*e.db.store);
  for (const std::string& write : writes) {
    INFO(write);
    auto explained = e.Execute("EXPLAIN " + write);
    INFO((explained.ok() ? "" : explained.status().ToString()));
    REQUIRE(explained.ok());
    REQUIRE(std::holds_alternative<PlanResult>(explained->body));
    CHECK(Take(*e.db.store) == before);
  }
  CHECK(e.loads == 0);

  // Run, each of them changes what the snapshot sees: the checks above can
  // tell.
  for (const std::string& write : writes) {
    INFO(write);
    const Snapshot was = Take(*e.db.store);
    auto ran = e.Execute(write);
    INFO((ran.ok() ? "" : ran.status().ToString()));
    REQUIRE(ran.ok());
    CHECK(!(Take(*e.db.store) == was));
  }
  CHECK(e.loads == 1);
}

TEST_CASE("EXPLAIN of a write needs no write access", "[explain]") {
  testing::TempDir dir;
  {
    auto store = Store::Open(dir.File("db"), OpenMode::kReadWrite);
    REQUIRE(store.ok());
    testing::MustLoad(**store, kGraph);
  }
  auto store = Store::Open(dir.File("db"), OpenMode::kReadOnly);
  REQUIRE(store.ok());
  Executor executor(**store, {});
  CHECK(!IsWrite(ParseOne("EXPLAIN ADD exercise reduces stress")));
  CHECK(IsWrite(ParseOne("PROFILE ADD exercise reduces stress")));
  auto explained = executor.Execute(ParseOne("EXPLAIN ADD exercise reduces stress"));
  REQUIRE(explained.ok());
  auto added = executor.Execute(ParseOne("ADD exercise reduces stress"));
  REQUIRE(!added.ok());
  CHECK_THAT(added.status().message(), Catch::Contains("is open read-only"));
}

TEST_CASE("causalkg query with EXPLAIN of a write prints the plan and stores nothing",
          "[explain][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(testing::RunCausalkg({"--db", db, "--empty", "load", dir.Write("g.json", kGraph)})
              .exit_code == 0);
  const std::string file = dir.Write("more.json", kMoreClaims);
  auto claims = [&] {
    auto run = testing::RunCausalkg({"--db", db, "export", "--format", "jsonl"});
    REQUIRE(run.exit_code == 0);
    return run.out;
  };
  const std::string before = claims();

  auto add = testing::RunCausalkg({"--db", db, "query",
                                   "EXPLAIN ADD exercise reduces stress SOURCE notes;", "--format",
                                   "json"});
  INFO(add.err);
  REQUIRE(add.exit_code == 0);
  const auto plan = nlohmann::json::parse(add.out);
  CHECK(plan["plan"]["operation"] == "add claim");
  CHECK(plan["plan"]["detail"].get<std::string>().rfind("(exercise, reduces, stress)", 0) == 0);
  CHECK(plan["plan"]["children"][0]["operation"] == "new node");
  CHECK(plan["plan"]["children"][0]["detail"] == "exercise");

  auto load = testing::RunCausalkg({"--db", db, "query", "EXPLAIN LOAD '" + file + "';"});
  REQUIRE(load.exit_code == 0);
  CHECK_THAT(load.out, Catch::StartsWith("load '" + file + "'"));
  auto remove = testing::RunCausalkg({"--db", db, "query", "EXPLAIN REMOVE stress reduces sleep"});
  REQUIRE(remove.exit_code == 0);
  CHECK_THAT(remove.out, Catch::StartsWith("remove claim (stress, reduces, sleep)"));

  CHECK(claims() == before);
  auto after = testing::RunCausalkg({"--db", db, "query", "MATCH exercise ?r ?o"});
  CHECK(after.exit_code == 1);
  CHECK_THAT(after.err, Catch::Contains("unknown node 'exercise'"));
  auto kept = testing::RunCausalkg(
      {"--db", db, "query", "COUNT MATCH stress reduces sleep", "--format", "json"});
  REQUIRE(kept.exit_code == 0);
  CHECK(nlohmann::json::parse(kept.out)["count"] == 1);

  // Without EXPLAIN the same statement stores the claim.
  REQUIRE(testing::RunCausalkg({"--db", db, "query", "ADD exercise reduces stress SOURCE notes;"})
              .exit_code == 0);
  CHECK(claims() != before);
}

// 60 nodes, each with a causal edge to every other: 3,540 claims and more
// simple chains of 12 steps between two nodes than could ever be listed.
std::string CompleteGraph(int n) {
  std::string claims;
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      if (i == j) continue;
      claims += std::string(claims.empty() ? "" : ",\n") + R"({"subject": "n)" + std::to_string(i) +
                R"(", "relation": "increases", "object": "n)" + std::to_string(j) + "\"}";
    }
  }
  return "{\"claims\": [" + claims + "]}";
}

TEST_CASE("EXPLAIN of a search that would run for hours plans it and reads no edges", "[explain]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, CompleteGraph(60));
  Executor executor(*db.store, {});
  const std::uint64_t read_before = ProcessWork().adjacency_lists_read.load();

  auto explained =
      executor.Execute(ParseOne("EXPLAIN PATHS FROM n0 TO n1 DEPTH 12 LIMIT 100000000"));
  REQUIRE(explained.ok());
  CHECK(ProcessWork().adjacency_lists_read.load() == read_before);
  const PlanNode& root = std::get<PlanResult>(explained->body).root;
  CHECK(root.operation == "limit");
  CHECK(root.detail == "100000000 paths");
  REQUIRE(root.children.size() == 1);
  CHECK(root.children[0].operation == "depth-first search");
  CHECK(root.children[0].detail == "of simple paths from n0 to n1 depth ≤ 12, shortest first");
  CHECK(!root.rows);

  // The other searches, explained, read nothing either.
  for (const char* statement :
       {"EXPLAIN LOOPS DEPTH 12 LIMIT 100000000", "EXPLAIN EFFECTS OF n0 DEPTH 12",
        "EXPLAIN LEVERS FOR n1 DEPTH 12", "EXPLAIN BLINDSPOTS FOR n1 DEPTH 12", "EXPLAIN WHY n0 n1",
        "EXPLAIN SHORTEST FROM n0 TO n1"}) {
    INFO(statement);
    REQUIRE(executor.Execute(ParseOne(statement)).ok());
    CHECK(ProcessWork().adjacency_lists_read.load() == read_before);
  }

  // A search that runs reads them: the counter can tell.
  auto ran = executor.Execute(ParseOne("PATHS FROM n0 TO n1 DEPTH 2"));
  REQUIRE(ran.ok());
  CHECK(std::get<PathsResult>(ran->body).paths.size() == 59);
  CHECK(ProcessWork().adjacency_lists_read.load() > read_before);
}

}  // namespace
}  // namespace causalkg
