// LoopGraph: the causal edges among the nodes that may lie on a loop, held
// as compact arrays (node i of n, edges of node i in
// targets[offsets[i] .. offsets[i + 1])), so that the loop searches run on
// small integers rather than on store ids and hash maps.
//
// Nodes are in TermId order, so that "the smallest node of a loop" is the
// same by index and by id. Only nodes with an outgoing causal edge are kept,
// and only edges between kept nodes: no other node can be on a cycle.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "engine/exec/causal_graph.hpp"

namespace causalkg {

struct LoopGraph {
  std::vector<TermId> ids;             // node i's term
  std::vector<std::uint32_t> offsets;  // ids.size() + 1 entries
  std::vector<std::uint32_t> targets;  // an edge's other end, by node index
  std::vector<std::int8_t> signs;      // +1, -1, or kUnknownSign (0)
  std::vector<TermId> relations;       // an edge's relation

  int size() const { return static_cast<int>(ids.size()); }
  std::uint32_t begin(int node) const { return offsets[node]; }
  std::uint32_t end(int node) const { return offsets[node + 1]; }
  // The index of `id`, or -1 when it is not a node of the graph.
  int IndexOf(TermId id) const;
};

// Every node of `graph` with an outgoing causal edge and the edges among
// them; with `through`, only the nodes that can be on a loop of at most
// `depth` steps through it: reachable from it and reaching it, in at most
// `depth` steps there and back (with any depth, its strongly connected
// component), found by a search each way, so that no more of the store is
// read. Check graph.ok() after.
LoopGraph ReadLoopGraph(CausalGraph& graph, std::optional<TermId> through, int depth);

}  // namespace causalkg
