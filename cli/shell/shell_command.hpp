// `causalkg` without a command: the shell on a terminal, or the statements
// and dot-commands piped on standard input (no prompt, no banner, no colour).
#pragma once

#include "cli/commands.hpp"
#include "cli/query_command.hpp"

namespace causalkg::cli {

int RunShell(const GlobalOptions& global, const QueryOptions& options);

// $CAUSALKG_HISTORY, else ${XDG_DATA_HOME:-~/.local/share}/causalkg/history.
std::string HistoryPath();

}  // namespace causalkg::cli
