// Every example of README.md runs as shown: its commands through the real
// binary, installed on the PATH as `./run.sh install` puts it, in a fresh
// directory that holds the clone's files (kb/, docs/, tests/, ...) and a
// fresh home whose default database is new, so seeded with the bundled
// report; its shell sessions typed into the shell at a terminal. What each
// prints must be what the README shows. The README's home, /home/ana,
// stands for that home. How examples are written: readme_examples.hpp.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "pty_session.hpp"
#include "readme_examples.hpp"
#include "terminal_screen.hpp"
#include "test_support.hpp"
#include "text_diff.hpp"

namespace causalkg {
namespace {

namespace fs = std::filesystem;
using testing::ReadmeExample;
using testing::ReadmeExamples;
using testing::ReadmeStep;
using testing::ShowsAsReadme;

TEST_CASE("the README's blocks are read as commands, shell sessions and what they print",
          "[readme]") {
  const std::string markdown =
      "Text.\n"
      "```\n"
      "$ causalkg load a.json\n"
      "Loaded 1 claim\n"
      "$ causalkg query \"LOOPS\" \\\n"
      "    | wc -l\n"
      "1\n"
      "$ causalkg review c.jsonl   # typed: 2 a, r not-causal\n"
      "...\n"
      "done\n"
      "\n"
      "```\n"
      "```\n"
      "MATCH ?a ?r ?b\n"
      "```\n"
      "```\n"
      "$ ./run.sh\n"
      "causalkg 0.1.0, database /home/ana/db\n"
      "causalkg> LOOPS\n"
      "0 loops\n"
      "```\n"
      "```\n"
      "$ PYTHONPATH=build/python python3\n"
      ">>> import causalkg\n"
      "```\n"
      "```\n"
      "causalkg> WHY a b\n"
      "  ...\n"
      "```\n";
  const std::vector<ReadmeExample> examples = ReadmeExamples(markdown);
  REQUIRE(examples.size() == 3);
  const ReadmeExample& commands = examples[0];
  CHECK(commands.kind == ReadmeExample::Kind::kCommands);
  CHECK(commands.line == 2);
  REQUIRE(commands.steps.size() == 3);
  CHECK(commands.steps[0].input == "causalkg load a.json");
  CHECK(commands.steps[0].expected == std::vector<std::string>{"Loaded 1 claim"});
  CHECK(commands.steps[1].input == "causalkg query \"LOOPS\" \\\n    | wc -l");
  CHECK(commands.steps[2].input == "causalkg review c.jsonl");
  CHECK(commands.steps[2].typed == std::vector<std::string>{"a", "a", "r not-causal"});
  CHECK(commands.steps[2].expected == std::vector<std::string>{"...", "done"});
  const ReadmeExample& shell = examples[1];
  CHECK(shell.kind == ReadmeExample::Kind::kShell);
  CHECK(shell.opens_shell);
  CHECK(shell.banner == std::vector<std::string>{"causalkg 0.1.0, database /home/ana/db"});
  REQUIRE(shell.steps.size() == 1);
  CHECK(shell.steps[0].input == "LOOPS");
  CHECK(examples[2].kind == ReadmeExample::Kind::kShell);
  CHECK_FALSE(examples[2].opens_shell);
}

TEST_CASE("a line ... of the README stands for any number of lines, and only that", "[readme]") {
  using Lines = std::vector<std::string>;
  CHECK(ShowsAsReadme({"a", "...", "z"}, {"a", "b", "c", "z"}));
  CHECK(ShowsAsReadme({"a", "  ...", "z"}, {"a", "z"}));
  CHECK(ShowsAsReadme({"a  "}, {"a"}));
  CHECK_FALSE(ShowsAsReadme({"a", "...", "z"}, {"a", "b"}));
  CHECK_FALSE(ShowsAsReadme({"a"}, {"a", "b"}));
  CHECK_FALSE(ShowsAsReadme({"a ..."}, {"a b"}));
  CHECK_FALSE(ShowsAsReadme(Lines{}, {"x"}));
}

// A directory laid out as the clone after `./run.sh` and `./run.sh
// install`: the clone's files (linked), causalkg on the PATH, a home.
struct Clone {
  testing::TempDir dir;
  std::string home = dir.File("home");
  Clone() {
    const fs::path source(CAUSALKG_SOURCE_DIR);
    for (const fs::directory_entry& entry : fs::directory_iterator(source)) {
      const std::string name = entry.path().filename().string();
      if (name.starts_with("build") || name == ".git") continue;
      fs::create_symlink(entry.path(), fs::path(dir.path()) / name);
    }
    fs::create_directories(dir.File("bin"));
    fs::create_symlink(CAUSALKG_BINARY, dir.File("bin/causalkg"));
    fs::create_directories(home);
  }
  std::map<std::string, std::string> Environment() const {
    return {{"HOME", home},
            {"XDG_DATA_HOME", home + "/.local/share"},
            {"CAUSALKG_HISTORY", dir.File("history")},
            {"NO_COLOR", "1"},
            {"PAGER", "cat"},
            {"PATH", dir.File("bin") + ":" +
                         (std::getenv("PATH") ? std::getenv("PATH") : "/usr/bin:/bin")}};
  }
  // What the README shows, with its home for this one.
  std::vector<std::string> Shown(std::vector<std::string> lines) const {
    for (std::string& line : lines) {
      for (std::size_t at = line.find("/home/ana"); at != std::string::npos;
           at = line.find("/home/ana", at + home.size()))
        line.replace(at, 9, home);
    }
    return lines;
  }
};

// Runs `command` with bash in the clone; what it printed, stdout and stderr
// together, as a terminal would show them in turn.
std::string RunCommand(const Clone& clone, const std::string& command) {
  std::string script = "cd '" + clone.dir.path() + "' || exit 99\nunset CAUSALKG_DB\n";
  for (const auto& [name, value] : clone.Environment())
    script += "export " + name + "='" + value + "'\n";
  script += "set -o pipefail\n" + command + "\n";
  const std::string path = clone.dir.Write(".readme-step.sh", script);
  FILE* pipe = ::popen(("bash '" + path + "' 2>&1 </dev/null").c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  ::pclose(pipe);
  return out;
}

bool AtPrompt(testing::PtySession& pty, std::size_t since) {
  if (pty.screen().size() <= since || !pty.EditingLine()) return false;
  testing::TerminalScreen screen;
  screen.Feed(pty.screen());
  const std::string row = screen.CursorRow();
  return !row.empty() && row.back() == '>';
}

std::vector<std::string> ScreenLines(const std::string& bytes) {
  testing::TerminalScreen screen;
  screen.Feed(bytes);
  return testing::Lines(screen.Text());
}

// Runs `causalkg ARGS` (a step's command, split at blanks) at a terminal,
// typing its answers at its prompts; what the terminal showed.
std::vector<std::string> RunTyped(const Clone& clone, const ReadmeStep& step) {
  std::vector<std::string> args;
  std::istringstream words(step.input);
  std::string word;
  words >> word;
  REQUIRE(word == "causalkg");
  while (words >> word) args.push_back(word);
  testing::PtySession pty(args, clone.Environment(), clone.dir.path());
  std::size_t sent = 0;
  for (const std::string& answer : step.typed) {
    INFO("typing " << answer);
    REQUIRE(pty.ReadUntil([&] { return AtPrompt(pty, sent); }, 30));
    sent = pty.screen().size();
    pty.Send(answer + "\r");
  }
  CHECK(pty.Wait(60) != -1);
  return ScreenLines(pty.screen());
}

// Types a shell session's statements into `causalkg` at a terminal; what
// the terminal showed, from its banner to the last result.
std::vector<std::string> RunShell(const Clone& clone, const ReadmeExample& example) {
  testing::PtySession pty({}, clone.Environment(), clone.dir.path());
  std::size_t sent = 0;
  for (const ReadmeStep& step : example.steps) {
    INFO("typing " << step.input);
    REQUIRE(pty.ReadUntil([&] { return AtPrompt(pty, sent); }, 30));
    sent = pty.screen().size();
    pty.Send(step.input + "\r");
  }
  REQUIRE(pty.ReadUntil([&] { return AtPrompt(pty, sent); }, 30));
  pty.Send("\x04");
  CHECK(pty.Wait(30) == 0);
  std::vector<std::string> lines = ScreenLines(pty.screen());
  // The last prompt, where Ctrl-D ended the session.
  while (!lines.empty() && (lines.back().empty() || lines.back().starts_with("causalkg>")))
    lines.pop_back();
  return lines;
}

void Compare(const std::vector<std::string>& expected, const std::vector<std::string>& actual,
             const std::string& what, bool& all_shown) {
  if (ShowsAsReadme(expected, actual)) return;
  all_shown = false;
  std::string want, got;
  for (const std::string& line : expected) want += line + "\n";
  for (const std::string& line : actual) got += line + "\n";
  // Printed as they are: Catch would wrap the lines.
  std::cerr << what << " prints other than the README shows:\n"
            << testing::UnifiedDiff(want, got) << "\n";
}

TEST_CASE("every example of the README runs as the README shows it", "[readme]") {
  const std::string readme = testing::ReadFile(std::string(CAUSALKG_SOURCE_DIR) + "/README.md");
  const std::vector<ReadmeExample> examples = ReadmeExamples(readme);
  REQUIRE(examples.size() >= 8);
  bool all_shown = true;
  for (const ReadmeExample& example : examples) {
    const std::string where = "README.md, the block at line " + std::to_string(example.line);
    INFO(where);
    Clone clone;
    if (example.kind == ReadmeExample::Kind::kShell) {
      std::vector<std::string> expected = clone.Shown(example.banner);
      for (const ReadmeStep& step : example.steps) {
        expected.push_back("causalkg> " + step.input);
        expected.insert(expected.end(), step.expected.begin(), step.expected.end());
      }
      std::vector<std::string> actual = RunShell(clone, example);
      if (!example.opens_shell) {
        // The banner is not shown: the session starts at its first prompt.
        auto first = std::find_if(actual.begin(), actual.end(), [](const std::string& line) {
          return line.starts_with("causalkg> ");
        });
        actual.erase(actual.begin(), first);
      }
      Compare(expected, actual, where, all_shown);
      continue;
    }
    for (const ReadmeStep& step : example.steps) {
      const std::vector<std::string> actual = step.typed.empty()
                                                  ? testing::Lines(RunCommand(clone, step.input))
                                                  : RunTyped(clone, step);
      Compare(clone.Shown(step.expected), actual, where + ", $ " + step.input, all_shown);
    }
  }
  CHECK(all_shown);
}

}  // namespace
}  // namespace causalkg
