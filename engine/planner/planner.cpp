#include "engine/planner/planner.hpp"

#include "engine/planner/match_plan.hpp"

namespace causalkg {

namespace {

// A MATCH has a join order to choose, from the store's counts.
Result<StatementPlan> PlanBody(const Store& store, const BoundMatch& match, ast::Mode mode) {
  StatementPlan plan;
  auto join = PlanJoin(store, match, /*shown=*/mode != ast::Mode::kRun);
  if (!join.ok()) return std::move(join).TakeStatus();
  plan.join = std::move(join).value();
  if (mode != ast::Mode::kRun) plan.tree = MatchTree(match, plan.join);
  return plan;
}

// Any other statement has one way to run, which its binder describes.
template <typename Bound>
Result<StatementPlan> PlanBody(const Store&, const Bound& body, ast::Mode mode) {
  StatementPlan plan;
  if (mode != ast::Mode::kRun) plan.tree = PlanOf(body);
  return plan;
}

}  // namespace

Result<StatementPlan> Planner::Plan(const BoundStatement& statement) const {
  return std::visit([&](const auto& body) { return PlanBody(store_, body, statement.mode); },
                    statement.body);
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
  if (profile.triples_scanned > 0) {
    tree.counters.push_back({"triples read in one scan", profile.triples_scanned});
  }
  if (profile.links_kept > 0) {
    tree.counters.push_back({"links kept from an earlier scan", profile.links_kept});
  }
  if (profile.strong_components > 0) {
    tree.counters.push_back({"strong components", profile.strong_components});
    tree.counters.push_back({"largest component (nodes)", profile.largest_component});
    tree.counters.push_back({"steps enumerated inside them", profile.steps_enumerated});
    if (profile.sign_budget > 0) {
      tree.counters.push_back({"step budget", profile.sign_budget});
      tree.counters.push_back({"components past the budget", profile.components_past_budget});
    }
  }
  if (profile.evidence_scans > 0) {
    tree.counters.push_back({"evidence scans", profile.evidence_scans});
  }
  return tree;
}

}  // namespace causalkg
