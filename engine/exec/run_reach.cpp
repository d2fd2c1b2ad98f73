// EFFECTS OF and CAUSES OF: the nodes reached, with distances and net signs.
#include <algorithm>
#include <tuple>

#include "engine/exec/chains.hpp"
#include "engine/exec/levers.hpp"
#include "engine/exec/run_statement.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

Result<ResultBody> Run(const BoundReach& reach, RunContext& context) {
  const BoundChainOptions& o = reach.options;
  CausalGraph graph(context.store, ViaIds(o), context.options.cancel);
  ReachResult result;
  result.upstream = reach.upstream;
  result.origin = reach.origin.id;
  auto reached = ReachFrom(graph, reach.origin.id, reach.upstream, o.depth, result.signs_partial);
  context.profile.adjacency_lists_read = graph.nodes_read();
  result.truncated = result.signs_partial;
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  for (const auto& [id, node] : reached) {
    if (o.sign && !node.signs.Has(*o.sign)) continue;
    result.nodes.push_back({id, node.distance, node.signs});
  }
  std::sort(result.nodes.begin(), result.nodes.end(),
            [](const ReachedNode& a, const ReachedNode& b) {
              return std::tie(a.distance, a.id) < std::tie(b.distance, b.id);
            });
  result.total = result.nodes.size();
  if (result.nodes.size() > o.limit) {
    result.nodes.resize(o.limit);
    result.truncated = true;
  }
  if (result.nodes.size() > kMaxResultRows) {
    result.nodes.resize(kMaxResultRows);
    result.truncated = result.capped = true;
  }
  std::vector<TermId> drawn{reach.origin.id};
  for (const ReachedNode& n : result.nodes) drawn.push_back(n.id);
  AddCausalEdges(graph, drawn, context.diagram);
  return ResultBody(std::move(result));
}

}  // namespace causalkg
