// The shortest loop through a link of a strongly connected component, as
// LOOPS INDEPENDENT ranks its candidates: the link u -> v, then the shortest
// path from v back to u that a breadth-first search from v would keep
// (following each node's links in the graph's order, keeping the first path
// that reaches a node). That path is the smallest of the shortest paths
// compared link by link by their place in the graph's arrays, which lets it
// be found without that search: a search from each end, a level at a time,
// on the side with the smaller frontier, meets after about half the distance
// each way; the links of the shortest paths between the two ends are then
// marked, and a walk from v takes the first marked link at each step. On a
// graph whose balls grow fast with their radius this reads a small part of
// what the one-sided search reads, for the same path.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/exec/loop_graph.hpp"

namespace causalkg {

// A loop as links of a LoopGraph: nodes[i] -edges[i]-> nodes[i + 1], the
// last link back to nodes[0].
struct LoopLinks {
  std::vector<int> nodes;
  std::vector<std::uint32_t> edges;
};

class ShortestLoopSearch {
 public:
  // Holds its buffers for every later search on `graph`, which must outlive it.
  explicit ShortestLoopSearch(const LoopGraph& graph);

  // The loop through `link`, starting with it, inside the nodes marked in
  // `member` (one entry per node of the graph), which must be a strongly
  // connected component holding both ends of the link.
  LoopLinks Through(std::uint32_t link, const std::vector<char>& member);

  // The node a link starts from.
  int SourceOf(std::uint32_t link) const { return sources_[link]; }

 private:
  bool ExpandForward(const std::vector<char>& member);
  bool ExpandBackward(const std::vector<char>& member);
  void MarkShortestPaths(int distance);
  void Reset();

  const LoopGraph& graph_;
  std::vector<int> sources_;               // an edge's start
  std::vector<std::uint32_t> in_offsets_;  // the edges into node i: in_edges_[in_offsets_[i]..]
  std::vector<std::uint32_t> in_edges_;
  std::vector<int> from_start_, to_end_;  // distances found, -1 when not (yet)
  std::vector<int> on_path_;              // a node's place on a shortest path, -1 when on none
  std::vector<int> forward_, backward_;   // the nodes each search reached, a level after another
  std::vector<std::size_t> forward_levels_, backward_levels_;  // where each level starts
  std::vector<int> meeting_;  // the nodes both searches reached, at the distance
};

}  // namespace causalkg
