// The feedback loops among a diagram's own causal edges, for diagrams
// whose result does not list loops (LEVERS, BLINDSPOTS): their marks R, B
// and U read as those of LOOPS. The graphs drawn are small, but a dense one
// has very many cycles, so the search is bounded and says when it stopped.
#pragma once

#include <cstddef>
#include <vector>

#include "engine/model/result.hpp"

namespace causalkg::cli {

inline constexpr std::size_t kMaxDiagramLoops = 20;
inline constexpr std::size_t kMaxDiagramLoopSteps = 8;

struct DiagramLoops {
  // Each simple cycle once (as LOOPS gives it: nodes not repeated, a step
  // a node), at most kMaxDiagramLoops of at most kMaxDiagramLoopSteps steps.
  std::vector<Path> loops;
  // Whether the search stopped before it had looked at every cycle of at
  // most kMaxDiagramLoopSteps steps: there may be more loops than marked.
  bool cut = false;
};

// The loops among the causal edges (polarity +, - or ?) of `edges`;
// policies' edges (no polarity) close none.
DiagramLoops FindDiagramLoops(const std::vector<GraphEdge>& edges);

}  // namespace causalkg::cli
