#include "graphviz_check.hpp"

#include <cstdlib>
#include <sstream>

namespace causalkg::testing {

std::string DotComplaints(const TempDir& dir, const std::string& dot_text) {
  const std::string in = dir.Write("checked.dot", dot_text), err = dir.File("checked.err");
  const std::string command =
      "dot -Tsvg -o '" + dir.File("checked.svg") + "' '" + in + "' 2>'" + err + "'";
  const int status = std::system(command.c_str());
  const std::string said = ReadFile(err);
  if (status != 0) return "dot failed: " + said;
  return said;
}

std::vector<std::string> EdgeLines(const std::string& dot_text, const std::string& from,
                                   const std::string& to) {
  const std::string edge = "  \"" + from + "\" -> \"" + to + "\" [";
  std::vector<std::string> lines;
  std::istringstream in(dot_text);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(edge, 0) == 0) lines.push_back(line);
  }
  return lines;
}

std::optional<std::string> Attribute(const std::string& line, const std::string& name) {
  for (std::size_t at = line.find(name + "="); at != std::string::npos;
       at = line.find(name + "=", at + 1)) {
    // The name must start an attribute, not end another's (fontcolor, color).
    if (at > 0 && line[at - 1] != ' ' && line[at - 1] != '[') continue;
    std::size_t start = at + name.size() + 1;
    if (line[start] == '"') {
      std::string value;
      for (std::size_t i = start + 1; i < line.size() && line[i] != '"'; ++i) {
        if (line[i] == '\\' && i + 1 < line.size()) {
          ++i;
          value.push_back(line[i] == 'n' ? '\n' : line[i]);  // a line break, or an escaped mark
          continue;
        }
        value.push_back(line[i]);
      }
      return value;
    }
    const std::size_t end = line.find_first_of(",]", start);
    return line.substr(start, end - start);
  }
  return std::nullopt;
}

std::string LegendOf(const std::string& dot_text) {
  const std::size_t start = dot_text.find("subgraph \"cluster legend\"");
  if (start == std::string::npos) return "";
  return dot_text.substr(start, dot_text.find("\n  }\n", start) - start);
}

std::string TitleOf(const std::string& dot_text) {
  const std::size_t graph = dot_text.find("graph [");
  return Attribute(dot_text.substr(graph, dot_text.find('\n', graph) - graph), "label")
      .value_or("");
}

}  // namespace causalkg::testing
