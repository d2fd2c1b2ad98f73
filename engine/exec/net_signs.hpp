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
};

NetSigns ExactNetSigns(const SignGraph& graph, int depth, std::uint64_t budget);

}  // namespace causalkg
