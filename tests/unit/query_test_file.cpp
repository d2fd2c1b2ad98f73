#include "query_test_file.hpp"

#include <algorithm>

namespace causalkg::testing {

namespace {

constexpr std::string_view kSeparator = "----";
constexpr std::string_view kOrdered = "# ordered";
constexpr std::string_view kGraph = "graph:";
constexpr std::string_view kGraphWarning = "graph warning:";
constexpr std::string_view kError = "error";
constexpr std::string_view kFact = "@";

std::string Trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  const auto end = s.find_last_not_of(" \t\r");
  return std::string(s.substr(begin, end - begin + 1));
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Reads the expected block of a case: the column names, rows and facts, or
// `error <substring>` lines.
bool ReadExpected(const std::vector<std::string>& block, QueryCase& c, std::string& error) {
  c.expects_error = StartsWith(block.front(), kError) &&
                    (block.front().size() == kError.size() || block.front()[kError.size()] == ' ');
  if (!c.expects_error) {
    if (StartsWith(block.front(), kFact)) {
      error = "the expected rows start with the column names, not a fact: '" + block.front() + "'";
      return false;
    }
    c.expected.header = NormalRowLine(block.front());
    for (std::size_t i = 1; i < block.size(); ++i) {
      const std::string line = NormalRowLine(block[i]);
      (StartsWith(line, kFact) ? c.expected.facts : c.expected.rows).push_back(line);
    }
    return true;
  }
  for (const std::string& line : block) {
    const std::string substring =
        StartsWith(line, kError) ? Trim(line.substr(kError.size())) : std::string();
    if (substring.empty() || line[kError.size()] != ' ') {
      error = "each line of an error case is `error <substring>`, not '" + line + "'";
      return false;
    }
    c.errors.push_back(substring);
  }
  return true;
}

}  // namespace

QueryFile ParseQueryFile(std::string_view text, std::string& error) {
  QueryFile file;
  const std::vector<std::string> lines = SplitLines(text);
  std::size_t i = 0;
  auto fail = [&](std::size_t at, const std::string& why) {
    error = "line " + std::to_string(at + 1) + ": " + why;
    return QueryFile{};
  };
  auto skippable = [&](std::size_t at) {
    return Trim(lines[at]).empty() || StartsWith(Trim(lines[at]), "#");
  };

  while (i < lines.size() && skippable(i)) ++i;
  if (i == lines.size() || !StartsWith(Trim(lines[i]), kGraph)) {
    return fail(std::min(i, lines.size() - 1), "a query test file starts with `graph: <file>`");
  }
  file.graph = Trim(Trim(lines[i]).substr(kGraph.size()));
  if (file.graph.empty())
    return fail(i, "`graph:` names a file in tests/queries/graphs, `scp` or `empty`");
  ++i;
  for (; i < lines.size() && StartsWith(Trim(lines[i]), kGraphWarning); ++i)
    file.graph_warnings.push_back(Trim(Trim(lines[i]).substr(kGraphWarning.size())));

  while (true) {
    QueryCase c;
    while (i < lines.size() && skippable(i)) {
      if (Trim(lines[i]) == kOrdered) c.ordered = true;
      ++i;
    }
    if (i == lines.size()) break;
    c.line = static_cast<int>(i + 1);
    std::string statement;
    for (; i < lines.size() && Trim(lines[i]) != kSeparator; ++i) {
      if (Trim(lines[i]).empty())
        return fail(i, "a blank line inside a statement; end it with `----`");
      statement += (statement.empty() ? "" : "\n") + lines[i];
    }
    if (i == lines.size())
      return fail(c.line - 1, "the statement has no `----` line and expected output");
    c.statement = statement;
    ++i;  // the separator
    std::vector<std::string> block;
    for (; i < lines.size() && !Trim(lines[i]).empty(); ++i) block.push_back(Trim(lines[i]));
    if (block.empty()) return fail(i - 1, "`----` is followed by no expected output");
    if (!ReadExpected(block, c, error)) return fail(i - 1, error);
    file.cases.push_back(std::move(c));
  }
  if (file.cases.empty()) return fail(lines.size() - 1, "the file has no cases");
  return file;
}

std::string NormalRowLine(std::string_view line) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = line.find('|', start);
    out += Trim(line.substr(start, bar == std::string_view::npos ? bar : bar - start));
    if (bar == std::string_view::npos) return out;
    out += " | ";
    start = bar + 1;
  }
}

}  // namespace causalkg::testing
