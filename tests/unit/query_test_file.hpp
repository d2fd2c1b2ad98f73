// The query test files of tests/queries (the format: tests/queries/README.md):
// reading a .test file into cases, and turning output into the lines that a
// case compares, so that column widths, table rules, blank lines, the node a
// loop is printed from and (unless a case is ordered) row order do not count.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace causalkg::testing {

struct QueryCase {
  int line = 0;  // of the statement's first line in the file
  std::string statement;
  bool ordered = false;
  bool expects_error = false;
  // Output lines as written, or for an error case the substrings that the
  // rendered error must contain.
  std::vector<std::string> expected;
};

struct QueryFile {
  std::string graph;  // a file in tests/queries/graphs, "scp" or "empty"
  std::vector<QueryCase> cases;
};

// Reads the text of a .test file. A malformed file yields `error` (with the
// line it is about) and no cases.
QueryFile ParseQueryFile(std::string_view text, std::string& error);

// The comparable lines of `output`: each line with its whitespace runs
// collapsed to one space and trimmed; blank lines and table rules (dashes
// and spaces only) dropped; each loop ("R a -[r +]-> b -[s -]-> a") rotated
// to start at its smallest node; sorted unless `ordered`.
std::vector<std::string> ComparableLines(std::string_view output, bool ordered);

// A loop line rotated to start at its smallest node; any other line as is.
std::string CanonicalLoop(const std::string& line);

}  // namespace causalkg::testing
