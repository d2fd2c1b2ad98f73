#include "engine/exec/belief_order.hpp"

#include <algorithm>

namespace causalkg {

Triple StepClaim(const Path& path, std::size_t i) {
  const TermId to = i + 1 < path.nodes.size() ? path.nodes[i + 1] : path.nodes.front();
  return {path.nodes[i], path.steps[i].relation, to};
}

Status OrderByBelief(CausalGraph& graph, BeliefOrder order, std::uint64_t limit,
                     PathsResult& result) {
  std::vector<Triple> claims;
  for (const Path& path : result.paths) {
    for (std::size_t i = 0; i < path.steps.size(); ++i) claims.push_back(StepClaim(path, i));
  }
  CAUSALKG_RETURN_IF_ERROR(graph.Weigh(std::move(claims)));
  std::vector<double> steps;
  for (Path& path : result.paths) {
    steps.clear();
    for (std::size_t i = 0; i < path.steps.size(); ++i)
      steps.push_back(graph.BeliefOf(StepClaim(path, i)));
    path.belief = ChainBelief(steps);
  }
  std::stable_sort(result.paths.begin(), result.paths.end(), [order](const Path& a, const Path& b) {
    return order == BeliefOrder::kDescending ? *a.belief > *b.belief : *a.belief < *b.belief;
  });
  if (result.paths.size() > limit) {
    result.paths.resize(limit);
    result.truncated = true;
  }
  return Status::Ok();
}

}  // namespace causalkg
