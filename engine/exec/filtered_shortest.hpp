// SHORTEST with conditions on evidence. The evidence of the claims out of a
// node is one scan, but that of the claims into a node is a seek a claim
// (evidence keys begin with their claim's subject): the search against the
// arrows weighs only the claims it would take, and grows less than the
// search along them.
#pragma once

#include "engine/exec/causal_graph.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

// One chain of fewest steps (at most `depth`) from `from` to `to` over the
// steps `graph`'s evidence filter keeps; none when there is none. A
// bidirectional BFS, as FindShortest's, but for the two points above.
PathsResult FindShortestFiltered(CausalGraph& graph, TermId from, TermId to, int depth);

}  // namespace causalkg
