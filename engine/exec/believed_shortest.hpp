// SHORTEST ... ORDER BY belief: of the chains with the fewest steps, the
// most believable (or, ascending, the least).
#pragma once

#include "engine/binder/bound_statement.hpp"
#include "engine/exec/causal_graph.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

// A bidirectional BFS that finishes the layer where the two searches meet,
// so that every chain of fewest steps (at most `depth`) runs through the
// nodes they meet on; the claims of those chains are weighed, and the chain
// of the largest (kDescending) or smallest product of beliefs is kept, a
// layer at a time, without listing the chains. None when `to` is not
// reachable. The chain carries its belief.
Result<PathsResult> FindBelievedShortest(CausalGraph& graph, TermId from, TermId to, int depth,
                                         BeliefOrder order);

}  // namespace causalkg
