// LEVERS FOR and BLINDSPOTS FOR: which policies act on the causal chains
// into a node, and which causes on those chains no policy in place touches.
//
// A lever is a node `is_a lever` (a policy in place); a recommendation is a
// node `is_a recommendation` (proposed, not in place). Either acts on a node
// through an acting relation (addresses, targets, acts_on).
#pragma once

#include "engine/causal_graph.hpp"
#include "engine/result.hpp"

namespace causalkg {

Result<LeversResult> FindLevers(CausalGraph& graph, TermId target, int depth, std::uint64_t limit);

Result<BlindspotsResult> FindBlindspots(CausalGraph& graph, TermId target, int depth, std::uint64_t limit);

}  // namespace causalkg
