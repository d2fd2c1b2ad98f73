// The most believable of the shortest chains from a search's origin to the
// nodes it reached (ChainEnd, engine/model/result.hpp), for EFFECTS, CAUSES,
// LEVERS and BLINDSPOTS. A chain of d steps ends in a node at distance d
// whose previous node is at distance d - 1, so the best chain to a node is
// its best step from the layer before, after the best chain to that step's
// node: a pass over the breadth-first layers, on the edges the search read
// (the graph is read no further). Only the chains to the nodes asked for
// are weighed, and only their steps' evidence is read.
#pragma once

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include "engine/exec/causal_graph.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/step_evidence.hpp"

namespace causalkg {

// `reached`: the nodes the search from `origin` reached (against the arrows
// when `upstream`), with their distances, as ReachFrom gives them. Writes
// the end of the best chain to each of `nodes` where `end(i)` says, for
// `nodes[i]` (a row's own field: hundreds of rows are filled in place);
// nothing for the origin, or a node the search read no step into.
Status BestChainEnds(const CausalGraph& graph, TermId origin, bool upstream,
                     const std::unordered_map<TermId, Reached>& reached,
                     const std::vector<TermId>& nodes, StepEvidence& evidence,
                     const std::function<std::optional<ChainEnd>&(std::size_t)>& end);

}  // namespace causalkg
