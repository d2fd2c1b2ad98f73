// PATHS, SHORTEST and LOOPS: chains and cycles on the causal graph.
#include "engine/exec/answer_evidence.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/run_statement.hpp"

namespace causalkg {

std::vector<TermId> ViaIds(const BoundChainOptions& options) {
  std::vector<TermId> ids;
  for (const BoundTerm& relation : options.via) ids.push_back(relation.id);
  return ids;
}

namespace {

// The chains found, each step with its evidence and each chain with its belief.
Result<ResultBody> Finish(const CausalGraph& graph, RunContext& context, PathsResult result) {
  context.profile.adjacency_lists_read = graph.nodes_read();
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  if (!result.paths.empty()) {
    auto evidence = StepEvidence::Read(context.store);
    if (!evidence.ok()) return std::move(evidence).TakeStatus();
    CAUSALKG_RETURN_IF_ERROR(WeighChains(*evidence, result.paths));
  }
  return ResultBody(std::move(result));
}

}  // namespace

Result<ResultBody> Run(const BoundPaths& paths, RunContext& context) {
  const BoundChainOptions& o = paths.options;
  CausalGraph graph(context.store, ViaIds(o), context.options.cancel);
  return Finish(graph, context,
                FindPaths(graph, paths.from.id, paths.to.id, o.depth, o.sign, o.limit));
}

Result<ResultBody> Run(const BoundShortest& shortest, RunContext& context) {
  const BoundChainOptions& o = shortest.options;
  CausalGraph graph(context.store, ViaIds(o), context.options.cancel);
  return Finish(graph, context, FindShortest(graph, shortest.from.id, shortest.to.id, o.depth));
}

Result<ResultBody> Run(const BoundLoops& loops, RunContext& context) {
  const BoundChainOptions& o = loops.options;
  CausalGraph graph(context.store, ViaIds(o), context.options.cancel);
  std::optional<TermId> through;
  if (loops.through) through = loops.through->id;
  return Finish(graph, context, FindLoops(graph, through, o.depth, o.sign, o.limit));
}

}  // namespace causalkg
