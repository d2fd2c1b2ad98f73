// EFFECTS OF and CAUSES OF: the nodes reached, with distances and net signs.
#include <algorithm>
#include <utility>

#include "engine/exec/answer_evidence.hpp"
#include "engine/exec/best_chains.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/levers.hpp"
#include "engine/exec/run_statement.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

Result<ResultBody> Run(const BoundReach& reach, RunContext& context) {
  const BoundChainOptions& o = reach.options;
  CausalGraph graph = GraphOf(o, context);
  ReachResult result;
  result.upstream = reach.upstream;
  result.origin = reach.origin.id;
  SignSearch search;
  auto reached = ReachFrom(graph, reach.origin.id, reach.upstream, o.depth, search);
  CountReads(graph, context);
  result.truncated = result.signs_partial = search.truncated;
  CountSignSearch(search, context);
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  // Nearest first, then by id; sorted as small entries, not as rows.
  struct Entry {
    int distance;
    TermId id;
    SignSet signs;
  };
  std::vector<Entry> order;
  order.reserve(reached.size());
  for (const auto& [id, node] : reached) {
    if (o.sign && !node.signs.Has(*o.sign)) continue;
    order.push_back({node.distance, id, node.signs});
  }
  std::sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) {
    return std::pair(a.distance, a.id) < std::pair(b.distance, b.id);
  });
  result.total = order.size();
  if (order.size() > o.limit) {
    order.resize(o.limit);
    result.truncated = true;
  }
  if (order.size() > kMaxResultRows) {
    order.resize(kMaxResultRows);
    result.truncated = result.capped = true;
  }
  result.nodes.reserve(order.size());
  for (const Entry& e : order) result.nodes.push_back({e.id, e.distance, e.signs, std::nullopt});
  std::vector<TermId> drawn{reach.origin.id};
  for (const ReachedNode& n : result.nodes) drawn.push_back(n.id);
  AddCausalEdges(graph, drawn, context.diagram);
  if (result.nodes.empty()) return ResultBody(std::move(result));
  // Each node returned with the most believable of its shortest chains.
  auto evidence = StepEvidence::Read(context.store);
  if (!evidence.ok()) return std::move(evidence).TakeStatus();
  // The diagram first: its edges hold the chains' steps, read in one pass.
  CAUSALKG_RETURN_IF_ERROR(WeighDiagram(*evidence, context.diagram));
  CAUSALKG_RETURN_IF_ERROR(BestChainEnds(
      graph, reach.origin.id, reach.upstream, reached, {drawn.begin() + 1, drawn.end()}, *evidence,
      [&](std::size_t i) -> std::optional<ChainEnd>& { return result.nodes[i].chain; }));
  return ResultBody(std::move(result));
}

}  // namespace causalkg
