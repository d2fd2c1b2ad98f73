// MATCH: triple patterns joined on shared variables.
#pragma once

#include <atomic>

#include "engine/binder/name_resolver.hpp"
#include "engine/model/result.hpp"
#include "engine/storage/store.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

// Evaluates `match`. Patterns are joined in order of selectivity (most bound
// terms first, then fewest estimated triples), whatever the order typed;
// each WHERE comparison is checked as soon as its variables are bound.
// Without ORDER BY, LIMIT stops the search early. `plan`, when given,
// receives the join order for EXPLAIN.
Result<MatchResult> EvaluateMatch(const Store& store, const NameResolver& names,
                                  const ast::Match& match, std::uint64_t default_limit,
                                  const std::atomic<bool>* cancel, std::vector<PlanStep>* plan);

}  // namespace causalkg
