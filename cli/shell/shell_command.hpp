// `causalkg` without a command: the shell on a terminal, or the statements
// and dot-commands piped on standard input (no prompt, no banner, no colour).
#pragma once

#include "cli/commands.hpp"
#include "cli/query_command.hpp"

namespace causalkg::cli {

int RunShell(const GlobalOptions& global, const QueryOptions& options);

// Runs `script` (statements and dot-commands, as piped into causalkg) in
// the output format and language of `options`; its exit code.
int RunScriptText(const GlobalOptions& global, const std::string& script,
                  const QueryOptions& options);

// Whether `text` holds a dot-command line (`.sources`), so that it runs as a
// script rather than as statements alone.
bool HoldsDotCommand(const std::string& text);

// $CAUSALKG_HISTORY, else ${XDG_DATA_HOME:-~/.local/share}/causalkg/history.
std::string HistoryPath();

}  // namespace causalkg::cli
