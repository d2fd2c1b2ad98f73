// The binary's one-shot commands, run as a user runs them.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

TEST_CASE("stats on a new database shows the bundled report's counts", "[cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  auto run = RunCausalkg({"--db", db, "stats", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  const auto stats = nlohmann::json::parse(run.out);
  const auto document = nlohmann::json::parse(
      testing::ReadFile(std::string(CAUSALKG_SOURCE_DIR) + "/kb/scp-2025.json"));
  CHECK(stats["evidence"] == document["claims"].size());
  CHECK(stats["sources"] == 1);
  CHECK(stats["database"] == db);

  auto table = RunCausalkg({"--db", db, "stats"});
  CHECK(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::Contains("evidence   " + std::to_string(document["claims"].size())));
  CHECK_THAT(table.out, Catch::Contains("scp-2025"));
}

TEST_CASE("the --empty flag creates a database without the bundled report", "[cli]") {
  testing::TempDir dir;
  auto run = RunCausalkg({"--db", dir.File("db"), "--empty", "stats", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  CHECK(nlohmann::json::parse(run.out)["edges"] == 0);
}

TEST_CASE("the database defaults to CAUSALKG_DB", "[cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("from-env");
  ::setenv("CAUSALKG_DB", db.c_str(), 1);
  auto run = RunCausalkg({"stats", "--format", "json"});
  ::unsetenv("CAUSALKG_DB");
  REQUIRE(run.exit_code == 0);
  CHECK(nlohmann::json::parse(run.out)["database"] == db);
}

TEST_CASE("load prints a summary, and a bad file exits 1 with the error on stderr", "[cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string good =
      dir.Write("good.jsonl",
                "{\"subject\":\"x\",\"relation\":\"amplifies\",\"object\":\"y\"}\n"
                "{\"subject\":\"y\",\"relation\":\"sways\",\"object\":\"z\"}\n");
  auto run = RunCausalkg({"--db", db, "--empty", "load", good});
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::StartsWith("Loaded 2 claims: 2 new edges, 3 new nodes"));
  CHECK_THAT(run.out, Catch::Contains("warning: relation 'sways' has no declared polarity"));

  const std::string bad = dir.Write("bad.json", "{\"claims\": [}");
  auto failed = RunCausalkg({"--db", db, "load", bad});
  CHECK(failed.exit_code == 1);
  CHECK(failed.out.empty());
  CHECK_THAT(failed.err,
             Catch::StartsWith("Load error: " + bad + ", line 1, column 13: malformed JSON"));
  CHECK_THAT(failed.err, Catch::Contains("Nothing was loaded"));

  auto missing = RunCausalkg({"--db", db, "load", dir.File("nope.json")});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err,
             Catch::StartsWith("Load error: " + dir.File("nope.json") + ": no such file"));
}

TEST_CASE("bad usage exits 2 and points to --help", "[cli]") {
  auto run = RunCausalkg({"frobnicate"});
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.err, Catch::Contains("causalkg --help"));
  auto format = RunCausalkg({"export", "--format", "yaml"});
  CHECK(format.exit_code == 2);
  CHECK_THAT(format.err, Catch::Contains("unknown export format 'yaml'"));
}

TEST_CASE("the --version and --help flags answer without touching a database", "[cli]") {
  auto version = RunCausalkg({"--version"});
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out, Catch::StartsWith("causalkg "));
  auto help = RunCausalkg({"--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out,
             Catch::Contains("load") && Catch::Contains("export") && Catch::Contains("stats"));
}

TEST_CASE("export writes a file that loads into an equal database", "[cli][export]") {
  testing::TempDir dir;
  const std::string first = dir.File("first"), second = dir.File("second");
  const std::string file = dir.File("out.jsonl");
  REQUIRE(RunCausalkg({"--db", first, "export", "--format", "jsonl", "-o", file}).exit_code == 0);
  REQUIRE(RunCausalkg({"--db", second, "--empty", "load", file}).exit_code == 0);
  auto a = RunCausalkg({"--db", first, "export"});
  auto b = RunCausalkg({"--db", second, "export"});
  CHECK(a.exit_code == 0);
  CHECK(a.out == b.out);
  CHECK(a.out.size() > 1000);
}

}  // namespace
}  // namespace causalkg
