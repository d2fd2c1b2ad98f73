// LOOPS [THROUGH x]: each feedback loop once, reinforcing or balancing.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundLoops> Bind(const ast::Loops& loops, const BindContext& context) {
  BoundLoops bound;
  auto options = context.ChainOptions(loops.options, kDefaultDepth);
  if (!options.ok()) return std::move(options).TakeStatus();
  bound.options = std::move(options).value();
  if (loops.through) {
    auto through = context.Node(*loops.through);
    if (!through.ok()) return std::move(through).TakeStatus();
    bound.through = std::move(through).value();
  }
  return bound;
}

PlanNode PlanOf(const BoundLoops& loops) {
  const BoundChainOptions& o = loops.options;
  PlanNode search =
      loops.through
          ? PrunedSearch(o, loops.through->name,
                         "of simple cycles through " + loops.through->name + " " +
                             DepthText(o.depth) + ", shortest first")
          : PlanStep("depth-first search",
                     "of simple cycles from each node through larger ids only " +
                         DepthText(o.depth) + ", shortest first",
                     {PlanStep("scan", "every node with a causal edge", {CausalEdges(o)})});
  return Limit(o.limit, "loops", BeliefSort(o, "loops", SignFilter(o, "loop", std::move(search))));
}

}  // namespace causalkg
