// The one-shot commands: each returns the process exit code
// (0 success, 1 a statement or input failed).
#pragma once

#include <string>
#include <vector>

#include "cli/database.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::cli {

// `format` names the files' format (kb::Formats()); empty to choose each
// file's by its extension, else by its first bytes.
int RunLoad(const GlobalOptions& global, const std::vector<std::string>& files,
            const std::string& format);
// `format` names the export format; empty for the one whose extension
// `output` has, else a JSON document.
int RunExport(const GlobalOptions& global, const std::string& format, const std::string& output);
int RunStats(const GlobalOptions& global, const std::string& format);

// Prints `status` for a person on stderr ("Load error: ...", then the hint).
void PrintError(const Status& status);

// The store's counts and sources, as the banner and `stats` show them.
std::string DescribeStore(const Store& store);

}  // namespace causalkg::cli
