// Strongly connected components of a graph held as adjacency arrays
// (compressed rows): node u's successors are to[start[u] .. start[u + 1]).
#pragma once

#include <cstdint>
#include <vector>

namespace causalkg {

struct StrongComponents {
  // Each node's component. Components are numbered in reverse topological
  // order: every edge between two components leads to a lower number.
  std::vector<std::uint32_t> of;
  std::uint32_t count = 0;
};

// Tarjan's algorithm without recursion, so that a long chain cannot
// overflow the stack. Linear in nodes and edges.
StrongComponents FindStrongComponents(const std::vector<std::uint32_t>& start,
                                      const std::vector<std::uint32_t>& to);

}  // namespace causalkg
