#include "engine/exec/chains.hpp"

#include <algorithm>
#include <deque>
#include <unordered_set>

#include "engine/exec/meet_in_the_middle.hpp"
#include "engine/exec/net_signs.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

namespace {

// How far back from a goal to search before walking towards it.
int Horizon(int depth) { return (depth + 1) / 2; }

// Breadth-first distances from `origin` within `depth` steps. With
// `for_bounds`, against the arrows over every edge the evidence filter would
// drop too: lower bounds of the distances, for pruning, read without
// reading evidence.
std::unordered_map<TermId, int> Distances(CausalGraph& graph, TermId origin, bool upstream,
                                          int depth, bool for_bounds = false) {
  std::unordered_map<TermId, int> distance{{origin, 0}};
  std::deque<TermId> queue{origin};
  while (!queue.empty() && graph.ok()) {
    const TermId u = queue.front();
    queue.pop_front();
    const int d = distance[u];
    if (d >= depth) continue;
    const std::vector<Edge>& edges = !upstream    ? graph.Out(u)
                                     : for_bounds ? graph.InForBounds(u)
                                                  : graph.In(u);
    for (const Edge& e : edges) {
      if (distance.try_emplace(e.node, d + 1).second) queue.push_back(e.node);
    }
  }
  return distance;
}

// Depth-first enumeration of simple paths of exactly `length` steps from a
// start to a goal, pruned by each node's distance to the goal. `to_goal`
// holds the distances up to `horizon`; a node missing from it is farther.
class PathWalker {
 public:
  PathWalker(CausalGraph& graph, const std::unordered_map<TermId, int>& to_goal, TermId goal,
             int horizon)
      : graph_(graph), to_goal_(to_goal), goal_(goal), horizon_(horizon) {}

  // Calls `emit(path)` for each path; stops when it returns false. Returns
  // false when stopped.
  template <typename Emit>
  bool Walk(TermId start, int length, Emit&& emit) {
    nodes_ = {start};
    steps_.clear();
    on_path_ = {start};
    return Extend(start, length, 1, emit);
  }

 private:
  template <typename Emit>
  bool Extend(TermId u, int remaining, int sign, Emit& emit) {
    for (const Edge& e : graph_.Out(u)) {
      if (!graph_.ok()) return false;
      if (e.node == goal_) {
        if (remaining != 1) continue;
        Path path;
        path.nodes = nodes_;
        path.nodes.push_back(goal_);
        path.steps = steps_;
        path.steps.push_back({e.relation, PolarityOfSign(e.sign), {}});
        path.sign = sign * e.sign;
        if (!emit(std::move(path))) return false;
        continue;
      }
      if (remaining == 1 || on_path_.count(e.node)) continue;
      auto d = to_goal_.find(e.node);
      if (d == to_goal_.end() ? remaining - 1 <= horizon_ : d->second > remaining - 1) continue;
      nodes_.push_back(e.node);
      steps_.push_back({e.relation, PolarityOfSign(e.sign), {}});
      on_path_.insert(e.node);
      const bool go_on = Extend(e.node, remaining - 1, sign * e.sign, emit);
      on_path_.erase(e.node);
      steps_.pop_back();
      nodes_.pop_back();
      if (!go_on) return false;
    }
    return true;
  }

  CausalGraph& graph_;
  const std::unordered_map<TermId, int>& to_goal_;
  TermId goal_;
  int horizon_;
  std::vector<TermId> nodes_;
  std::vector<Step> steps_;
  std::unordered_set<TermId> on_path_;
};

// Collects paths up to a limit and what one result may hold, noting
// whether there were more.
struct Collector {
  PathsResult& result;
  std::uint64_t limit;
  ResultBudget budget;
  bool operator()(Path path) {
    if (result.paths.size() >= limit) {
      result.truncated = true;
      return false;
    }
    if (!budget.Take(path.nodes.size() + path.steps.size())) {
      result.truncated = result.capped = true;
      return false;
    }
    result.paths.push_back(std::move(path));
    return true;
  }
};

}  // namespace

PathsResult FindPaths(CausalGraph& graph, TermId from, TermId to, int depth,
                      std::optional<int> sign, std::uint64_t limit) {
  PathsResult result;
  result.kind = PathKind::kPaths;
  // The goal's neighbourhood, searched backwards half the depth: the walk
  // forwards prunes with it over its last steps. Half balances the two
  // searches, each of which grows with the degree to the power of its depth.
  const int horizon = Horizon(depth);
  const auto to_goal = Distances(graph, to, /*upstream=*/true, horizon, /*for_bounds=*/true);
  const auto at = to_goal.find(from);
  if (at == to_goal.end() && horizon == depth) return result;
  PathWalker walker(graph, to_goal, to, horizon);
  Collector collect{result, limit, {}};
  for (int length = at != to_goal.end() ? std::max(1, at->second) : horizon + 1; length <= depth;
       ++length) {
    const bool go_on = walker.Walk(from, length, [&](Path path) {
      if (sign && path.sign != *sign) return true;
      return collect(std::move(path));
    });
    if (!go_on) break;
  }
  return result;
}

PathsResult FindShortest(CausalGraph& graph, TermId from, TermId to, int depth) {
  return MeetInTheMiddle(
      graph, from, to, depth, /*backward_cost=*/1,
      [&graph](TermId u) -> const std::vector<Edge>& { return graph.In(u); },
      [](TermId, const Edge&) { return true; });
}

