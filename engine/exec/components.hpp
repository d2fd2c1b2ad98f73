// Strongly connected components (Tarjan 1972), of a LoopGraph or of the part
// of it that a loop search has not yet removed.
#pragma once

#include <cstddef>
#include <vector>

#include "engine/exec/loop_graph.hpp"

namespace causalkg {

class ComponentFinder {
 public:
  explicit ComponentFinder(const LoopGraph& graph);

  // The components of the subgraph induced by `nodes` (each marked in
  // `member`, which has an entry per node of the graph) that can hold a
  // loop: those of two or more nodes, and single nodes with an edge to
  // themselves. Each component's nodes are in ascending order; the
  // components in no particular order. Costs O(nodes + their edges), not
  // O(graph), so that a search may call it after removing each node.
  std::vector<std::vector<int>> Find(const std::vector<int>& nodes,
                                     const std::vector<char>& member);

 private:
  const LoopGraph& graph_;
  std::vector<int> index_, low_;
  std::vector<char> on_stack_;
};

// Every component of `graph` that can hold a loop.
std::vector<std::vector<int>> LoopComponents(const LoopGraph& graph);

// The number of edges of `graph` that stay inside `component` (sorted).
std::size_t EdgesInside(const LoopGraph& graph, const std::vector<int>& component);

}  // namespace causalkg
