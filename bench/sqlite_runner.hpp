// The same questions asked of SQLite: the edges imported into an indexed
// table, paths and reachability as recursive CTEs that keep paths simple.
#pragma once

#include <string>

#include "workload.hpp"

struct sqlite3;

namespace causalkg::bench {

class SqliteRunner {
 public:
  ~SqliteRunner();
  // Imports the edges file into a new database file and builds the indexes
  // (Q0). Returns "" or an error.
  std::string Load(const Workload& w, const std::string& path);

  long long Q0Edges();
  long long Q0Causal();
  long long Q1(const Workload& w);
  long long Q2(const Workload& w);
  void Q3(const Workload& w, Answers& a);
  long long Q4(const Workload& w);
  long long Q5(const Workload& w);

 private:
  long long Scalar(const std::string& sql, const std::vector<std::string>& args);
  sqlite3* db_ = nullptr;
};

}  // namespace causalkg::bench
