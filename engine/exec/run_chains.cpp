// PATHS and SHORTEST: chains on the causal graph (LOOPS: run_loops.cpp).
#include "engine/exec/chains.hpp"
#include "engine/exec/run_statement.hpp"

namespace causalkg {

std::vector<TermId> ViaIds(const BoundChainOptions& options) {
  std::vector<TermId> ids;
  for (const BoundTerm& relation : options.via) ids.push_back(relation.id);
  return ids;
}

namespace {

Result<ResultBody> Finish(const CausalGraph& graph, RunContext& context, PathsResult result) {
  context.profile.adjacency_lists_read = graph.nodes_read();
  CAUSALKG_RETURN_IF_ERROR(graph.status());
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

}  // namespace causalkg
