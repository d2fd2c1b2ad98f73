// EFFECTS OF and CAUSES OF: the nodes reached, with distances and net signs.
#include <algorithm>
#include <utility>

#include "engine/exec/answer_evidence.hpp"
#include "engine/exec/best_chains.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/levers.hpp"
#include "engine/exec/row_order.hpp"
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
  auto reached = ReachFrom(graph, reach.origin.id, reach.upstream, o.depth, search,
                           context.options.sign_budget.value_or(kSignBudget));
  CountReads(graph, context);
  result.truncated = result.signs_partial = search.truncated;
  result.incomplete_components = search.exhausted;
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
  auto nearer = [](const Entry& a, const Entry& b) {
    return std::pair(a.distance, a.id) < std::pair(b.distance, b.id);
  };
  result.total = order.size();
  // Only the rows kept need their order: a deep search reaches most of the
  // graph, and a LIMIT keeps a few.
  const std::uint64_t keep =
      std::min<std::uint64_t>(LimitBeforeWeighing(o.order_by_belief, o.limit), kMaxResultRows);
  auto kept_end = order.end();
  if (keep < order.size()) {
    kept_end = order.begin() + static_cast<std::ptrdiff_t>(keep);
    std::nth_element(order.begin(), kept_end, order.end(), nearer);
  }
  std::sort(order.begin(), kept_end, nearer);
  KeepRows(order, LimitBeforeWeighing(o.order_by_belief, o.limit), result.truncated, result.capped);
  result.nodes.reserve(order.size());
  for (const Entry& e : order) {
    result.nodes.push_back({e.id, e.distance, e.signs, std::nullopt, search.DependsOn(e.id)});
  }
  std::optional<StepEvidence> evidence;
  if (!result.nodes.empty()) {
    auto read = StepEvidence::Read(context.store);
    if (!read.ok()) return std::move(read).TakeStatus();
    evidence.emplace(std::move(read).value());
  }
  // Each node returned with the most believable of its shortest chains.
  auto weigh_nodes = [&]() -> Status {
    std::vector<TermId> nodes;
    nodes.reserve(result.nodes.size());
    for (const ReachedNode& n : result.nodes) nodes.push_back(n.id);
    return BestChainEnds(
        graph, reach.origin.id, reach.upstream, reached, nodes, *evidence,
        [&](std::size_t i) -> std::optional<ChainEnd>& { return result.nodes[i].chain; });
  };
  if (o.order_by_belief && evidence) {
    // Every node weighed and ordered before the LIMIT keeps the first.
    CAUSALKG_RETURN_IF_ERROR(weigh_nodes());
    OrderRowsByBelief(result.nodes, *o.order_by_belief, [](const ReachedNode& n) {
      return n.chain ? std::optional(n.chain->belief) : std::nullopt;
    });
    KeepRows(result.nodes, o.limit, result.truncated, result.capped);
  }
  std::vector<TermId> drawn{reach.origin.id};
  for (const ReachedNode& n : result.nodes) drawn.push_back(n.id);
  AddCausalEdges(graph, drawn, context.diagram);
  if (!evidence) return ResultBody(std::move(result));
  // The diagram's edges hold the chains' steps: read in one pass before the
  // nodes' best chains, which then find their claims read.
  CAUSALKG_RETURN_IF_ERROR(WeighDiagram(*evidence, context.diagram));
  if (!o.order_by_belief) CAUSALKG_RETURN_IF_ERROR(weigh_nodes());
  return ResultBody(std::move(result));
}

}  // namespace causalkg
