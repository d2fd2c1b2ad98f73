#include "engine/exec/loops.hpp"

#include <algorithm>
#include <map>
#include <queue>

#include "engine/exec/circuits.hpp"
#include "engine/exec/loop_graph.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

namespace {

// The loop a circuit is, with the start it was found from first.
void FillPath(const LoopGraph& graph, const CircuitView& circuit, Path& path) {
  path.nodes.clear();
  path.steps.clear();
  for (int v : circuit.nodes) path.nodes.push_back(graph.ids[v]);
  for (std::uint32_t e : circuit.edges) {
    path.steps.push_back({graph.relations[e], PolarityOfSign(graph.signs[e]), {}});
  }
  path.sign = circuit.sign;
  path.is_loop = true;
}

// Loops of one length in the order of their node ids, then of their
// relations: a stable order for the same store, whatever order the search
// found them in.
bool Before(const Path& a, const Path& b) {
  if (a.nodes != b.nodes) return a.nodes < b.nodes;
  for (std::size_t i = 0; i < a.steps.size(); ++i) {
    if (a.steps[i].relation != b.steps[i].relation)
      return a.steps[i].relation < b.steps[i].relation;
  }
  return false;
}

std::optional<int> ThroughIndex(const LoopGraph& graph, std::optional<TermId> through) {
  if (!through) return std::nullopt;
  return graph.IndexOf(*through);
}

// The length no loop of `graph` can pass: its number of nodes.
int LengthBound(const LoopGraph& graph, int depth) { return std::min(depth, graph.size()); }

}  // namespace

PathsResult FindLoops(CausalGraph& graph, const LoopQuery& query) {
  PathsResult result;
  result.kind = PathKind::kLoops;
  const LoopGraph loop_graph = ReadLoopGraph(graph, query.through, query.depth);
  const auto through = ThroughIndex(loop_graph, query.through);
  if (!graph.ok() || (query.through && !through)) return result;
  CircuitSearch search(loop_graph, [&] { return graph.ok(); });
  ResultBudget budget;
  // No pass past the largest component: no loop is longer.
  const int bound = std::min(query.depth, search.LongestPossible());
  auto wanted = [&](const CircuitView& c) { return !query.sign || c.sign == *query.sign; };
  // Length by length, so that the LIMIT keeps the shortest; each pass
  // keeps the first loops of its length by Before in a heap no larger
  // than the room left.
  for (int length = 1; length <= bound; ++length) {
    const std::uint64_t room = query.limit - result.paths.size();
    if (room == 0) {
      // Full: one more loop of any length left says that there are more.
      bool more = false;
      search.ForEach(bound, through, [&](const CircuitView& c) {
        more = c.length() >= length && wanted(c);
        return !more;
      });
      result.truncated = more;
      break;
    }
    auto later = [](const Path& a, const Path& b) { return Before(a, b); };
    std::priority_queue<Path, std::vector<Path>, decltype(later)> kept(later);
    std::uint64_t found = 0;
    Path path;
    const bool finished = search.ForEach(length, through, [&](const CircuitView& c) {
      if (c.length() != length || !wanted(c)) return true;
      ++found;
      FillPath(loop_graph, c, path);
      if (kept.size() < room) {
        kept.push(path);
      } else if (Before(path, kept.top())) {
        kept.pop();
        kept.push(path);
      }
      return true;
    });
    if (!finished) break;
    std::vector<Path> ordered;
    ordered.reserve(kept.size());
    while (!kept.empty()) {
      ordered.push_back(kept.top());
      kept.pop();
    }
    std::reverse(ordered.begin(), ordered.end());
    for (Path& p : ordered) {
      if (!budget.Take(p.nodes.size() + p.steps.size())) {
        result.truncated = result.capped = true;
        return result;
      }
      result.paths.push_back(std::move(p));
    }
    if (found > room) {
      result.truncated = true;
      break;
    }
  }
  return result;
}

bool StreamLoops(CausalGraph& graph, const LoopQuery& query,
                 const std::function<bool(const Path&)>& sink) {
  const LoopGraph loop_graph = ReadLoopGraph(graph, query.through, query.depth);
  const auto through = ThroughIndex(loop_graph, query.through);
  if (!graph.ok() || (query.through && !through)) return false;
  CircuitSearch search(loop_graph, [&] { return graph.ok(); });
  std::uint64_t sent = 0;
  bool more = false;
  Path path;  // one, refilled: nothing accumulates
  search.ForEach(LengthBound(loop_graph, query.depth), through, [&](const CircuitView& c) {
    if (query.sign && c.sign != *query.sign) return true;
    if (sent == query.limit) {
      more = true;
      return false;
    }
    ++sent;
    FillPath(loop_graph, c, path);
    return sink(path);
  });
  return more;
}

LoopCountResult CountLoops(CausalGraph& graph, std::optional<TermId> through, int depth) {
  LoopCountResult result;
  result.through = through;
  result.depth = depth;
  result.all_depths = depth == kAllDepths;
  const LoopGraph loop_graph = ReadLoopGraph(graph, through, depth);
  const auto start = ThroughIndex(loop_graph, through);
  if (!graph.ok() || (through && !start)) return result;
  const int bound = LengthBound(loop_graph, depth);
  std::vector<LoopTally> tallies(static_cast<std::size_t>(bound) + 1);
  CircuitSearch search(loop_graph, [&] { return graph.ok(); });
  search.ForEach(bound, start, [&](const CircuitView& c) {
    LoopTally& t = tallies[c.length()];
    ++(c.sign > 0 ? t.reinforcing : c.sign < 0 ? t.balancing : t.unknown);
    return true;
  });
  for (int length = 1; length <= bound; ++length) {
    if (tallies[length].Total() == 0) continue;
    tallies[length].length = length;
    result.lengths.push_back(tallies[length]);
  }
  return result;
}

}  // namespace causalkg
