// The shell's everyday habits at a terminal, where a test needs more than a
// golden session shows: what a pager was given, and that a statement given
// up with Ctrl-D never ran; and quit in a script.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "pty_session.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::PtySession;

struct Terminal {
  testing::TempDir dir;
  std::string db = dir.File("db");
  std::map<std::string, std::string> env{{"CAUSALKG_HISTORY", dir.File("history")},
                                         {"NO_COLOR", "1"},
                                         // A pager that marks each line it shows.
                                         {"PAGER", "sed 's/^/paged: /'"}};
};

// Waits until the line editor has the terminal again, so that keys are not lost.
void AwaitPrompt(PtySession& shell) {
  REQUIRE(shell.WaitFor("causalkg> "));
  REQUIRE(shell.ReadUntil([&] { return shell.EditingLine(); }));
}

TEST_CASE("a result taller than the terminal goes through $PAGER, a short one does not",
          "[shell][pager]") {
  Terminal t;
  PtySession shell({"--db", t.db}, t.env);
  AwaitPrompt(shell);
  shell.Send(".mode json\r");
  AwaitPrompt(shell);
  // The relations as JSON: some 200 lines, far more than the 40 rows.
  shell.Send(".relations\r");
  REQUIRE(shell.WaitFor("paged: {"));
  REQUIRE(shell.WaitFor("paged: }"));
  AwaitPrompt(shell);
  shell.Send(".mode table\r");
  AwaitPrompt(shell);
  shell.Send("SHORTEST FROM digitalisation TO social_cohesion\r");
  REQUIRE(shell.WaitFor("1 step"));
  AwaitPrompt(shell);
  shell.Send(".pager off\r");
  AwaitPrompt(shell);
  shell.Send(".mode json\r");
  AwaitPrompt(shell);
  shell.Send(".relations\r");
  REQUIRE(shell.WaitFor("\"relations\": ["));
  AwaitPrompt(shell);
  shell.Send(".quit\r");
  CHECK(shell.Wait() == 0);
  const std::string& screen = shell.screen();
  CHECK(screen.find("paged: digitalisation") == std::string::npos);
  // Once paged, once not: the unpaged JSON's first line is a bare "{".
  const std::size_t off = screen.find(".pager off");
  REQUIRE(off != std::string::npos);
  CHECK(screen.find("paged:", off) == std::string::npos);
}

TEST_CASE("a result sent to a file is never paged, and without a pager results show as they are",
          "[shell][pager]") {
  Terminal t;
  t.env["PAGER"] = "";
  t.env["PATH"] = t.dir.path();  // no less here
  PtySession shell({"--db", t.db}, t.env);
  AwaitPrompt(shell);
  shell.Send(".pager\r");
  REQUIRE(shell.WaitFor("pager on (no pager found: set $PAGER)"));
  AwaitPrompt(shell);
  shell.Send(".mode json\r");
  AwaitPrompt(shell);
  shell.Send(".relations\r");
  REQUIRE(shell.WaitFor("\"relations\": ["));
  AwaitPrompt(shell);
  shell.Send(".quit\r");
  CHECK(shell.Wait() == 0);

  Terminal paging;
  const std::string file = paging.dir.File("relations.json");
  PtySession second({"--db", paging.db}, paging.env);
  AwaitPrompt(second);
  second.Send(".mode json\r");
  AwaitPrompt(second);
  second.Send(".once " + file + "\r");
  AwaitPrompt(second);
  second.Send(".relations\r");
  AwaitPrompt(second);
  second.Send(".quit\r");
  CHECK(second.Wait() == 0);
  CHECK(second.screen().find("paged:") == std::string::npos);
  CHECK_THAT(testing::ReadFile(file), Catch::StartsWith("{\n  \"relations\": ["));
}

TEST_CASE("Ctrl-D on a continuation line gives up the statement, which never runs", "[shell]") {
  Terminal t;
  PtySession shell({"--db", t.db}, t.env);
  AwaitPrompt(shell);
  shell.Send("ADD trust increases\r");
  REQUIRE(shell.WaitFor("     ...> "));
  REQUIRE(shell.ReadUntil([&] { return shell.EditingLine(); }));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  shell.Send("\x04");
  REQUIRE(shell.WaitFor("cancelled the unfinished statement"));
  AwaitPrompt(shell);
  shell.Send(".quit\r");
  CHECK(shell.Wait() == 0);
  CHECK(shell.screen().find("rror") == std::string::npos);
  auto asked = testing::RunCausalkg({"--db", t.db, "query", "EFFECTS OF trust"});
  CHECK(asked.exit_code == 1);
  CHECK_THAT(asked.err, Catch::Contains("trust"));
}

TEST_CASE("quit in a script is no statement: the script says so and runs nothing", "[shell]") {
  Terminal t;
  auto run = testing::RunCausalkg({"--db", t.db}, "LOOPS;\nquit;\n");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::Contains("line 2: 'quit;' is not a statement"));
}

}  // namespace
}  // namespace causalkg
