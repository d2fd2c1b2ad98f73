#include "engine/exec/independent_loops.hpp"

#include <algorithm>
#include <deque>
#include <limits>

#include "engine/exec/components.hpp"
#include "engine/exec/loop_graph.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

namespace {

// A loop as links of the LoopGraph, from its smallest node.
struct Candidate {
  std::vector<int> nodes;
  std::vector<std::uint32_t> edges;
};

bool Before(const LoopGraph& graph, const Candidate& a, const Candidate& b) {
  if (a.edges.size() != b.edges.size()) return a.edges.size() < b.edges.size();
  if (a.nodes != b.nodes) return a.nodes < b.nodes;  // node index order is id order
  for (std::size_t i = 0; i < a.edges.size(); ++i) {
    if (graph.relations[a.edges[i]] != graph.relations[b.edges[i]])
      return graph.relations[a.edges[i]] < graph.relations[b.edges[i]];
  }
  return a.edges < b.edges;
}

// The shortest loop through `link` inside the component marked in
// `member`: the link, then a shortest path from its end back to its start.
Candidate ShortestLoopThrough(const LoopGraph& graph, const std::vector<char>& member, int from,
                              std::uint32_t link, std::vector<std::int64_t>& via) {
  const int to = static_cast<int>(graph.targets[link]);
  Candidate loop;
  std::vector<int> touched{to};
  if (to != from) {
    via[to] = -2;  // the search's root
    std::deque<int> queue{to};
    while (!queue.empty() && via[from] == -1) {
      const int u = queue.front();
      queue.pop_front();
      for (std::uint32_t e = graph.begin(u); e < graph.end(u); ++e) {
        const int w = static_cast<int>(graph.targets[e]);
        if (!member[w] || via[w] != -1) continue;
        via[w] = e;
        touched.push_back(w);
        if (w == from) break;
        queue.push_back(w);
      }
    }
  }
  // Walk back from `from` to `to`: the path, reversed.
  std::vector<std::uint32_t> path;
  for (int v = from; v != to;) {
    const auto e = static_cast<std::uint32_t>(via[v]);
    path.push_back(e);
    // The edge's start: the node whose range holds it.
    const auto at = std::upper_bound(graph.offsets.begin(), graph.offsets.end(), e);
    v = static_cast<int>(at - graph.offsets.begin()) - 1;
  }
  std::reverse(path.begin(), path.end());
  loop.nodes.push_back(from);
  loop.edges.push_back(link);
  int v = to;
  for (std::uint32_t e : path) {
    loop.nodes.push_back(v);
    loop.edges.push_back(e);
    v = static_cast<int>(graph.targets[e]);
  }
  for (int t : touched) via[t] = -1;
  // From its smallest node.
  const auto smallest = std::min_element(loop.nodes.begin(), loop.nodes.end()) - loop.nodes.begin();
  std::rotate(loop.nodes.begin(), loop.nodes.begin() + smallest, loop.nodes.end());
  std::rotate(loop.edges.begin(), loop.edges.begin() + smallest, loop.edges.end());
  return loop;
}

}  // namespace

PathsResult FindIndependentLoops(CausalGraph& graph, std::optional<TermId> through,
                                 std::uint64_t limit) {
  PathsResult result;
  result.kind = PathKind::kLoops;
  result.independent = true;
  const LoopGraph loop_graph = ReadLoopGraph(graph, through, std::numeric_limits<int>::max());
  if (!graph.ok()) return result;
  const int through_index = through ? loop_graph.IndexOf(*through) : -1;
  if (through && through_index < 0) return result;
  auto components = LoopComponents(loop_graph);
  std::sort(components.begin(), components.end());
  std::vector<char> member(loop_graph.size(), 0);
  std::vector<std::int64_t> via(loop_graph.size(), -1);
  ResultBudget budget;
  for (const std::vector<int>& component : components) {
    if (through && !std::binary_search(component.begin(), component.end(), through_index)) continue;
    for (int v : component) member[v] = 1;
    std::vector<Candidate> candidates;
    std::size_t links = 0;
    for (int u : component) {
      for (std::uint32_t e = loop_graph.begin(u); e < loop_graph.end(u); ++e) {
        if (!member[loop_graph.targets[e]]) continue;
        ++links;
        candidates.push_back(ShortestLoopThrough(loop_graph, member, u, e, via));
      }
      if (!graph.ok()) return result;
    }
    for (int v : component) member[v] = 0;
    std::sort(candidates.begin(), candidates.end(),
              [&](const Candidate& a, const Candidate& b) { return Before(loop_graph, a, b); });
    candidates.erase(
        std::unique(candidates.begin(), candidates.end(),
                    [](const Candidate& a, const Candidate& b) { return a.edges == b.edges; }),
        candidates.end());
    std::vector<char> covered(loop_graph.targets.size(), 0);
    LoopComponent summary;
    summary.first = loop_graph.ids[component.front()];
    summary.nodes = component.size();
    summary.links = links;
    for (const Candidate& c : candidates) {
      const bool adds_a_link =
          std::any_of(c.edges.begin(), c.edges.end(), [&](std::uint32_t e) { return !covered[e]; });
      if (!adds_a_link) continue;
      for (std::uint32_t e : c.edges) covered[e] = 1;
      ++summary.independent_loops;
      if (through && std::find(c.nodes.begin(), c.nodes.end(), through_index) == c.nodes.end())
        continue;
      if (result.paths.size() >= limit) {
        result.truncated = true;
        continue;
      }
      Path path;
      for (int v : c.nodes) path.nodes.push_back(loop_graph.ids[v]);
      for (std::uint32_t e : c.edges) {
        path.steps.push_back({loop_graph.relations[e], PolarityOfSign(loop_graph.signs[e]), {}});
        path.sign *= loop_graph.signs[e];
      }
      path.is_loop = true;
      if (!budget.Take(path.nodes.size() + path.steps.size())) {
        result.truncated = result.capped = true;
        continue;
      }
      result.paths.push_back(std::move(path));
    }
    result.components.push_back(summary);
  }
  return result;
}

}  // namespace causalkg
