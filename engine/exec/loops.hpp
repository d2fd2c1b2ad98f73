// LOOPS and COUNT LOOPS: the feedback loops of the causal graph, found by
// Johnson's search on its strongly connected components (circuits.hpp).
//
// LOOPS lists them shortest first, the loops of one length in the order of
// their node ids, each from its smallest node (or from THROUGH's node), so
// that a LIMIT keeps the shortest loops and the same store gives the same
// list; it searches length by length and stops once the LIMIT is full.
// StreamLoops hands each loop to a sink as it is found (in the order of the
// search, not shortest first), holding none: memory stays flat however many
// loops there are. CountLoops tallies them by length and type, holding none.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>

#include "engine/exec/causal_graph.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

// DEPTH ALL: loops of any length.
inline constexpr int kAllDepths = std::numeric_limits<int>::max();

struct LoopQuery {
  std::optional<TermId> through;
  int depth = 4;            // most steps; kAllDepths for any
  std::optional<int> sign;  // only loops of this net sign
  std::uint64_t limit = std::numeric_limits<std::uint64_t>::max();
};

// At most `limit` loops of the query, shortest first (see above); cut by
// the result's caps as every listing is.
PathsResult FindLoops(CausalGraph& graph, const LoopQuery& query);

// Calls `sink` with each loop of the query as it is found, up to `limit`;
// the loop passed is valid during the call only. Returns whether there were
// more than `limit` (false also when the sink stopped the search).
bool StreamLoops(CausalGraph& graph, const LoopQuery& query,
                 const std::function<bool(const Path&)>& sink);

// The loops of the query (its sign and limit aside), counted by length
// and type without holding any.
LoopCountResult CountLoops(CausalGraph& graph, std::optional<TermId> through, int depth);

}  // namespace causalkg
