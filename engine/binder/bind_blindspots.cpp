// BLINDSPOTS FOR t: the causes of t that no lever in place acts on.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundBlindspots> Bind(const ast::Blindspots& blindspots, const BindContext& context) {
  BoundBlindspots bound;
  auto options = context.ChainOptions(blindspots.options, kDefaultDepth);
  if (!options.ok()) return std::move(options).TakeStatus();
  bound.options = std::move(options).value();
  auto target = context.Node(blindspots.target);
  if (!target.ok()) return std::move(target).TakeStatus();
  bound.target = std::move(target).value();
  return bound;
}

PlanNode PlanOf(const BoundBlindspots& blindspots) {
  const BoundChainOptions& o = blindspots.options;
  PlanNode upstream =
      PlanStep("upstream nodes",
               "with a chain into " + blindspots.target.name + " " + DepthText(o.depth) +
                   ", their distances (BFS) and net signs (chains enumerated inside strong "
                   "components within a step budget)",
               {CausalEdges(o)});
  PlanNode policies = PlanStep("policies",
                               "the nodes is_a lever or is_a recommendation, and the nodes they "
                               "address, target or act on");
  PlanNode missed =
      PlanStep("anti join", "on the node acted on, dropping those a lever in place acts on",
               {std::move(upstream), std::move(policies)});
  return Limit(o.limit, "blind spots",
               RowBeliefSort(o, "blind spots",
                             "the belief of their most believable shortest chain into the target",
                             PlanStep("sort", "root causes first", {std::move(missed)})));
}

}  // namespace causalkg
