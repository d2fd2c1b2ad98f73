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
// from its smallest node), then of their relations; the breadth-first search
// follows a node's links in the store's order (by relation, then object) and
// keeps the first path that reaches a node. The same store gives the same
// set.
#pragma once

#include <cstdint>
#include <optional>

#include "engine/exec/causal_graph.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

// The set of each component (of `through`'s only, listing only its loops
// through `through`, when given), components in the order of their smallest
// node; at most `limit` loops.
PathsResult FindIndependentLoops(CausalGraph& graph, std::optional<TermId> through,
                                 std::uint64_t limit);

}  // namespace causalkg
