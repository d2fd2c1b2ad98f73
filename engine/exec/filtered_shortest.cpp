#include "engine/exec/filtered_shortest.hpp"

#include <algorithm>
#include <unordered_map>

namespace causalkg {

namespace {

// What growing a node against the arrows costs, in what growing one along
// them costs (a scan of its claims' evidence, which lists its qualifying
// edges too): a scan of its incoming claims, and a seek for each of those it
// would take. Measured on the benchmark (bench/RESULTS.md), 2 to 4 read the
// fewest lists and pieces; the searches meet where this balances them.
constexpr std::size_t kAgainstTheArrows = 2;

}  // namespace

PathsResult FindShortestFiltered(CausalGraph& graph, TermId from, TermId to, int depth) {
  PathsResult result;
  result.kind = PathKind::kShortest;
  if (from == to) return result;
  struct Via {
    TermId node;
    Edge edge;
  };
  std::unordered_map<TermId, Via> forward{{from, {kNoTerm, {}}}}, backward{{to, {kNoTerm, {}}}};
  std::vector<TermId> forward_frontier{from}, backward_frontier{to};
  TermId meet = kNoTerm;
  for (int steps = 0; steps < depth && meet == kNoTerm && graph.ok(); ++steps) {
    const bool grow_forward =
        forward_frontier.size() <= backward_frontier.size() * kAgainstTheArrows;
    auto& frontier = grow_forward ? forward_frontier : backward_frontier;
    auto& seen = grow_forward ? forward : backward;
    auto& other = grow_forward ? backward : forward;
    std::vector<TermId> next;
    for (TermId u : frontier) {
      for (const Edge& e : grow_forward ? graph.Out(u) : graph.InForBounds(u)) {
        if (seen.count(e.node)) continue;
        if (!grow_forward && !graph.Qualifies({e.node, e.relation, u})) continue;
        seen.emplace(e.node, Via{u, e});
        next.push_back(e.node);
        if (other.count(e.node)) {
          meet = e.node;
          break;
        }
      }
      if (meet != kNoTerm) break;
    }
    frontier.swap(next);
    if (frontier.empty()) break;
  }
  if (meet == kNoTerm) return result;
  Path path;
  for (TermId v = meet; v != from; v = forward.at(v).node) {
    const Via& via = forward.at(v);
    path.nodes.push_back(v);
    path.steps.push_back({via.edge.relation, PolarityOfSign(via.edge.sign), {}});
  }
  path.nodes.push_back(from);
  std::reverse(path.nodes.begin(), path.nodes.end());
  std::reverse(path.steps.begin(), path.steps.end());
  for (TermId v = meet; v != to; v = backward.at(v).node) {
    const Via& via = backward.at(v);
    path.nodes.push_back(via.node);
    path.steps.push_back({via.edge.relation, PolarityOfSign(via.edge.sign), {}});
  }
  for (const Step& s : path.steps) path.sign *= SignOf(s.polarity);
  result.paths.push_back(std::move(path));
  return result;
}

}  // namespace causalkg
