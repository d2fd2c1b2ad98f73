// "did you mean" answers at once for any input, and still finds typos.
#include <catch2/catch.hpp>

#include <chrono>

#include "engine/binder/name_resolver.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

TEST_CASE("a megabyte of unknown name gets its Name error at once", "[suggest]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(testing::RunCausalkg({"--db", db, "stats"}).exit_code == 0);  // the bundled report
  // Piped: a command-line argument cannot be this long.
  const std::string statement =
      "PATHS FROM '" + std::string(1 << 20, 'q') + "' TO 'social cohesion';\n";
  const auto start = std::chrono::steady_clock::now();
  const auto run = testing::RunCausalkg({"--db", db}, statement);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 5.0);  // it used to take minutes: a behaviour bound, not a benchmark
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::StartsWith("Name error: unknown node 'qqqq"));
  CHECK_THAT(run.err, Catch::Contains("…' (1048576 characters)"));
  // The message quotes the start of the name, not all of it.
  CHECK(run.err.find('\n') < 1000);
}

TEST_CASE("typos within three edits are suggested, closest first; far or long names are not",
          "[suggest]") {
  testing::ScratchStore db;
  const std::string long_id = "the_" + std::string(110, 'x') + "_node";
  testing::MustLoad(*db.store, R"({"nodes": [
      {"id": "digital_inclusion", "label": {"nl": "digitale inclusie"}},
      {"id": "social_cohesion"}, {"id": ")" +
                                   long_id + R"("}],
    "claims": [{"subject": "digital_inclusion", "relation": "amplifies",
                "object": "social_cohesion"},
               {"subject": ")" + long_id +
                                   R"(", "relation": "amplifies",
                "object": "social_cohesion"}]})");
  NameResolver names(*db.store);
  using Catch::Contains;
  // One transposition, then two, then three edits; a label finds its node.
  CHECK(names.Suggest("digtial_inclusion", NameRole::kNode).at(0) == "'digital_inclusion'");
  CHECK(names.Suggest("digtal_inclusoin", NameRole::kNode).at(0) == "'digital_inclusion'");
  CHECK(names.Suggest("social_coesin_", NameRole::kNode).at(0) == "'social_cohesion'");
  CHECK(names.Suggest("DIGITALE INCLUSE", NameRole::kNode).at(0) ==
        "'digitale inclusie' (digital_inclusion)");
  // Four edits away is not a typo of it.
  CHECK(names.Suggest("sozjal_kohesian", NameRole::kNode).empty());
  // What was typed is part of a name.
  CHECK(names.Suggest("cohesion", NameRole::kNode).at(0) == "'social_cohesion'");
  // Past 100 characters no name is suggested, however close.
  CHECK(names.Suggest(long_id + "!", NameRole::kNode).empty());
  CHECK(names.Suggest(std::string(1 << 20, 'x'), NameRole::kNode).empty());
}

}  // namespace
}  // namespace causalkg
