// A dot-command's line split into its name and arguments, as a shell splits
// a command line: at blanks, except inside quotes, so that a file name may
// hold blanks (.export 'my chains.png', .load "a b.json").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"

namespace causalkg::cli {

struct DotCommandLine {
  std::string name;  // ".export"
  std::vector<std::string> args;
};

// Splits `line` (a dot-command without the blanks around it). An argument
// that begins with a quote runs to the same quote, which is dropped: inside
// '...' every character stands for itself; inside "..." a backslash makes
// the next character (a " or a \) stand for itself. A quote that is not
// closed is a Usage error.
Result<DotCommandLine> SplitDotCommand(std::string_view line);

}  // namespace causalkg::cli
