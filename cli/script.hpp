// A script (statements piped into causalkg, or a file given to .read) split
// into the pieces the shell runs one after another, so that all of it can be
// checked before any of it runs.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cli/shell/line_source.hpp"

namespace causalkg::cli {

struct ScriptPart {
  enum class Kind { kStatements, kDotCommand };
  Kind kind = Kind::kStatements;
  // Statements: their lines, each with its newline. A dot-command: its line
  // without the blanks around it.
  std::string text;
  std::size_t first_line = 1;  // the line of the script where `text` starts
};

// `line` without the blanks around it.
std::string TrimBlanks(const std::string& line);

// Whether `text` holds nothing but blanks, comments and semicolons.
bool HoldsNoStatement(const std::string& text);

// Reads `source` to its end. A newline does not end a statement in a script:
// statements end at a line ending with `;`, at a dot-command line or at the
// end of the input. Blank lines and comments between statements are dropped.
std::vector<ScriptPart> SplitScript(LineSource& source);

}  // namespace causalkg::cli
