// PATHS and SHORTEST: chains on the causal graph (LOOPS: run_loops.cpp).
#include <limits>

#include "engine/exec/answer_evidence.hpp"
#include "engine/exec/belief_order.hpp"
#include "engine/exec/believed_shortest.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/filtered_shortest.hpp"
#include "engine/exec/run_statement.hpp"

namespace causalkg {

std::vector<TermId> ViaIds(const BoundChainOptions& options) {
  std::vector<TermId> ids;
  for (const BoundTerm& relation : options.via) ids.push_back(relation.id);
  return ids;
}

CausalGraph GraphOf(const BoundChainOptions& options, const RunContext& context) {
  CausalGraph graph(context.store, ViaIds(options), context.options.cancel, options.filter);
  if (context.options.scan_threshold) graph.set_scan_threshold(*context.options.scan_threshold);
  return graph;
}

void CountReads(const CausalGraph& graph, RunContext& context) {
  context.profile.adjacency_lists_read = graph.nodes_read();
  context.profile.evidence_scans = graph.evidence_scans();
  context.profile.triples_scanned = graph.triples_scanned();
  context.profile.links_kept = graph.links_kept();
}

void CountSignSearch(const SignSearch& search, RunContext& context) {
  context.profile.strong_components = search.components;
  context.profile.largest_component = search.largest_component;
  context.profile.steps_enumerated = search.enumerated_steps;
  if (search.truncated) {
    context.profile.sign_budget = context.options.sign_budget.value_or(kSignBudget);
    context.profile.components_past_budget = search.exhausted.size();
  }
}

std::uint64_t SearchLimit(const BoundChainOptions& o) {
  return o.order_by_belief ? std::numeric_limits<std::uint64_t>::max() : o.limit;
}

Result<ResultBody> FinishChains(CausalGraph& graph, const BoundChainOptions& o, RunContext& context,
                                PathsResult result) {
  if (o.order_by_belief && graph.ok() && result.kind != PathKind::kShortest) {
    CAUSALKG_RETURN_IF_ERROR(OrderByBelief(graph, *o.order_by_belief, o.limit, result));
  }
  CountReads(graph, context);
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  if (!result.paths.empty()) {
    auto evidence = StepEvidence::Read(context.store);
    if (!evidence.ok()) return std::move(evidence).TakeStatus();
    CAUSALKG_RETURN_IF_ERROR(WeighChains(*evidence, result.paths));
  }
  return ResultBody(std::move(result));
}

Result<ResultBody> Run(const BoundPaths& paths, RunContext& context) {
  const BoundChainOptions& o = paths.options;
  CausalGraph graph = GraphOf(o, context);
  return FinishChains(
      graph, o, context,
      FindPaths(graph, paths.from.id, paths.to.id, o.depth, o.sign, SearchLimit(o)));
}

Result<ResultBody> Run(const BoundShortest& shortest, RunContext& context) {
  const BoundChainOptions& o = shortest.options;
  CausalGraph graph = GraphOf(o, context);
  if (!o.order_by_belief) {
    return FinishChains(
        graph, o, context,
        o.filter.empty() ? FindShortest(graph, shortest.from.id, shortest.to.id, o.depth)
                         : FindShortestFiltered(graph, shortest.from.id, shortest.to.id, o.depth));
  }
  auto found =
      FindBelievedShortest(graph, shortest.from.id, shortest.to.id, o.depth, *o.order_by_belief);
  if (!found.ok()) {
    CountReads(graph, context);
    return std::move(found).TakeStatus();
  }
  return FinishChains(graph, o, context, std::move(found).value());
}

}  // namespace causalkg
