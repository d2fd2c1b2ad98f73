// SHORTEST with conditions on evidence. The evidence of the claims out of a
// node is one scan, and so is that of the claims into a node, kept keyed by
// object too, without quotes: the two halves of the search grow alike. A
// condition on the quote needs a seek a claim into a node (evidence keys
// begin with their claim's subject): then the search against the arrows
// weighs only the claims it would take, and grows less than the search
// along them.
#pragma once

#include "engine/exec/causal_graph.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

// One chain of fewest steps (at most `depth`) from `from` to `to` over the
// steps `graph`'s evidence filter keeps; none when there is none. A
// bidirectional BFS, as FindShortest's; with a condition on the quote, with
// the difference above.
PathsResult FindShortestFiltered(CausalGraph& graph, TermId from, TermId to, int depth);

}  // namespace causalkg
