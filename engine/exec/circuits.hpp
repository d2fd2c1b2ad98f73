// Every elementary circuit (simple cycle) of a LoopGraph once, up to a
// length, each handed to a callback as it is found: nothing accumulates.
//
// Johnson's search (1975) on strongly connected components: the graph's
// components are found once (Tarjan's), and in each, each node s in id
// order gets the circuits through s among s and the larger nodes, so that
// each circuit is found once, from its smallest node, and no time goes to
// nodes on no cycle. Where Johnson recomputes the components of what is
// left after each s, this search instead walks backwards from s, over
// larger nodes, as far as a circuit of at most `max_length` steps could
// reach: the nodes it finds, with their distance back to s, are the scope of
// the search from s. Without a bound that is s's component in what is left
// (Johnson's cost); with one, only s's neighbourhood, so that a bounded
// search on a large graph pays for what lies within the bound of each node,
// not for the whole component at each node.
//
// From s, a depth-first search whose blocking is Gupta and Suzumura's
// bounded form of Johnson's ("Finding All Bounded-Length Simple Cycles in a
// Directed Graph", 2021): each node carries a lock, the path length below
// which it may still be entered, at first what its distance back to s
// leaves of the bound, set to its place on the path when entered, and
// raised again (with the nodes blocked behind it) when a circuit closes
// through it. Without a bound the locks work as Johnson's blocked sets:
// O((V + E)(C + 1)) for C circuits; with a bound k, O(k (V + E)(C + 1)),
// still linear in the circuits found.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "engine/exec/components.hpp"
#include "engine/exec/loop_graph.hpp"

namespace causalkg {

// One circuit as the search holds it, valid during the callback only.
struct CircuitView {
  std::span<const int> nodes;  // nodes[0] is where it was found from
  // edges[i] leads from nodes[i] on; the last back to nodes[0]
  std::span<const std::uint32_t> edges;
  int sign = kPositiveSign;  // the product of the edges' signs
  int length() const { return static_cast<int>(edges.size()); }
};

class CircuitSearch {
 public:
  // `keep_going`, when given, is asked now and then; the search stops when
  // it says false.
  explicit CircuitSearch(const LoopGraph& graph, std::function<bool()> keep_going = {});

  // Calls `visit` for each circuit of at most `max_length` edges (through
  // the node of index `through` when given, found from it); parallel edges
  // make distinct circuits. Stops when `visit` returns false or keep_going
  // says so; returns false then.
  bool ForEach(int max_length, std::optional<int> through,
               const std::function<bool(const CircuitView&)>& visit);

  // The most steps a circuit can have: the size of the largest component.
  int LongestPossible();

 private:
  // The graph's components that can hold a loop, found once.
  const std::vector<std::vector<int>>& Components();
  // Marks the scope of a search from `start`: the nodes of the component
  // (larger than `start` when `larger_only`) from which it can be reached
  // in fewer than `max_length` steps, with their distance to it.
  void Scope(int start, bool larger_only, int max_length);
  bool SearchFrom(int start, bool larger_only, int max_length,
                  const std::function<bool(const CircuitView&)>& visit);
  void Relax(int node, int distance, int max_length);
  bool Tick();

  const LoopGraph& graph_;
  std::function<bool()> keep_going_;
  std::uint64_t ticks_ = 0;
  bool stopped_ = false;
  ComponentFinder components_;
  std::optional<std::vector<std::vector<int>>> whole_components_;
  // The edges reversed: node i's predecessors in
  // sources_[reverse_offsets_[i] .. reverse_offsets_[i + 1]).
  std::vector<std::uint32_t> reverse_offsets_;
  std::vector<int> sources_;
  std::vector<char> member_;    // in the component being searched
  std::vector<char> in_scope_;  // in the scope of the search from the current start
  std::vector<int> scope_;
  std::vector<int> distance_;  // back to the start, for the nodes in scope
  std::vector<char> on_path_;
  std::vector<int> lock_;
  std::vector<std::vector<int>> blocked_by_;  // B[w]: nodes whose lock waits on w's
  std::vector<int> path_;
  std::vector<std::uint32_t> path_edges_;
  std::vector<int> path_signs_;  // the product of the signs up to each node
  std::vector<std::pair<int, int>> relax_stack_;
};

}  // namespace causalkg
