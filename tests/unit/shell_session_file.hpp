// A golden shell session, tests/sessions/<name>.session: how to start the
// shell, the lines a person types, and what the terminal then shows. The
// format is described in tests/sessions/README.md.
#pragma once

#include <string>
#include <vector>

namespace causalkg::testing {

struct ShellSessionFile {
  // Everything before "--- input", as written: comments and settings.
  std::vector<std::string> header;
  // The command line after `causalkg` ("args:"), split at blanks.
  std::vector<std::string> args = {"--db", "{db}"};
  // "another-writer: yes": another shell holds the database open for
  // writing while this one runs.
  bool another_writer = false;
  std::vector<std::string> input;
  // What the terminal must show; empty until first written.
  std::string transcript;
};

// Reads the text of a session file; on a malformed one, sets `error`.
ShellSessionFile ParseShellSession(const std::string& text, std::string& error);

// The text of a session file holding `session` with `transcript`.
std::string FormatShellSession(const ShellSessionFile& session, const std::string& transcript);

// The bytes a person's keys send for one input line, in the pieces the
// runner sends one after another, waiting after a piece with `then_settle`
// until the terminal shows what it did. The line ends with Enter unless its
// last key is Ctrl-C or Ctrl-D.
struct KeyPiece {
  std::string bytes;
  bool then_settle = false;
  bool operator==(const KeyPiece&) const = default;
};
std::vector<KeyPiece> KeysOf(const std::string& line);

}  // namespace causalkg::testing