std::vector<TermId> SignSearch::DependsOn(TermId node) const {
  std::vector<TermId> out;
  const auto it = depends_on.find(node);
  if (it == depends_on.end()) return out;
  for (std::uint32_t i : it->second) out.push_back(exhausted[i].node);
  return out;
}

std::unordered_map<TermId, Reached> ReachFrom(CausalGraph& graph, TermId origin, bool upstream,
                                              int depth, SignSearch& search, std::uint64_t budget) {
  // The nodes within `depth` steps breadth first, numbered as met (the
  // origin 0), with the edges that chains of at most `depth` steps can take.
  // The local numbers are kept in a hash map while lists are sought a node
  // at a time, and in an array by id once the graph holds every list.
  constexpr std::uint32_t kUnmet = 0xFFFFFFFF;
  std::unordered_map<TermId, std::uint32_t> local{{origin, 0}};
  std::vector<std::uint32_t> by_id;
  std::vector<TermId> ids{origin};
  std::vector<int> distance{0};
  auto number = [&](TermId node) -> std::pair<std::uint32_t, bool> {
    const auto next = static_cast<std::uint32_t>(ids.size());
    if (!by_id.empty()) {
      std::uint32_t& at = by_id[node];  // every node on a list is within the bound
      if (at != kUnmet) return {at, false};
      return {at = next, true};
    }
    auto [at, fresh] = local.try_emplace(node, next);
    return {at->second, fresh};
  };
  SignGraph within;
  // The lists still to read: those of the nodes met within depth - 1 steps
  // (`near`: their lists lead to more lists to read) or at depth - 1. When
  // they, and those they are expected to lead to at the rate nodes were met
  // so far, grow many, the graph reads every list in one scan instead
  // (CausalGraph::ExpectReads).
  std::uint64_t unread_near = depth > 1 ? 1 : 0, unread_last = depth == 1 ? 1 : 0;
  for (std::uint32_t i = 0; i < ids.size(); ++i) {
    if (distance[i] < depth) {
      --(distance[i] + 1 < depth ? unread_near : unread_last);
      const double met_a_list = i > 0 ? static_cast<double>(ids.size() - 1) / i : 1;
      graph.ExpectReads(
          1 + unread_last + unread_near + static_cast<std::uint64_t>(met_a_list * unread_near),
          upstream);
      if (by_id.empty() && graph.IdBound(upstream) > 0) {
        by_id.assign(graph.IdBound(upstream), kUnmet);
        for (const auto& [id, n] : local) {
          if (id < by_id.size()) by_id[id] = n;  // past it: on no list
        }
        local = {};
      }
      const std::span<const Edge> edges = graph.Edges(ids[i], upstream);
      if (!graph.ok()) return {};
      for (const Edge& e : edges) {
        const auto [at, fresh] = number(e.node);
        if (fresh) {
          ids.push_back(e.node);
          distance.push_back(distance[i] + 1);
          if (distance[i] + 1 < depth) ++(distance[i] + 2 < depth ? unread_near : unread_last);
        }
        within.to.push_back(at);
        within.sign.push_back(static_cast<std::int8_t>(e.sign));
      }
    }
    within.start.push_back(static_cast<std::uint32_t>(within.to.size()));
  }
  const NetSigns signs = ExactNetSigns(within, depth, budget);
  search.truncated = !signs.all_complete;
  search.components = signs.components;
  search.largest_component = signs.largest_component;
  search.enumerated_steps = signs.enumerated_steps;
  // The components the incomplete nodes depend on, each named by its node of
  // smallest id, largest first.
  std::vector<std::uint32_t> rank(signs.exhausted.size());
  search.exhausted.clear();
  for (const NetSigns::Exhausted& c : signs.exhausted) {
    TermId node = ids[c.nodes.front()];
    for (std::uint32_t v : c.nodes) node = std::min(node, ids[v]);
    search.exhausted.push_back({node, static_cast<std::uint32_t>(c.nodes.size()), c.steps});
  }
  std::vector<std::uint32_t> order(signs.exhausted.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const SignComponent &x = search.exhausted[a], &y = search.exhausted[b];
    return x.size != y.size ? x.size > y.size : x.node < y.node;
  });
  std::vector<SignComponent> sorted;
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = i;
    sorted.push_back(search.exhausted[order[i]]);
  }
  search.exhausted = std::move(sorted);
  search.depends_on.clear();
  for (std::uint32_t v = 1; v < signs.depends_on.size(); ++v) {
    if (signs.depends_on[v].empty()) continue;
    std::vector<std::uint32_t>& on = search.depends_on[ids[v]];
    for (std::uint32_t i : signs.depends_on[v]) on.push_back(rank[i]);
    std::sort(on.begin(), on.end());
  }
  std::unordered_map<TermId, Reached> reached;
  reached.reserve(ids.size());
  for (std::uint32_t i = 1; i < ids.size(); ++i) {
    Reached& r = reached[ids[i]];
    r.distance = distance[i];
    r.signs.positive = signs.signs[i] & kPlusBit;
    r.signs.negative = signs.signs[i] & kMinusBit;
    r.signs.unknown = signs.signs[i] & kUnknownBit;
    r.signs.complete = signs.complete[i];
    if (!r.signs.complete) ++search.incomplete;
  }
  return reached;
}

}  // namespace causalkg
