// WHY: the evidence behind a claim, or behind each step of a chain.
#pragma once

#include <atomic>

#include "engine/binder/name_resolver.hpp"
#include "engine/model/result.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

// WHY s r o: the evidence of that claim (a Query error when there is no such
// claim). WHY a b: the shortest causal chain from a to b and the evidence of
// each of its steps (a Query error when there is none).
Result<WhyResult> Explain(const Store& store, const NameResolver& names, const ast::Why& why,
                          const std::atomic<bool>* cancel);

}  // namespace causalkg
