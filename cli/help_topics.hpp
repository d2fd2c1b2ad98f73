// The shell's help on statements: what each does, with an example on the
// bundled SCP report.
#pragma once

#include <string>

namespace causalkg::cli {

// The help for statement `topic` (any case), or "" when there is none.
std::string StatementHelp(const std::string& topic);

// One line a statement, for .help without a topic.
std::string StatementSummary();

}  // namespace causalkg::cli
