// LOOPS INDEPENDENT: a shortest independent loop set (SILS; Oliva 2004,
// "Model structure analysis through graph theory: partition heuristics and
// feedback structure decomposition", System Dynamics Review 20(4)).
//
// Per strongly connected component: for each link u -> v, the shortest
// loop through it (the link, then a shortest path from v back to u, found
// breadth-first); these candidates, each once, shortest first; a candidate
// joins the set when it has a link that no loop already in the set has. So
// every link of the component is on a loop of the set, and each loop adds a
// link the ones before lack: the loops are independent, and the set holds
// at most the component's cyclomatic number (links - nodes + 1) of them.
//
// Ties: candidates of one length in the order of their node ids (each loop
// from its smallest node), then of their relations; the path back is the one
// a breadth-first search following a node's links in the store's order (by
// relation, then object) keeps, the first that reaches a node
// (ShortestLoopSearch finds it searching from both ends). The same store
// gives the same set.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "engine/exec/causal_graph.hpp"
#include "engine/exec/loop_graph.hpp"
#include "engine/exec/shortest_loop_search.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

// The sets of the components of one LoopGraph, with buffers kept from one
// component to the next.
class IndependentLoopFinder {
 public:
  explicit IndependentLoopFinder(const LoopGraph& graph);

  // The set of `component` (its nodes in ascending order, a strongly
  // connected component of the graph), each loop from its smallest node, in
  // the order they joined it. `links`, when given, gets the number of links
  // inside the component.
  std::vector<LoopLinks> Find(const std::vector<int>& component, std::size_t* links = nullptr);

 private:
  const LoopGraph& graph_;
  ShortestLoopSearch search_;
  std::vector<char> member_;
  std::vector<char> covered_;
};

// The set of each component (of `through`'s only, listing only its loops
// through `through`, when given), components in the order of their smallest
// node; at most `limit` loops.
PathsResult FindIndependentLoops(CausalGraph& graph, std::optional<TermId> through,
                                 std::uint64_t limit);

}  // namespace causalkg
