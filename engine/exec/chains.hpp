// The chain searches behind PATHS, SHORTEST, EFFECTS, CAUSES and LOOPS.
//
// Paths are simple (no node twice) and follow causal edges only, from
// subject to object; the net sign of a path is the product of its steps'
// signs (+1, -1, or 0 for a step of unknown sign, which makes the chain's
// sign unknown: model.hpp). Every enumeration is bounded by a depth and a limit and says
// when it stopped early.
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>

#include "engine/exec/causal_graph.hpp"
#include "engine/model/result.hpp"
#include "grammar/limits.hpp"

namespace causalkg {

inline constexpr int kMaxDepth = grammar::kMaxDepth;  // the grammar lets no DEPTH past it
// How many path steps EFFECTS, CAUSES, LEVERS and BLINDSPOTS may enumerate
// to settle the net signs that cycles leave open before they report those
// nodes' signs as partial (net_signs.hpp).
inline constexpr std::uint64_t kSignBudget = 2000000;

// Every simple path from `from` to `to` of 1..depth steps, shortest first;
// with `sign` (+1, -1 or kUnknownSign), only those of that net sign. At
// most `limit` paths.
PathsResult FindPaths(CausalGraph& graph, TermId from, TermId to, int depth,
                      std::optional<int> sign, std::uint64_t limit);

// One path of fewest steps (at most `depth`), searched from both ends; none
// when `to` is not reachable.
PathsResult FindShortest(CausalGraph& graph, TermId from, TermId to, int depth);

struct Reached {
  int distance = 0;
  SignSet signs;
};

// What the search for net signs met (engine/exec/net_signs.hpp).
struct SignSearch {
  bool truncated = false;        // some node's signs are from part of its chains
  std::uint64_t incomplete = 0;  // how many nodes' signs are
  std::uint32_t components = 0;  // strongly connected components of 2+ nodes reached
  std::uint32_t largest_component = 0;
  std::uint64_t enumerated_steps = 0;  // steps of the budgeted enumeration
  // The components whose chains the budget could not finish (largest
  // first), and for each node whose signs are incomplete the indices into
  // `exhausted` of those its unsettled signs pass through.
  std::vector<SignComponent> exhausted;
  std::unordered_map<TermId, std::vector<std::uint32_t>> depends_on;
  // The representatives of the components `node` depends on, in the order
  // of `exhausted`; none when its signs are complete.
  std::vector<TermId> DependsOn(TermId node) const;
};

// Every node reachable from `origin` (against the arrows when `upstream`)
// within `depth` steps, with its shortest distance and the net signs of the
// simple paths that reach it: exact, or for the nodes whose signs the sign
// budget could not settle, from part of their chains (SignSet::complete
// false, `search.truncated`; distances stay exact).
std::unordered_map<TermId, Reached> ReachFrom(CausalGraph& graph, TermId origin, bool upstream,
                                              int depth, SignSearch& search,
                                              std::uint64_t budget = kSignBudget);

}  // namespace causalkg
