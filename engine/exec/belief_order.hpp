// ORDER BY belief: chains ordered by their belief, the product of their
// steps' (ChainBelief), before LIMIT keeps the first.
#pragma once

#include <cstdint>

#include "engine/binder/bound_statement.hpp"
#include "engine/exec/causal_graph.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

// The claim step `i` of `path` follows (a loop's last step closes on its
// first node).
Triple StepClaim(const Path& path, std::size_t i);

// Gives each path of `result` its belief, orders them by it (ties keep the
// order they came in: shortest first), and keeps the first `limit`, noting
// the rest as truncated. `result` must hold every chain the search found.
Status OrderByBelief(CausalGraph& graph, BeliefOrder order, std::uint64_t limit,
                     PathsResult& result);

}  // namespace causalkg
