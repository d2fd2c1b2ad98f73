// LOOPS [INDEPENDENT] [THROUGH x], COUNT LOOPS [THROUGH x]: the feedback
// loops, each once, listed, counted, or as an independent set.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundLoops> Bind(const ast::Loops& loops, const BindContext& context) {
  BoundLoops bound;
  bound.form = loops.form;
  bound.limit_given = loops.options.limit.has_value();
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

namespace {

// The components the search runs on, read from the store.
PlanNode Components(const BoundLoops& loops) {
  const BoundChainOptions& o = loops.options;
  if (loops.through) {
    return PlanStep("strongly connected component",
                    "of " + loops.through->name + ": the nodes it reaches that reach it",
                    {PlanStep("BFS", "from " + loops.through->name + ", forwards and backwards",
                              {CausalEdges(o)})});
  }
  return PlanStep("strongly connected components", "Tarjan's, of the nodes with a causal edge",
                  {PlanStep("scan", "every node with a causal edge", {CausalEdges(o)})});
}

std::string CircuitsText(const BoundLoops& loops) {
  return std::string(loops.through ? "of simple cycles through " + loops.through->name
                                   : "of simple cycles, each from its smallest node") +
         ", " + DepthText(loops.options.depth);
}

}  // namespace

PlanNode PlanOf(const BoundLoops& loops) {
  const BoundChainOptions& o = loops.options;
  switch (loops.form) {
    case ast::LoopsForm::kCount:
      return PlanStep("count", "loops by length and type (R, B, U), none held",
                      {PlanStep("Johnson's search", CircuitsText(loops), {Components(loops)})});
    case ast::LoopsForm::kIndependent:
      return Limit(o.limit, "loops",
                   PlanStep("shortest independent loop set",
                            "per component: the shortest loop through each link, shortest "
                            "first, kept when it has a link no loop kept before has",
                            {PlanStep("BFS", "from both ends of each link, a level at a time",
                                      {Components(loops)})}));
    case ast::LoopsForm::kList:
      break;
  }
  PlanNode search =
      PlanStep("Johnson's search", CircuitsText(loops) + ", shortest first", {Components(loops)});
  return Limit(o.limit, "loops", BeliefSort(o, "loops", SignFilter(o, "loop", std::move(search))));
}

}  // namespace causalkg
