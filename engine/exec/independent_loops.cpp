#include "engine/exec/independent_loops.hpp"

#include <algorithm>
#include <limits>

#include "engine/exec/components.hpp"
#include "engine/exec/loop_graph.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

namespace {

bool Before(const LoopGraph& graph, const LoopLinks& a, const LoopLinks& b) {
  if (a.edges.size() != b.edges.size()) return a.edges.size() < b.edges.size();
  if (a.nodes != b.nodes) return a.nodes < b.nodes;  // node index order is id order
  for (std::size_t i = 0; i < a.edges.size(); ++i) {
    if (graph.relations[a.edges[i]] != graph.relations[b.edges[i]])
      return graph.relations[a.edges[i]] < graph.relations[b.edges[i]];
  }
  return a.edges < b.edges;
}

void FromSmallestNode(LoopLinks& loop) {
  const auto smallest = std::min_element(loop.nodes.begin(), loop.nodes.end()) - loop.nodes.begin();
  std::rotate(loop.nodes.begin(), loop.nodes.begin() + smallest, loop.nodes.end());
  std::rotate(loop.edges.begin(), loop.edges.begin() + smallest, loop.edges.end());
}

}  // namespace

IndependentLoopFinder::IndependentLoopFinder(const LoopGraph& graph)
    : graph_(graph),
      search_(graph),
      member_(graph.ids.size(), 0),
      covered_(graph.targets.size(), 0) {}

std::vector<LoopLinks> IndependentLoopFinder::Find(const std::vector<int>& component,
                                                   std::size_t* links) {
  const LoopGraph& graph = graph_;
  std::vector<char>& member = member_;
  std::vector<char>& covered = covered_;
  for (int v : component) member[v] = 1;
  std::vector<LoopLinks> candidates;
  std::size_t inside = 0;
  for (int u : component) {
    for (std::uint32_t e = graph.begin(u); e < graph.end(u); ++e) {
      if (!member[graph.targets[e]]) continue;
      ++inside;
      candidates.push_back(search_.Through(e, member));
      FromSmallestNode(candidates.back());
    }
  }
  for (int v : component) member[v] = 0;
  if (links) *links = inside;
  std::sort(candidates.begin(), candidates.end(),
            [&](const LoopLinks& a, const LoopLinks& b) { return Before(graph, a, b); });
  candidates.erase(
      std::unique(candidates.begin(), candidates.end(),
                  [](const LoopLinks& a, const LoopLinks& b) { return a.edges == b.edges; }),
      candidates.end());
  std::vector<LoopLinks> set;
  for (LoopLinks& c : candidates) {
    const bool adds_a_link =
        std::any_of(c.edges.begin(), c.edges.end(), [&](std::uint32_t e) { return !covered[e]; });
    if (!adds_a_link) continue;
    for (std::uint32_t e : c.edges) covered[e] = 1;
    set.push_back(std::move(c));
  }
  for (const LoopLinks& c : set) {
    for (std::uint32_t e : c.edges) covered[e] = 0;
  }
  return set;
}

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
  IndependentLoopFinder finder(loop_graph);
  ResultBudget budget;
  for (const std::vector<int>& component : components) {
    if (through && !std::binary_search(component.begin(), component.end(), through_index)) continue;
    LoopComponent summary;
    summary.first = loop_graph.ids[component.front()];
    summary.nodes = component.size();
    const std::vector<LoopLinks> set = finder.Find(component, &summary.links);
    summary.independent_loops = set.size();
    for (const LoopLinks& c : set) {
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
