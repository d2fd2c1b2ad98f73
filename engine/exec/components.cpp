#include "engine/exec/components.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace causalkg {

namespace {
constexpr int kUnvisited = -1;
}  // namespace

ComponentFinder::ComponentFinder(const LoopGraph& graph)
    : graph_(graph),
      index_(graph.size(), kUnvisited),
      low_(graph.size(), 0),
      on_stack_(graph.size(), 0) {}

std::vector<std::vector<int>> ComponentFinder::Find(const std::vector<int>& nodes,
                                                    const std::vector<char>& member) {
  // Iterative: a recursion as deep as the graph is long would overflow the
  // stack on a long chain of claims.
  struct Frame {
    int node;
    std::uint32_t next_edge;
  };
  std::vector<Frame> calls;
  std::vector<int> stack;
  std::vector<std::vector<int>> components;
  int counter = 0;
  auto visit = [&](int v) {
    index_[v] = low_[v] = counter++;
    stack.push_back(v);
    on_stack_[v] = 1;
    calls.push_back({v, graph_.begin(v)});
  };
  for (int root : nodes) {
    if (index_[root] != kUnvisited) continue;
    visit(root);
    while (!calls.empty()) {
      Frame& frame = calls.back();
      const int v = frame.node;
      if (frame.next_edge < graph_.end(v)) {
        const int w = static_cast<int>(graph_.targets[frame.next_edge++]);
        if (!member[w]) continue;
        if (index_[w] == kUnvisited) {
          visit(w);
        } else if (on_stack_[w]) {
          low_[v] = std::min(low_[v], index_[w]);
        }
        continue;
      }
      calls.pop_back();
      if (!calls.empty()) low_[calls.back().node] = std::min(low_[calls.back().node], low_[v]);
      if (low_[v] != index_[v]) continue;
      std::vector<int> component;
      int w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack_[w] = 0;
        component.push_back(w);
      } while (w != v);
      bool holds_loop = component.size() > 1;
      for (std::uint32_t e = graph_.begin(v); !holds_loop && e < graph_.end(v); ++e) {
        holds_loop = static_cast<int>(graph_.targets[e]) == v;
      }
      if (!holds_loop) continue;
      std::sort(component.begin(), component.end());
      components.push_back(std::move(component));
    }
  }
  for (int v : nodes) index_[v] = kUnvisited;
  return components;
}

std::vector<std::vector<int>> LoopComponents(const LoopGraph& graph) {
  std::vector<int> nodes(graph.size());
  std::iota(nodes.begin(), nodes.end(), 0);
  const std::vector<char> member(graph.size(), 1);
  return ComponentFinder(graph).Find(nodes, member);
}

std::size_t EdgesInside(const LoopGraph& graph, const std::vector<int>& component) {
  std::size_t edges = 0;
  for (int v : component) {
    for (std::uint32_t e = graph.begin(v); e < graph.end(v); ++e) {
      edges += std::binary_search(component.begin(), component.end(),
                                  static_cast<int>(graph.targets[e]));
    }
  }
  return edges;
}

}  // namespace causalkg
