// Every elementary circuit (simple cycle) of a LoopGraph once, up to a
// length, each handed to a callback as it is found: nothing accumulates.
//
// The search is Johnson's (1975) on strongly connected components: take a
// component's smallest node s, find every circuit through s, remove s,
// split what is left into components again, and go on; so each circuit is
// found once, from its smallest node, and no time is spent on nodes that
// lie on no cycle. Within a component, the circuits through s are found by
// a depth-first search whose blocking is Gupta and Suzumura's bounded form
// of Johnson's ("Finding All Bounded-Length Simple Cycles in a Directed
// Graph", 2021): each node carries a lock, the shortest path length from s
// at which it may still be entered, raised again (with the nodes blocked
// behind it) when a circuit is found through it at a known distance back
// to s. Without a bound the locks work as Johnson's blocked set, and the
// search costs O((V + E)(C + 1)) for C circuits; with a bound k, O(k (V +
// E)(C + 1)), still linear in the circuits found.
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
  std::span<const std::uint32_t>
      edges;                 // edges[i] leads from nodes[i] on; the last back to nodes[0]
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

 private:
  bool SearchFrom(int start, const std::vector<int>& component, int max_length,
                  const std::function<bool(const CircuitView&)>& visit);
  void Relax(int node, int distance, int max_length);
  bool Tick();

  const LoopGraph& graph_;
  std::function<bool()> keep_going_;
  std::uint64_t ticks_ = 0;
  bool stopped_ = false;
  ComponentFinder components_;
  std::vector<char> member_;  // in the component being searched
  std::vector<char> on_path_;
  std::vector<int> lock_;
  std::vector<std::vector<int>> blocked_by_;  // B[w]: nodes whose lock waits on w's
  std::vector<int> path_;
  std::vector<std::uint32_t> path_edges_;
  std::vector<int> path_signs_;  // the product of the signs up to each node
};

}  // namespace causalkg
