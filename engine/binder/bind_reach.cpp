// EFFECTS OF x / CAUSES OF x: the nodes x reaches, or that reach x, with
// their distance and net signs.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundReach> Bind(const ast::Reach& reach, const BindContext& context) {
  BoundReach bound;
  bound.upstream = reach.direction == ast::Direction::kUpstream;
  auto options = context.ChainOptions(reach.options, kDefaultDepth);
  if (!options.ok()) return std::move(options).TakeStatus();
  bound.options = std::move(options).value();
  auto origin = context.Node(reach.node);
  if (!origin.ok()) return std::move(origin).TakeStatus();
  bound.origin = std::move(origin).value();
  return bound;
}

PlanNode PlanOf(const BoundReach& reach) {
  const BoundChainOptions& o = reach.options;
  const std::string direction = reach.upstream ? "against" : "along";
  PlanNode distances = PlanStep("BFS",
                                direction + " the arrows from " + reach.origin.name + " " +
                                    DepthText(o.depth) + ", for distances",
                                {CausalEdges(o)});
  PlanNode signs =
      PlanStep("net signs",
               "of the simple chains " + direction + " the arrows from " + reach.origin.name + " " +
                   DepthText(o.depth) +
                   ": bounded by the walks' signs, exact where no strong component "
                   "precedes a node, chains enumerated inside strong components within a "
                   "step budget",
               {std::move(distances)});
  PlanNode sorted = PlanStep("sort", "by distance", {SignFilter(o, "chains", std::move(signs))});
  return Limit(o.limit, "nodes",
               RowBeliefSort(o, "nodes", "the belief of their most believable shortest chain",
                             std::move(sorted)));
}

}  // namespace causalkg
