// The examples of README.md, read as a person reads them, so that a test
// runs each and compares what it prints with what the README shows.
//
// An example is a fenced block (```) of one of two kinds:
// - commands: lines `$ COMMAND` (a line ending in `\` goes on on the next
//   one), each followed by the lines it prints (stdout and stderr);
// - a shell session: lines `causalkg> STATEMENT`, each followed by what the
//   shell prints; `$ ./run.sh` (the shell on the default database) may come
//   first, followed by the banner.
// In the lines shown, a line `...` stands for any number of lines. A
// command ending in a comment `# typed: 3 a, r not-causal` runs at a
// terminal, where those answers are typed at its prompts (`3 a` is `a`
// three times). A block whose command is followed by `>>>` lines is a
// Python session, run by python/tests/test_readme.py instead.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace causalkg::testing {

struct ReadmeStep {
  std::string input;                  // a command, or a statement typed at the shell
  std::vector<std::string> typed;     // answers typed at a terminal; none for a pipe
  std::vector<std::string> expected;  // the lines shown after it
};

struct ReadmeExample {
  enum class Kind { kCommands, kShell };
  Kind kind = Kind::kCommands;
  std::size_t line = 0;  // of the README, where the block starts
  // A shell session begun by `$ ./run.sh`: the banner lines shown.
  bool opens_shell = false;
  std::vector<std::string> banner;
  std::vector<ReadmeStep> steps;
};

std::vector<ReadmeExample> ReadmeExamples(const std::string& markdown);

// Whether `actual` is what `expected` shows: line by line, trailing blanks
// aside, a line `...` standing for any number of lines.
bool ShowsAsReadme(const std::vector<std::string>& expected,
                   const std::vector<std::string>& actual);

// `text` split at newlines, trailing blanks dropped from each line; no
// empty last line for a final newline.
std::vector<std::string> Lines(const std::string& text);

}  // namespace causalkg::testing
