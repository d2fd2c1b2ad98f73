// The shell survives every failure of a statement or command, and no
// library's message reaches the person at it on its own.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "pty_session.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::PtySession;

// A claims file that the JSON parser cannot take: a number past a double.
const char* const kOverflowing = R"({"claims":[],"x":1e999})";

// Every line of `text` that names a library (nlohmann's exceptions, RocksDB's
// status words) is part of a sentence of causalkg's own.
void CheckNoLibraryMessageAlone(const std::string& text) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("json.exception") == std::string::npos &&
        line.find("IO error") == std::string::npos &&
        line.find("Corruption") == std::string::npos) {
      continue;
    }
    INFO(line);
    CHECK((line.find("Load error: ") != std::string::npos ||
           line.find("Storage error: ") != std::string::npos ||
           line.find("Internal error: causalkg failed unexpectedly while running") !=
               std::string::npos));
  }
}

TEST_CASE("a .load that fails in any way leaves the shell open and usable", "[shell][survive]") {
  testing::TempDir dir;
  const std::map<std::string, std::string> env{{"CAUSALKG_HISTORY", dir.File("history")},
                                               {"NO_COLOR", "1"}};
  const std::string bad = dir.Write("bad.json", kOverflowing);
  const std::string script = dir.Write("script.cql", ".load " + bad + "\n");
  PtySession shell({"--db", dir.File("db")}, env);
  REQUIRE(shell.WaitFor("causalkg> "));
  std::smatch banner;
  REQUIRE(std::regex_search(shell.screen(), banner, std::regex("([0-9]+) edges")));
  const std::string edges = banner[1];
  shell.Send(".load " + bad + "\r");
  REQUIRE(shell.WaitFor(" error: "));
  REQUIRE(shell.WaitFor("causalkg> "));
  shell.Send("COUNT MATCH ?s ?r ?o\r");
  REQUIRE(shell.WaitFor("\r\n" + edges + "\r\n"));  // nothing was loaded
  REQUIRE(shell.WaitFor("causalkg> "));
  // The same from a script that .read runs.
  shell.Send(".read " + script + "\r");
  REQUIRE(shell.WaitFor(" error: "));
  REQUIRE(shell.WaitFor("causalkg> "));
  shell.Send("SHORTEST FROM digitalisation TO social_cohesion\r");
  REQUIRE(shell.WaitFor("digitalisation -[erodes - (can)]-> social cohesion  net -"));
  REQUIRE(shell.WaitFor("causalkg> "));
  shell.Send(".quit\r");
  CHECK(shell.Wait() == 0);
  CheckNoLibraryMessageAlone(shell.screen());
}

TEST_CASE("a piped script stops at a failing .load with causalkg's own message",
          "[shell][survive]") {
  testing::TempDir dir;
  const std::string bad = dir.Write("bad.json", kOverflowing);
  const std::string db = dir.File("db");
  auto before = testing::RunCausalkg({"--db", db, "query", "COUNT MATCH ?s ?r ?o"});
  REQUIRE(before.exit_code == 0);
  auto run = testing::RunCausalkg({"--db", db}, ".load " + bad + "\nCOUNT MATCH ?s ?r ?o;\n");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());  // stopped before the query
  CHECK_THAT(run.err, Catch::Contains(" error: "));
  CheckNoLibraryMessageAlone(run.err);
  auto after = testing::RunCausalkg({"--db", db, "query", "COUNT MATCH ?s ?r ?o"});
  CHECK(after.out == before.out);
}

}  // namespace
}  // namespace causalkg
