// LEVERS FOR and BLINDSPOTS FOR: the policies acting on the chains into a
// node, and the causes no lever in place acts on.
#include "engine/exec/levers.hpp"
#include "engine/exec/run_statement.hpp"

namespace causalkg {

Result<ResultBody> Run(const BoundLevers& levers, RunContext& context) {
  const BoundChainOptions& o = levers.options;
  CausalGraph graph = GraphOf(o, context);
  auto evidence = StepEvidence::Read(context.store);
  if (!evidence.ok()) return std::move(evidence).TakeStatus();
  SignSearch search;
  auto result =
      FindLevers(graph, levers.target.id, o.depth, o.limit, &context.diagram, &*evidence,
                 o.order_by_belief, &search, context.options.sign_budget.value_or(kSignBudget));
  CountReads(graph, context);
  CountSignSearch(search, context);
  if (!result.ok()) return std::move(result).TakeStatus();
  return ResultBody(std::move(result).value());
}

Result<ResultBody> Run(const BoundBlindspots& blindspots, RunContext& context) {
  const BoundChainOptions& o = blindspots.options;
  CausalGraph graph = GraphOf(o, context);
  auto evidence = StepEvidence::Read(context.store);
  if (!evidence.ok()) return std::move(evidence).TakeStatus();
  SignSearch search;
  auto result =
      FindBlindspots(graph, blindspots.target.id, o.depth, o.limit, &context.diagram, &*evidence,
                     o.order_by_belief, &search, context.options.sign_budget.value_or(kSignBudget));
  CountReads(graph, context);
  CountSignSearch(search, context);
  if (!result.ok()) return std::move(result).TakeStatus();
  return ResultBody(std::move(result).value());
}

}  // namespace causalkg
