// The workload's questions asked of causalkg through its query language:
// parsed, resolved and evaluated as a user's statements are.
#pragma once

#include <memory>
#include <string>

#include "engine/storage/store.hpp"
#include "workload.hpp"

namespace causalkg::bench {

class CausalkgRunner {
 public:
  // Opens the database that `causalkg load` made in `dir`. Returns "" or an error.
  std::string Open(const std::string& dir);

  long long Q0Causal();
  long long Q1(
      const Workload& w);  // COUNT MATCH n ?r ?o WHERE sign(?r) != 'none', summed over the nodes
  // Q2-Q5 with `conditions` (" WHERE ..." on the evidence of each step) added when given.
  long long Q2(const Workload& w, const std::string& conditions = "");  // EFFECTS OF S DEPTH 3
  void Q3(const Workload& w, Answers& a,
          const std::string& conditions = "");                          // PATHS FROM A TO B DEPTH 4
  long long Q4(const Workload& w, const std::string& conditions = "");  // SHORTEST FROM A TO B
  long long Q5(const Workload& w, const std::string& conditions = "");  // LOOPS THROUGH C DEPTH 4
  // CAUSES OF B DEPTH 3 (B: Q4's target): a search against the arrows, the
  // number of nodes it reaches.
  long long CausesOfQ4Target(const Workload& w, const std::string& conditions = "");

  const Store& store() const { return *store_; }

 private:
  std::unique_ptr<Store> store_;
};

}  // namespace causalkg::bench
