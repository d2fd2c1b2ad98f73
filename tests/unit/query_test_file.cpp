#include "query_test_file.hpp"

#include <algorithm>

namespace causalkg::testing {

namespace {

constexpr std::string_view kSeparator = "----";
constexpr std::string_view kOrdered = "# ordered";
constexpr std::string_view kGraph = "graph:";
constexpr std::string_view kError = "error";

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

std::string CollapseSpaces(std::string_view line) {
  std::string out;
  bool space = false;
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool IsTableRule(const std::string& line) {
  return line.find('-') != std::string::npos && line.find_first_not_of("- ") == std::string::npos;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Reads the expected block of a case: output lines, or `error <substring>` lines.
bool ReadExpected(std::vector<std::string> block, QueryCase& c, std::string& error) {
  c.expects_error = StartsWith(block.front(), kError) &&
                    (block.front().size() == kError.size() || block.front()[kError.size()] == ' ');
  if (!c.expects_error) {
    c.expected = std::move(block);
    return true;
  }
  for (const std::string& line : block) {
    const std::string substring =
        StartsWith(line, kError) ? Trim(line.substr(kError.size())) : std::string();
    if (substring.empty() || line[kError.size()] != ' ') {
      error = "each line of an error case is `error <substring>`, not '" + line + "'";
      return false;
    }
    c.expected.push_back(substring);
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
    if (!ReadExpected(std::move(block), c, error)) return fail(i - 1, error);
    file.cases.push_back(std::move(c));
  }
  if (file.cases.empty()) return fail(lines.size() - 1, "the file has no cases");
  return file;
}

std::string CanonicalLoop(const std::string& line) {
  if (line.size() < 3 || (line[0] != 'R' && line[0] != 'B') || line[1] != ' ') return line;
  // R n0 -[r0 s0]-> n1 -[r1 s1]-> ... -[rk sk]-> n0
  std::vector<std::string> nodes, steps;
  std::size_t at = 2;
  while (true) {
    const std::size_t open = line.find(" -[", at);
    if (open == std::string::npos) {
      nodes.push_back(line.substr(at));
      break;
    }
    const std::size_t close = line.find("]-> ", open);
    if (close == std::string::npos) return line;
    nodes.push_back(line.substr(at, open - at));
    steps.push_back(line.substr(open + 3, close - open - 3));
    at = close + 4;
  }
  if (steps.empty() || nodes.size() != steps.size() + 1 || nodes.front() != nodes.back())
    return line;
  nodes.pop_back();
  const std::size_t n = nodes.size();
  const std::size_t first = std::min_element(nodes.begin(), nodes.end()) - nodes.begin();
  std::string out = line.substr(0, 2);
  for (std::size_t k = 0; k < n; ++k) {
    out += nodes[(first + k) % n] + " -[" + steps[(first + k) % n] + "]-> ";
  }
  return out + nodes[first];
}

std::vector<std::string> ComparableLines(std::string_view output, bool ordered) {
  std::vector<std::string> out;
  for (const std::string& raw : SplitLines(output)) {
    const std::string line = CollapseSpaces(raw);
    if (line.empty() || IsTableRule(line)) continue;
    out.push_back(CanonicalLoop(line));
  }
  if (!ordered) std::sort(out.begin(), out.end());
  return out;
}

}  // namespace causalkg::testing
