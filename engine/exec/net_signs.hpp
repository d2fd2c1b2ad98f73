// The exact net signs of the simple chains from one node, at any depth the
// graph allows within a step budget.
//
// A node's net signs are those of every simple chain (no node twice, the
// origin never again) of at most `depth` steps from the origin to it. Three
// things make that exact without enumerating every chain:
//  - the signs of walks (chains that may repeat nodes) of at most `depth`
//    steps, found by a pass a step, bound them from above, and a walk that
//    repeats a node goes round a cycle, so a node that no strongly
//    connected component (or node with a link to itself) leads to has
//    exactly the signs of its walks;
//  - a depth-first walk of simple chains that expands each (node, sign) at
//    most once a length finds most of the signs below that bound cheaply;
//  - what is left, signs some walk has but no simple chain found yet has,
//    is settled by enumerating simple chains, pruned wherever no walk
//    within the remaining steps can reach a sign still unsettled. Only this
//    part spends the budget; when it runs out, exactly the nodes with an
//    unsettled sign are incomplete.
// A sign some walk has and no simple chain found yet has is reached by a walk
// through a strongly connected component (or a node with a link to itself).
// When the budget is spent and signs are still unsettled, the nodes left are
// grouped by the components within the depth upstream of them, and each
// group is settled on its own with a quarter of the budget again, the groups
// behind the smallest components first: a cheap component's nodes are
// settled even when a larger one took all the budget, and each node left
// incomplete names the components its unsettled signs depend on.
#pragma once

#include <cstdint>
#include <vector>

namespace causalkg {

// The graph within reach, as adjacency arrays over local numbers: node 0 is
// the origin; node u's edges are [start[u], start[u + 1]) of `to` and
// `sign` (+1, -1, or 0 for a step of unknown sign).
struct SignGraph {
  std::vector<std::uint32_t> start{0};
  std::vector<std::uint32_t> to;
  std::vector<std::int8_t> sign;
  std::uint32_t size() const { return static_cast<std::uint32_t>(start.size() - 1); }
};

// Sign masks: + 1, - 2, ? 4.
inline constexpr std::uint8_t kPlusBit = 1, kMinusBit = 2, kUnknownBit = 4;

struct NetSigns {
  std::vector<std::uint8_t> signs;  // each node's, by local number
  std::vector<char> complete;       // whether a node's signs are all its chains'
  bool all_complete = true;
  // What the search met, for PROFILE: the strongly connected components of
  // more than one node among the nodes reached, the largest's size, and the
  // steps the enumeration inside them took.
  std::uint32_t components = 0;
  std::uint32_t largest_component = 0;
  std::uint64_t enumerated_steps = 0;
  // When not all_complete: the components the incomplete nodes depend on
  // (each its nodes and the budgeted steps spent on its own links), and by
  // local number the indices into `exhausted` of those each incomplete node
  // depends on (empty for a complete node).
  struct Exhausted {
    std::vector<std::uint32_t> nodes;
    std::uint64_t steps = 0;
  };
  std::vector<Exhausted> exhausted;
  std::vector<std::vector<std::uint32_t>> depends_on;
};

NetSigns ExactNetSigns(const SignGraph& graph, int depth, std::uint64_t budget);

}  // namespace causalkg
