// REMOVE NODE a: the node, every claim it is the subject or object of, and
// their evidence, in one write.
#include "engine/binder/node_claims.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundRemoveNode> Bind(const ast::RemoveNode& remove, const BindContext& context) {
  BoundRemoveNode bound;
  auto node = ChangeableNode(context, remove.node, "REMOVE NODE");
  if (!node.ok()) return std::move(node).TakeStatus();
  bound.node = std::move(node).value();
  auto has = ClaimsOf(context.store(), bound.node.id);
  if (!has.ok()) return std::move(has).TakeStatus();
  bound.has = std::move(has).value();
  return bound;
}

PlanNode PlanOf(const BoundRemoveNode& remove) {
  return PlanStep(
      "remove node",
      remove.node.name + ": a write, staged in memory, then committed in one atomic step",
      {PlanStep("remove claims", ClaimsText(remove.has) + ", and the nodes they leave with no "
                                                          "claim and no label of their own")});
}

}  // namespace causalkg
