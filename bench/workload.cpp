#include "workload.hpp"

#include <fstream>
#include <sstream>

namespace causalkg::bench {

std::string ReadQueries(const std::string& path, Workload& w) {
  std::ifstream in(path);
  if (!in) return "cannot read " + path;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string tag;
    words >> tag;
    if (tag == "Q1") {
      for (std::string n; words >> n;) w.q1_nodes.push_back(n);
    } else if (tag == "Q2") {
      words >> w.q2_source;
    } else if (tag == "Q3") {
      words >> w.q3_from >> w.q3_to;
    } else if (tag == "Q4") {
      words >> w.q4_from >> w.q4_to;
    } else if (tag == "Q5") {
      words >> w.q5_node;
    }
  }
  if (w.q1_nodes.empty() || w.q2_source.empty() || w.q3_to.empty() || w.q4_to.empty() ||
      w.q5_node.empty()) {
    return path + " lacks one of Q1..Q5";
  }
  return "";
}

std::string AnswerText(const Answers& a, int question) {
  switch (question) {
    case 0:
      return std::to_string(a.q0_edges) + " edges, " + std::to_string(a.q0_causal) + " causal";
    case 1:
      return std::to_string(a.q1);
    case 2:
      return std::to_string(a.q2);
    case 3:
      return "[" + std::to_string(a.q3_total) + ", " + std::to_string(a.q3_plus) + ", " +
             std::to_string(a.q3_minus) + "]";
    case 4:
      return std::to_string(a.q4);
    case 5:
      return std::to_string(a.q5);
  }
  return "";
}

}  // namespace causalkg::bench
