// CONTRADICTIONS [FOR x]: pairs of claims that disagree. CONTRADICTIONS
// CHAINS FROM a TO b: pairs of chains of opposite net sign between a and b.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundContradictions> Bind(const ast::Contradictions& contradictions,
                                 const BindContext& context) {
  BoundContradictions bound;
  bound.chains = contradictions.chains;
  auto options = context.ChainOptions(contradictions.options, kDefaultDepth);
  if (!options.ok()) return std::move(options).TakeStatus();
  bound.options = std::move(options).value();
  if (contradictions.focus) {
    auto focus = context.Node(*contradictions.focus);
    if (!focus.ok()) return std::move(focus).TakeStatus();
    bound.focus = std::move(focus).value();
  }
  if (!bound.chains) return bound;
  auto from = context.Node(*contradictions.from);
  if (!from.ok()) return std::move(from).TakeStatus();
  bound.from = std::move(from).value();
  auto to = context.Node(*contradictions.to);
  if (!to.ok()) return std::move(to).TakeStatus();
  bound.to = std::move(to).value();
  if (bound.from.id == bound.to.id) {
    return Status::Query(
               "CONTRADICTIONS CHAINS goes from one node to another, and both are '" +
                   contradictions.from->text + "'",
               "for the loops through a node, use LOOPS THROUGH " + contradictions.from->text)
        .AtOffset(contradictions.to->offset);
  }
  return bound;
}

PlanNode PlanOf(const BoundContradictions& contradictions) {
  const BoundChainOptions& o = contradictions.options;
  PlanNode belief =
      PlanStep("belief", "of each side, from its evidence and its sources' error rates");
  if (contradictions.chains) {
    PlanNode search =
        PrunedSearch(o, contradictions.to.name,
                     "of simple paths from " + contradictions.from.name + " to " +
                         contradictions.to.name + " " + DepthText(o.depth) + ", shortest first");
    PlanNode pairs = PlanStep("pair", "each chain of net sign + with each of net sign -",
                              {std::move(search), std::move(belief)});
    const bool ascending = o.order_by_belief == BeliefOrder::kAscending;
    return Limit(o.limit, "pairs",
                 PlanStep("sort",
                          std::string("by the belief of the weaker chain, the ") +
                              (ascending ? "weakest" : "strongest") + " first",
                          {std::move(pairs)}));
  }
  const std::string claims = contradictions.focus ? "the claims of " + contradictions.focus->name +
                                                        " (as subject or object)"
                                                  : "every claim";
  PlanNode opposite = PlanStep("opposite signs",
                               claims +
                                   " of relations of polarity + and -, grouped by subject "
                                   "and object",
                               {CausalEdges(o)});
  PlanNode refuted = PlanStep("refuted", "the evidence of " + claims + ": pieces that refute it");
  PlanNode found = PlanStep("union", "", {std::move(opposite), std::move(refuted)});
  return Limit(o.limit, "pairs",
               PlanStep("sort", "by the belief of the weaker side",
                        {PlanStep("pair", "", {std::move(found), std::move(belief)})}));
}

}  // namespace causalkg
