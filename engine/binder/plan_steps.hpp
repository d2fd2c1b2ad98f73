// Building blocks of the plan trees the statements' binders describe
// themselves with (PlanOf in bound_statement.hpp): one wording for what
// several statements do alike.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/binder/bound_statement.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

PlanNode PlanStep(std::string operation, std::string detail, std::vector<PlanNode> children = {});

// "(digitalisation, increases, social_inequality)"
std::string ClaimText(const BoundTerm& subject, const BoundTerm& relation, const BoundTerm& object);

// "depth ≤ 4"
std::string DepthText(int depth);

// The edges a chain search follows: every causal relation, or the VIA ones,
// under the statement's evidence and belief filters.
PlanNode CausalEdges(const BoundChainOptions& options);

// A depth-first search (`detail` says of what) pruned by a backward BFS
// from `goal`: the BFS over the edges the search follows or, when the
// statement filters the steps, over every edge (its distances, lower
// bounds, need no evidence), with the filtered edges beside it.
PlanNode PrunedSearch(const BoundChainOptions& options, const std::string& goal,
                      const std::string& detail);

// `input` under a sort of its `what` ("paths", "loops") by belief when the
// statement has ORDER BY belief, else `input`.
PlanNode BeliefSort(const BoundChainOptions& options, const std::string& what, PlanNode input);

// `input` under a filter on the net sign of `what` ("chain", "loop") when
// the statement has SIGN, else `input`.
PlanNode SignFilter(const BoundChainOptions& options, const std::string& what, PlanNode input);

// `input` under a LIMIT of `limit` `rows` ("paths", "nodes").
// ORDER BY belief on the rows of EFFECTS, CAUSES, LEVERS, BLINDSPOTS:
// `rows` ordered by `belief` (what a row's belief is), or `input` unchanged.
PlanNode RowBeliefSort(const BoundChainOptions& options, const std::string& rows,
                       const std::string& belief, PlanNode input);
PlanNode Limit(std::uint64_t limit, const std::string& rows, PlanNode input);

}  // namespace causalkg
