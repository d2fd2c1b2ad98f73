#include "engine/exec/filtered_shortest.hpp"

#include "engine/exec/meet_in_the_middle.hpp"

namespace causalkg {

namespace {

// What growing a node against the arrows costs, in what growing one along
// them costs (a scan of its claims' evidence, which lists its qualifying
// edges too): a scan of its incoming claims, and a seek for each of those it
// would take. Measured on the benchmark (bench/RESULTS.md), 2 to 4 read the
// fewest lists and pieces; the searches meet where this balances them.
constexpr std::size_t kAgainstTheArrows = 2;

}  // namespace

PathsResult FindShortestFiltered(CausalGraph& graph, TermId from, TermId to, int depth) {
  return MeetInTheMiddle(
      graph, from, to, depth, kAgainstTheArrows,
      [&graph](TermId u) -> const std::vector<Edge>& { return graph.InForBounds(u); },
      [&graph](TermId u, const Edge& e) {
        return graph.Qualifies({e.node, e.relation, u});
      });
}

}  // namespace causalkg
