// What a statement gets for the options it leaves out. The binder applies
// them, so that every later stage (plan, EXPLAIN, run) sees one value.
#pragma once

#include <cstdint>

#include "grammar/limits.hpp"

namespace causalkg {

inline constexpr int kDefaultDepth = 4;
inline constexpr std::uint64_t kDefaultLimit = 1000;
// SHORTEST and WHY a b look for one chain, as deep as chains go.
inline constexpr int kOneChainDepth = grammar::kMaxDepth;

}  // namespace causalkg
