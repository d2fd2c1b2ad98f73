// EXPLAIN shows how a statement would be evaluated; PROFILE runs it and
// adds rows and time.
#include <catch2/catch.hpp>

#include <sstream>

#include "cli/statement_runner.hpp"
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

TEST_CASE("EXPLAIN shows the join order of a MATCH without running it", "[explain]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());
  const std::string plan = Run(*db.store, "EXPLAIN MATCH ?a ?r ?b, ?p addresses ?a, ?p is_a lever");
  // The pattern with two constants goes first, whatever the order typed.
  const auto lever = plan.find("scan ?p #"), addresses = plan.find("scan ?p #", lever + 1),
             all = plan.find("scan ?a ?r ?b");
  CHECK(lever != std::string::npos);
  CHECK(all != std::string::npos);
  CHECK(lever < all);
  CHECK(addresses < all);
  CHECK_THAT(plan, Catch::StartsWith("1. scan"));
  CHECK_THAT(plan, !Catch::Contains("rows"));
}

TEST_CASE("PROFILE runs a statement and adds its rows and time", "[explain]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());
  const std::string out = Run(*db.store, "PROFILE PATHS FROM digitalisation TO social_cohesion");
  CHECK_THAT(out, Catch::Contains("4 paths"));
  CHECK_THAT(out, Catch::Contains("profile:"));
  CHECK_THAT(out, Catch::Contains("total  rows 4"));
  CHECK_THAT(out, Catch::Contains(" ms"));
  CHECK_THAT(out, Catch::Contains("adjacency lists read: "));
}

}  // namespace
}  // namespace causalkg
