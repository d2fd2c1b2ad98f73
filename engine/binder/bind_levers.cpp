// LEVERS FOR t: the levers and recommendations acting on the chains into t.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundLevers> Bind(const ast::Levers& levers, const BindContext& context) {
  BoundLevers bound;
  auto options = context.ChainOptions(levers.options, kDefaultDepth);
  if (!options.ok()) return std::move(options).TakeStatus();
  bound.options = std::move(options).value();
  auto target = context.Node(levers.target);
  if (!target.ok()) return std::move(target).TakeStatus();
  bound.target = std::move(target).value();
  return bound;
}

PlanNode PlanOf(const BoundLevers& levers) {
  const BoundChainOptions& o = levers.options;
  PlanNode upstream =
      PlanStep("upstream nodes",
               "with a chain into " + levers.target.name + " " + DepthText(o.depth) +
                   ", their distances (BFS) and net signs (chains enumerated inside strong "
                   "components within a step budget)",
               {CausalEdges(o)});
  PlanNode policies = PlanStep("policies",
                               "the nodes is_a lever or is_a recommendation, and the nodes they "
                               "address, target or act on");
  PlanNode acting =
      PlanStep("hash join", "on the node acted on", {std::move(upstream), std::move(policies)});
  return Limit(
      o.limit, "levers",
      RowBeliefSort(
          o, "levers", "belief (the lever's claim times its chain's into the target)",
          PlanStep("sort", "levers in place first, then by distance", {std::move(acting)})));
}

}  // namespace causalkg
