#include "engine/planner/planner.hpp"

#include "engine/planner/match_plan.hpp"

namespace causalkg {

Result<StatementPlan> Planner::Plan(const BoundStatement& statement) const {
  StatementPlan plan;
  if (const auto* match = std::get_if<BoundMatch>(&statement.body)) {
    auto join = PlanJoin(store_, *match, statement.mode != ast::Mode::kRun);
    if (!join.ok()) return std::move(join).TakeStatus();
    plan.join = std::move(join).value();
    plan.tree = MatchTree(*match, plan.join);
    return plan;
  }
  // The other statements have one way to run, which their binder describes.
  plan.tree = std::visit(
      [](const auto& body) {
        if constexpr (std::is_same_v<std::decay_t<decltype(body)>, BoundMatch>) {
          return PlanNode();
        } else {
          return PlanOf(body);
        }
      },
      statement.body);
  return plan;
}

PlanNode Profiled(const BoundStatement& statement, const StatementPlan& plan,
                  const RunProfile& profile) {
  PlanNode tree = plan.tree;
  if (const auto* match = std::get_if<BoundMatch>(&statement.body)) {
    tree = MatchTree(*match, plan.join, &profile);
  }
  tree.rows = profile.rows;
  tree.milliseconds = profile.milliseconds;
  if (profile.adjacency_lists_read > 0) {
    tree.counters.push_back({"adjacency lists read", profile.adjacency_lists_read});
  }
  return tree;
}

}  // namespace causalkg
