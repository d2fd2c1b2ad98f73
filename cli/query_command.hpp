// `causalkg query 'STATEMENT'` and statements piped on standard input.
#pragma once

#include <string>

#include "cli/commands.hpp"

namespace causalkg::cli {

struct QueryOptions {
  std::string format = "table";  // table or json
  std::string language = "en";   // labels in results
};

// Runs the statements in `text`; exit code 0, 1 on the first failure, 2 on
// bad usage. The database is opened read-only unless a statement writes.
int RunStatements(const GlobalOptions& global, const std::string& text,
                  const QueryOptions& options);

}  // namespace causalkg::cli
