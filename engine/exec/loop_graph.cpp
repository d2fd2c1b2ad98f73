#include "engine/exec/loop_graph.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace causalkg {

namespace {

// The nodes within `depth` steps of `origin` (against the arrows when
// `upstream`), with their distance.
std::unordered_map<TermId, int> Reachable(CausalGraph& graph, TermId origin, bool upstream,
                                          int depth) {
  std::unordered_map<TermId, int> seen{{origin, 0}};
  std::deque<TermId> queue{origin};
  while (!queue.empty() && graph.ok()) {
    const TermId u = queue.front();
    queue.pop_front();
    const int d = seen[u];
    if (d >= depth) continue;
    for (const Edge& e : upstream ? graph.In(u) : graph.Out(u)) {
      if (seen.try_emplace(e.node, d + 1).second) queue.push_back(e.node);
    }
  }
  return seen;
}

}  // namespace

int LoopGraph::IndexOf(TermId id) const {
  auto it = std::lower_bound(ids.begin(), ids.end(), id);
  return it != ids.end() && *it == id ? static_cast<int>(it - ids.begin()) : -1;
}

LoopGraph ReadLoopGraph(CausalGraph& graph, std::optional<TermId> through, int depth) {
  LoopGraph loop_graph;
  std::vector<TermId>& ids = loop_graph.ids;
  if (through) {
    // A node on a loop of at most `depth` steps through `through` is there
    // and back in at most `depth` steps. Back from it half the depth first
    // (a node not met is farther back than that), then forwards only
    // through nodes that can still make it back in time, so that the links
    // of few other nodes are read; the search prunes the rest.
    const int horizon = depth / 2;
    const auto upstream = Reachable(graph, *through, /*upstream=*/true, horizon);
    std::unordered_map<TermId, int> downstream{{*through, 0}};
    std::deque<TermId> queue{*through};
    while (!queue.empty() && graph.ok()) {
      const TermId u = queue.front();
      queue.pop_front();
      ids.push_back(u);
      const int d = downstream[u];
      for (const Edge& e : graph.Out(u)) {
        auto back = upstream.find(e.node);
        const long least_back = back == upstream.end() ? horizon + 1L : back->second;
        if (d + 1L + least_back > depth) continue;
        if (downstream.try_emplace(e.node, d + 1).second) queue.push_back(e.node);
      }
    }
    std::sort(ids.begin(), ids.end());
  } else {
    ids = graph.Sources();
  }
  std::unordered_map<TermId, std::uint32_t> index;
  index.reserve(ids.size());
  for (std::uint32_t i = 0; i < ids.size(); ++i) index.emplace(ids[i], i);
  loop_graph.offsets.reserve(ids.size() + 1);
  loop_graph.offsets.push_back(0);
  for (TermId id : ids) {
    if (graph.ok()) {
      for (const Edge& e : graph.Out(id)) {
        auto at = index.find(e.node);
        if (at == index.end()) continue;
        loop_graph.targets.push_back(at->second);
        loop_graph.signs.push_back(static_cast<std::int8_t>(e.sign));
        loop_graph.relations.push_back(e.relation);
      }
    }
    loop_graph.offsets.push_back(static_cast<std::uint32_t>(loop_graph.targets.size()));
  }
  return loop_graph;
}

}  // namespace causalkg
