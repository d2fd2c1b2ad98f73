// The benchmark workload: the claims file, and the nodes each question is
// asked about (queries-M.txt as bench/gen.py writes it).
#pragma once

#include <string>
#include <vector>

namespace causalkg::bench {

struct Workload {
  std::string claims_path;  // JSON Lines
  std::string edges_path;   // the same claims as subject<TAB>relation<TAB>object
  std::vector<std::string> q1_nodes;
  std::string q2_source;
  std::string q3_from, q3_to;
  std::string q4_from, q4_to;
  std::string q5_node;
};

// Reads queries-M.txt ("Q1 n1 n2 ...", "Q2 S", "Q3 A B", "Q4 A B", "Q5 C").
// Returns an error message, or "" on success.
std::string ReadQueries(const std::string& path, Workload& workload);

// The answers, as the oracle (bench/oracle.py) states them.
struct Answers {
  long long q0_edges = -1, q0_causal = -1;
  long long q1 = -1, q2 = -1;
  long long q3_total = -1, q3_plus = -1, q3_minus = -1;
  long long q4 = -1, q5 = -1;
  bool operator==(const Answers&) const = default;
};

// "Q3 [86, 42, 44]"-style text of one answer.
std::string AnswerText(const Answers& a, int question);

}  // namespace causalkg::bench
