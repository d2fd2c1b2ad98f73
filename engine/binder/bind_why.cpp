// WHY s r o: the evidence of a claim. WHY a b: the evidence of each step of
// the shortest chain from a to b.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundWhy> Bind(const ast::Why& why, const BindContext& context) {
  BoundWhy bound;
  bound.depth = kOneChainDepth;
  auto subject = context.Node(why.first);
  if (!subject.ok()) return std::move(subject).TakeStatus();
  bound.subject = std::move(subject).value();
  if (why.third) {
    auto relation = context.Relation(why.second);
    if (!relation.ok()) return std::move(relation).TakeStatus();
    bound.relation = std::move(relation).value();
  }
  auto object = context.Node(why.third ? *why.third : why.second);
  if (!object.ok()) return std::move(object).TakeStatus();
  bound.object = std::move(object).value();
  return bound;
}

PlanNode PlanOf(const BoundWhy& why) {
  if (why.relation) {
    return PlanStep(
        "evidence", "of the claim",
        {PlanStep("lookup", "claim " + ClaimText(why.subject, *why.relation, why.object))});
  }
  BoundChainOptions every_causal_relation;
  return PlanStep(
      "evidence", "of each step of the chain",
      {PlanStep("bidirectional BFS",
                "from " + why.subject.name + " to " + why.object.name + " " + DepthText(why.depth),
                {CausalEdges(every_causal_relation)})});
}

}  // namespace causalkg
