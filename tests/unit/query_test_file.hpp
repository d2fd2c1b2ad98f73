// The query test files of tests/queries (the format: tests/queries/README.md):
// reading a .test file into cases, each a statement and the rows it is
// expected to give, or the parts of the error it is expected to fail with.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace causalkg::testing {

// A result as a query test compares it: its column names, its rows and its
// facts, each one line with its cells separated by " | ".
struct RowsText {
  std::string header;              // "effect | distance | net sign"
  std::vector<std::string> rows;   // "income | 1 | +"
  std::vector<std::string> facts;  // "@total: 5", "@truncated"
};

struct QueryCase {
  int line = 0;  // of the statement's first line in the file
  std::string statement;
  bool ordered = false;
  bool expects_error = false;
  RowsText expected;                // when no error is expected
  std::vector<std::string> errors;  // substrings the error must contain
};

struct QueryFile {
  std::string graph;  // a file in tests/queries/graphs, "scp" or "empty"
  // The warnings loading it gives, each whole, for a graph made to deserve
  // them (`graph warning: <text>` lines after `graph:`).
  std::vector<std::string> graph_warnings;
  std::vector<QueryCase> cases;
};

// Reads the text of a .test file. A malformed file yields `error` (with the
// line it is about) and no cases.
QueryFile ParseQueryFile(std::string_view text, std::string& error);

// `line` with each cell trimmed and the cells joined by " | ", so that
// columns may be aligned with spaces in a file.
std::string NormalRowLine(std::string_view line);

}  // namespace causalkg::testing
