// SHORTEST's search, with conditions on evidence and without: a
// breadth-first search from both ends of the chain until they meet.
#pragma once

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <vector>

#include "engine/exec/causal_graph.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

// One chain of fewest steps (at most `depth`) from `from` to `to`, or none.
// Each round grows the smaller frontier, the backward one's size counted
// `backward_cost` times (what growing a node against the arrows costs in
// what growing one along them costs). The backward half reads the edges into
// a node u from `into(u)` and takes one only when `takes(u, edge)`.
template <typename Into, typename Takes>
PathsResult MeetInTheMiddle(CausalGraph& graph, TermId from, TermId to, int depth,
                            std::size_t backward_cost, Into into, Takes takes) {
  PathsResult result;
  result.kind = PathKind::kShortest;
  if (from == to) return result;
  // Parents remember the edge taken.
  struct Via {
    TermId node;
    Edge edge;
  };
  std::unordered_map<TermId, Via> forward{{from, {kNoTerm, {}}}}, backward{{to, {kNoTerm, {}}}};
  std::vector<TermId> forward_frontier{from}, backward_frontier{to};
  TermId meet = kNoTerm;
  for (int steps = 0; steps < depth && meet == kNoTerm && graph.ok(); ++steps) {
    const bool grow_forward = forward_frontier.size() <= backward_frontier.size() * backward_cost;
    auto& frontier = grow_forward ? forward_frontier : backward_frontier;
    auto& seen = grow_forward ? forward : backward;
    auto& other = grow_forward ? backward : forward;
    std::vector<TermId> next;
    for (TermId u : frontier) {
      for (const Edge& e : grow_forward ? graph.Out(u) : into(u)) {
        auto [at, added] = seen.try_emplace(e.node, Via{u, e});
        if (!added) continue;
        if (!grow_forward && !takes(u, e)) {
          seen.erase(at);
          continue;
        }
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
