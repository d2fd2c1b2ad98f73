// `causalkg query 'STATEMENT'` and statements piped on standard input.
#pragma once

#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "cli/render/dot_style.hpp"

namespace causalkg::cli {

struct QueryOptions {
  std::string format = "table";  // an output format's name (output_format.hpp)
  std::string language = "en";   // labels in results
  bool dot_verbs = false;        // verbs on diagrams' edges
  // The resolution of PNG pictures, as given; none for Graphviz's.
  std::optional<std::string> dot_dpi;
  // The steps the net signs of EFFECTS, CAUSES, LEVERS and BLINDSPOTS may
  // enumerate, as given; none for the engine's.
  std::optional<std::string> sign_budget;
};

// The diagram style the options ask for; a Usage error for a resolution out
// of range.
Result<DotStyle> DotStyleOf(const QueryOptions& options);

// Runs the statements in `text`; exit code 0, 1 on the first failure, 2 on
// bad usage. The database is opened read-only unless a statement writes.
int RunStatements(const GlobalOptions& global, const std::string& text,
                  const QueryOptions& options);

}  // namespace causalkg::cli
