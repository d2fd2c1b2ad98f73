// SHORTEST FROM a TO b: one chain with the fewest steps.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundShortest> Bind(const ast::Shortest& shortest, const BindContext& context) {
  BoundShortest bound;
  auto options = context.ChainOptions(shortest.options, kOneChainDepth);
  if (!options.ok()) return std::move(options).TakeStatus();
  bound.options = std::move(options).value();
  auto from = context.Node(shortest.from);
  if (!from.ok()) return std::move(from).TakeStatus();
  bound.from = std::move(from).value();
  auto to = context.Node(shortest.to);
  if (!to.ok()) return std::move(to).TakeStatus();
  bound.to = std::move(to).value();
  return bound;
}

PlanNode PlanOf(const BoundShortest& shortest) {
  return PlanStep("bidirectional BFS",
                  "from " + shortest.from.name + " to " + shortest.to.name + " " +
                      DepthText(shortest.options.depth) + ", growing the smaller frontier",
                  {CausalEdges(shortest.options)});
}

}  // namespace causalkg
