// The store's generation and the policies engine/exec keeps by it: read once
// for each state of the store, read again after every write.
#include <catch2/catch.hpp>

#include "engine/exec/executor.hpp"
#include "engine/exec/levers.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::IdOf;
using testing::MustLoad;
using testing::ScratchStore;

constexpr const char* kPolicyGraph = R"({
  "nodes": [{"id": "tax", "kind": "lever"}],
  "claims": [
    {"subject": "income", "relation": "increases", "object": "spending"},
    {"subject": "tax", "relation": "addresses", "object": "income"}
  ]})";

QueryResult Run(Store& store, const std::string& text) {
  auto parsed = grammar::Parse(text);
  REQUIRE_FALSE(parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  Executor executor(store, {});
  auto result = executor.Execute(parsed.statements[0]);
  INFO(text << ": " << (result.ok() ? "" : result.status().ToString()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

std::vector<std::string> LeverNames(Store& store, const std::string& target) {
  QueryResult result = Run(store, "LEVERS FOR " + target);
  std::vector<std::string> names;
  for (const LeverRow& row : std::get<LeversResult>(result.body).levers) {
    names.push_back(result.names.at(row.lever).name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

TEST_CASE("policies are read once for each state of the store, and again after a write",
          "[store][policies]") {
  ScratchStore db;
  Store& store = *db.store;
  MustLoad(store, kPolicyGraph);

  const std::uint64_t before = store.generation();
  auto first = StorePolicies(store);
  REQUIRE(first.ok());
  CHECK((*first)->levers == std::unordered_set<TermId>{IdOf(store, "tax")});
  // Queries read; they keep the generation and the policies read for it.
  CHECK(LeverNames(store, "spending") == std::vector<std::string>{"tax"});
  CHECK(LeverNames(store, "income") == std::vector<std::string>{"tax"});
  CHECK(store.generation() == before);
  auto again = StorePolicies(store);
  REQUIRE(again.ok());
  CHECK(again->get() == first->get());

  // A lever added by a statement is one at the next query.
  Run(store, "ADD subsidy is_a lever");
  CHECK(store.generation() != before);
  Run(store, "ADD subsidy targets spending");
  CHECK(LeverNames(store, "spending") == std::vector<std::string>{"subsidy", "tax"});
  QueryResult named = Run(store, "MATCH ?x is_a lever RETURN ?x");
  CHECK(named.names.at(IdOf(store, "subsidy")).is_lever);

  Run(store, "REMOVE tax is_a lever");
  CHECK(LeverNames(store, "spending") == std::vector<std::string>{"subsidy"});
  auto after = StorePolicies(store);
  REQUIRE(after.ok());
  CHECK((*after)->levers == std::unordered_set<TermId>{IdOf(store, "subsidy")});
}

TEST_CASE("no two stores share a generation, so each gets its own policies", "[store][policies]") {
  ScratchStore with_lever, without;
  MustLoad(*with_lever.store, kPolicyGraph);
  MustLoad(*without.store, R"({"claims":[{"subject":"tax","relation":"addresses",
    "object":"income"}]})");
  CHECK(with_lever.store->generation() != without.store->generation());
  for (int round = 0; round < 2; ++round) {
    CHECK(LeverNames(*with_lever.store, "income") == std::vector<std::string>{"tax"});
    CHECK(LeverNames(*without.store, "income").empty());
  }

  // Reopened, a store starts a generation of its own.
  const std::string path = without.store->path();
  const std::uint64_t closed = without.store->generation();
  without.store.reset();
  auto reopened = Store::Open(path, OpenMode::kReadOnly);
  REQUIRE(reopened.ok());
  CHECK((*reopened)->generation() != closed);
  CHECK((*reopened)->generation() != with_lever.store->generation());
}

TEST_CASE("in one shell, a lever added is one at the next statement", "[store][policies][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string claims = dir.Write("policy.json", kPolicyGraph);
  REQUIRE(testing::RunCausalkg({"--db", db, "--empty", "load", claims}).exit_code == 0);
  auto run = testing::RunCausalkg({"--db", db}, R"(LEVERS FOR spending;
ADD subsidy is_a lever;
ADD subsidy targets spending;
LEVERS FOR spending;
)");
  INFO(run.err);
  CHECK(run.exit_code == 0);
  const auto second = run.out.find("Added subsidy targets spending");
  REQUIRE(second != std::string::npos);
  CHECK_THAT(run.out.substr(0, second),
             Catch::Contains("1 lever for spending") && !Catch::Contains("subsidy  in place"));
  CHECK_THAT(run.out.substr(second), Catch::Contains("2 levers for spending") &&
                                         Catch::Contains("subsidy  in place  spending  targets"));
}

}  // namespace
}  // namespace causalkg
