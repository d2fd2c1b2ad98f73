// The interactive shell through a pseudo-terminal, where a test needs more
// than typing and reading: files written, history across runs, a query
// interrupted, other processes at the same database. What a person types and
// sees is in the golden sessions, tests/sessions/*.session.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "pty_session.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::PtySession;

struct ShellFixture {
  testing::TempDir dir;
  std::map<std::string, std::string> env{{"CAUSALKG_HISTORY", dir.File("history")},
                                         {"NO_COLOR", "1"}};
  std::string db = dir.File("db");
};

TEST_CASE(".export writes the last result as DOT and as SVG rendered by Graphviz", "[shell][dot]") {
  ShellFixture f;
  const std::string dot = f.dir.File("chain.dot"), svg = f.dir.File("chain.svg");
  PtySession shell({"--db", f.db}, f.env);
  REQUIRE(shell.WaitFor("causalkg> "));
  shell.Send("PATHS FROM digitalisation TO social_cohesion\r");
  REQUIRE(shell.WaitFor("4 paths"));
  shell.Send(".export " + dot + "\r");
  REQUIRE(shell.WaitFor("wrote " + dot + " (DOT)"));
  shell.Send(".export " + svg + "\r");
  REQUIRE(shell.WaitFor("wrote " + svg + " (svg, rendered by Graphviz)"));
  shell.Send(".quit\r");
  CHECK(shell.Wait() == 0);
  const std::string dot_text = testing::ReadFile(dot);
  CHECK_THAT(dot_text, Catch::StartsWith("digraph causalkg {"));
  CHECK_THAT(dot_text, Catch::Contains("4 chains, net -"));
  const std::string svg_text = testing::ReadFile(svg);
  CHECK_THAT(svg_text, Catch::Contains("<svg"));
  CHECK_THAT(svg_text, Catch::Contains("social cohesion"));
}

TEST_CASE("history is kept across two runs of the shell", "[shell]") {
  ShellFixture f;
  {
    PtySession first({"--db", f.db}, f.env);
    REQUIRE(first.WaitFor("causalkg> "));
    first.Send("SHORTEST FROM digital_access TO digital_inequality\r");
    REQUIRE(first.WaitFor("1 step"));
    first.Send(".quit\r");
    REQUIRE(first.Wait() == 0);
  }
  PtySession second({"--db", f.db}, f.env);
  REQUIRE(second.WaitFor("causalkg> "));
  // Up once is the .quit that ended the first run; up twice the statement.
  second.Send("\x1b[A");
  REQUIRE(second.WaitFor(".quit"));
  second.Send("\x1b[A");
  second.Send("\r");
  REQUIRE(second.WaitFor("access to digital technology -[reduces -]-> digital inequality  net -"));
  REQUIRE(second.WaitFor("1 step"));
  second.Send(".quit\r");
  CHECK(second.Wait() == 0);
}

TEST_CASE("Ctrl-C cancels a long query and leaves the shell usable", "[shell]") {
  ShellFixture f;
  // Every node amplifies every other: the loops of 12 nodes number in the
  // hundreds of millions, far more than finish in the test's time. None is
  // balancing, so a search for those holds nothing and never stops early.
  std::string claims;
  for (int a = 0; a < 14; ++a) {
    for (int b = 0; b < 14; ++b) {
      if (a == b) continue;
      claims += std::string(claims.empty() ? "" : ",") + "{\"subject\":\"k" + std::to_string(a) +
                "\",\"relation\":\"amplifies\",\"object\":\"k" + std::to_string(b) + "\"}";
    }
  }
  const std::string file = f.dir.Write("dense.json", "{\"claims\":[" + claims + "]}");
  REQUIRE(testing::RunCausalkg({"--db", f.db, "--empty", "load", file}).exit_code == 0);
  PtySession shell({"--db", f.db}, f.env);
  REQUIRE(shell.WaitFor("causalkg> "));
  shell.Send("LOOPS DEPTH 12 SIGN -\r");
  REQUIRE_FALSE(shell.WaitFor("loops", 1.0));
  shell.Send("\x03");
  REQUIRE(shell.WaitFor("the query was cancelled"));
  REQUIRE(shell.WaitFor("causalkg> "));
  shell.Send("LOOPS THROUGH k1 DEPTH 2 LIMIT 3\r");
  REQUIRE(shell.WaitFor("3 loops (truncated"));
  // Ctrl-D is end of input only at the prompt: typed while the terminal is
  // between prompts, it is an end-of-file event that does not survive the
  // switch to line editing.
  REQUIRE(shell.WaitFor("causalkg> "));
  // libedit may print the prompt a moment before it takes the terminal.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  shell.Send("\x04");
  CHECK(shell.Wait() == 0);
}

TEST_CASE("while a shell holds the database, queries run and a second writer is told why not",
          "[shell][cli]") {
  ShellFixture f;
  PtySession shell({"--db", f.db}, f.env);
  REQUIRE(shell.WaitFor("causalkg> "));

  auto query = testing::RunCausalkg(
      {"--db", f.db, "query", "SHORTEST FROM digitalisation TO social_cohesion"});
  CHECK(query.exit_code == 0);
  CHECK_THAT(query.out,
             Catch::Contains("digitalisation -[erodes - (can)]-> social cohesion  net -"));
  auto stats = testing::RunCausalkg({"--db", f.db, "stats"});
  CHECK(stats.exit_code == 0);

  const std::string file = f.dir.Write(
      "more.json", R"({"claims":[{"subject":"a","relation":"amplifies","object":"b"}]})");
  auto load = testing::RunCausalkg({"--db", f.db, "load", file});
  CHECK(load.exit_code == 1);
  CHECK_THAT(load.err, Catch::StartsWith("Storage error: the database at " + f.db +
                                         " is open for writing in another process"));
  CHECK_THAT(load.err, !Catch::Contains("IO error"));  // no RocksDB status on its own

  // A piped script reads unless a statement or a dot-command in it may write
  // (.lo is a prefix of .load), whatever its comments say.
  auto reads = testing::RunCausalkg(
      {"--db", f.db},
      ".rel\n-- ADD more claims LOAD later\nPATHS FROM digitalisation\n  TO social_cohesion;\n");
  CHECK(reads.exit_code == 0);
  CHECK_THAT(reads.out, Catch::Contains("weakens") && Catch::Contains("net -"));
  auto writes = testing::RunCausalkg({"--db", f.db}, ".stats\n.lo " + file + "\n");
  CHECK(writes.exit_code == 1);
  CHECK_THAT(writes.err, Catch::StartsWith("Storage error: the database at " + f.db +
                                           " is open for writing in another process"));
  shell.Send(".quit\r");
  CHECK(shell.Wait() == 0);
}

}  // namespace
}  // namespace causalkg
