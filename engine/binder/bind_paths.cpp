// PATHS FROM a TO b: every simple chain, shortest first.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundPaths> Bind(const ast::Paths& paths, const BindContext& context) {
  BoundPaths bound;
  auto options = context.ChainOptions(paths.options, kDefaultDepth);
  if (!options.ok()) return std::move(options).TakeStatus();
  bound.options = std::move(options).value();
  auto from = context.Node(paths.from);
  if (!from.ok()) return std::move(from).TakeStatus();
  bound.from = std::move(from).value();
  auto to = context.Node(paths.to);
  if (!to.ok()) return std::move(to).TakeStatus();
  bound.to = std::move(to).value();
  if (bound.from.id == bound.to.id) {
    return Status::Query(
               "PATHS goes from one node to another, and both are '" + paths.from.text + "'",
               "for the loops through a node, use LOOPS THROUGH " + paths.from.text)
        .AtOffset(paths.to.offset);
  }
  return bound;
}

PlanNode PlanOf(const BoundPaths& paths) {
  const BoundChainOptions& o = paths.options;
  PlanNode search = PrunedSearch(o, paths.to.name,
                                 "of simple paths from " + paths.from.name + " to " +
                                     paths.to.name + " " + DepthText(o.depth) + ", shortest first");
  return Limit(o.limit, "paths", BeliefSort(o, "paths", SignFilter(o, "chain", std::move(search))));
}

}  // namespace causalkg
