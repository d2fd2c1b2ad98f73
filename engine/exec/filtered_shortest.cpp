#include "engine/exec/filtered_shortest.hpp"

#include "engine/exec/meet_in_the_middle.hpp"

namespace causalkg {

namespace {

// What growing a node against the arrows costs, in what growing one along
// them costs, when a condition tests the quote: a scan of its incoming
// claims, and a seek for the evidence of each of those it would take.
// Measured on the benchmark (bench/RESULTS.md), 2 to 4 read the fewest lists
// and pieces; the searches meet where this balances them.
constexpr std::size_t kSeekingAgainstTheArrows = 2;

}  // namespace

PathsResult FindShortestFiltered(CausalGraph& graph, TermId from, TermId to, int depth) {
  if (graph.InIsOneScan()) {
    // The qualifying edges into a node are one scan, as those out of it:
    // both halves grow alike.
    return MeetInTheMiddle(
        graph, from, to, depth, /*backward_cost=*/1,
        [&graph](TermId u) -> const std::vector<Edge>& { return graph.In(u); },
        [](TermId, const Edge&) { return true; });
  }
  return MeetInTheMiddle(
      graph, from, to, depth, kSeekingAgainstTheArrows,
      [&graph](TermId u) -> const std::vector<Edge>& { return graph.InForBounds(u); },
      [&graph](TermId u, const Edge& e) {
        return graph.Qualifies({e.node, e.relation, u});
      });
}

}  // namespace causalkg
