// The planner: a bound statement to its plan (plan.hpp). It reads counts
// from the store to choose (a MATCH's join order) and never runs the
// statement nor writes, so EXPLAIN is its plan and nothing more.
#pragma once

#include "engine/binder/bound_statement.hpp"
#include "engine/planner/plan.hpp"
#include "engine/storage/store.hpp"

namespace causalkg {

class Planner {
 public:
  // `store` must outlive the planner.
  explicit Planner(const Store& store) : store_(store) {}

  // The plan's tree is drawn for EXPLAIN and PROFILE only.
  Result<StatementPlan> Plan(const BoundStatement& statement) const;

 private:
  const Store& store_;
};

// The plan's tree with what a run of it counted (PROFILE): rows on each
// node that counted them, the time and the result's rows on the root.
PlanNode Profiled(const BoundStatement& statement, const StatementPlan& plan,
                  const RunProfile& profile);

}  // namespace causalkg
