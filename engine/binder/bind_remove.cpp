// REMOVE s r o: a claim and all its evidence.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundRemove> Bind(const ast::Remove& remove, const BindContext& context) {
  BoundRemove bound;
  auto subject = context.Node(remove.subject);
  if (!subject.ok()) return std::move(subject).TakeStatus();
  bound.subject = std::move(subject).value();
  auto relation = context.Relation(remove.relation);
  if (!relation.ok()) return std::move(relation).TakeStatus();
  bound.relation = std::move(relation).value();
  auto object = context.Node(remove.object);
  if (!object.ok()) return std::move(object).TakeStatus();
  bound.object = std::move(object).value();
  return bound;
}

PlanNode PlanOf(const BoundRemove& remove) {
  const std::string claim = ClaimText(remove.subject, remove.relation, remove.object);
  return PlanStep("remove claim",
                  claim +
                      " and its evidence, and an end it leaves with no claim and no label of "
                      "its own: a write, staged in memory, then committed in one atomic step",
                  {PlanStep("lookup", "claim " + claim)});
}

}  // namespace causalkg
