#include "engine/exec/believed_shortest.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace causalkg {

namespace {

// One side of the search: the nodes of each layer, and each node's layer.
struct Side {
  std::vector<std::vector<TermId>> layers;
  std::unordered_map<TermId, int> layer_of;
};

// A step of a chain of fewest steps: from `node` (nearer the side's start)
// along `edge`.
struct DagStep {
  TermId node = kNoTerm;
  Edge edge;
};

// The best product of beliefs from a side's start to a node, and the step
// it came by.
struct Best {
  double belief = 1;
  DagStep via;
};

// The steps of every chain of fewest steps on one side: from the meeting
// nodes back to the side's start, layer by layer, reading only edge lists
// the search has read (the layers below the last were all expanded).
// `forward`: the side from `from`, along the arrows; else the side from
// `to`, against them. Each step is keyed by the node farther from the start.
std::vector<std::pair<TermId, DagStep>> DagSteps(CausalGraph& graph, const Side& side,
                                                 const std::vector<TermId>& meet, bool forward) {
  std::vector<std::pair<TermId, DagStep>> steps;
  std::unordered_set<TermId> needed(meet.begin(), meet.end());
  for (int k = static_cast<int>(side.layers.size()) - 1; k >= 1; --k) {
    std::unordered_set<TermId> below;
    for (TermId u : side.layers[k - 1]) {
      for (const Edge& e : forward ? graph.Out(u) : graph.In(u)) {
        auto at = side.layer_of.find(e.node);
        if (at == side.layer_of.end() || at->second != k || !needed.count(e.node)) continue;
        steps.push_back({e.node, {u, e}});
        below.insert(u);
      }
    }
    needed = std::move(below);
  }
  return steps;
}

}  // namespace

Result<PathsResult> FindBelievedShortest(CausalGraph& graph, TermId from, TermId to, int depth,
                                         BeliefOrder order) {
  PathsResult result;
  result.kind = PathKind::kShortest;
  if (from == to) return result;
  Side forward, backward;
  forward.layers = {{from}};
  forward.layer_of = {{from, 0}};
  backward.layers = {{to}};
  backward.layer_of = {{to, 0}};
  std::vector<TermId> meet;
  while (static_cast<int>(forward.layers.size() + backward.layers.size()) - 2 < depth &&
         meet.empty() && graph.ok()) {
    const bool grow_forward = forward.layers.back().size() <= backward.layers.back().size();
    Side& side = grow_forward ? forward : backward;
    const Side& other = grow_forward ? backward : forward;
    const int next_layer = static_cast<int>(side.layers.size());
    std::vector<TermId> next;
    for (TermId u : side.layers.back()) {
      for (const Edge& e : grow_forward ? graph.Out(u) : graph.In(u)) {
        if (!side.layer_of.try_emplace(e.node, next_layer).second) continue;
        next.push_back(e.node);
        if (other.layer_of.count(e.node)) meet.push_back(e.node);
      }
    }
    if (next.empty()) break;
    side.layers.push_back(std::move(next));
  }
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  if (meet.empty()) return result;

  // A node met on lies in the last layer of both sides (the layers before
  // met nowhere), so every chain of fewest steps runs through one of them.
  const auto forward_steps = DagSteps(graph, forward, meet, /*forward=*/true);
  const auto backward_steps = DagSteps(graph, backward, meet, /*forward=*/false);
  std::vector<Triple> claims;
  for (const auto& [v, step] : forward_steps) claims.push_back({step.node, step.edge.relation, v});
  for (const auto& [v, step] : backward_steps) claims.push_back({v, step.edge.relation, step.node});
  CAUSALKG_RETURN_IF_ERROR(graph.Weigh(claims));

  const bool most = order == BeliefOrder::kDescending;
  auto better = [most](double a, double b) { return most ? a > b : a < b; };
  // The best product from each side's start, layer by layer: the steps came
  // from the meeting nodes down, so they are taken in the reverse order.
  auto best_of = [&](const std::vector<std::pair<TermId, DagStep>>& steps, TermId start,
                     bool forward_side) {
    std::unordered_map<TermId, Best> best{{start, {1, {}}}};
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
      const auto& [v, step] = *it;
      const Triple claim = forward_side ? Triple{step.node, step.edge.relation, v}
                                        : Triple{v, step.edge.relation, step.node};
      const double belief = best.at(step.node).belief * graph.BeliefOf(claim);
      auto [at, inserted] = best.try_emplace(v, Best{belief, step});
      if (!inserted && better(belief, at->second.belief)) at->second = {belief, step};
    }
    return best;
  };
  const auto best_forward = best_of(forward_steps, from, true);
  const auto best_backward = best_of(backward_steps, to, false);
  TermId middle = kNoTerm;
  double chosen = 0;
  for (TermId m : meet) {
    const double belief = best_forward.at(m).belief * best_backward.at(m).belief;
    if (middle == kNoTerm || better(belief, chosen)) {
      middle = m;
      chosen = belief;
    }
  }

  Path path;
  for (TermId v = middle; v != from; v = best_forward.at(v).via.node) {
    const DagStep& step = best_forward.at(v).via;
    path.nodes.push_back(v);
    path.steps.push_back({step.edge.relation, PolarityOfSign(step.edge.sign), {}});
  }
  path.nodes.push_back(from);
  std::reverse(path.nodes.begin(), path.nodes.end());
  std::reverse(path.steps.begin(), path.steps.end());
  for (TermId v = middle; v != to; v = best_backward.at(v).via.node) {
    const DagStep& step = best_backward.at(v).via;
    path.nodes.push_back(step.node);
    path.steps.push_back({step.edge.relation, PolarityOfSign(step.edge.sign), {}});
  }
  for (const Step& s : path.steps) path.sign *= SignOf(s.polarity);
  path.belief = chosen;
  result.paths.push_back(std::move(path));
  return result;
}

}  // namespace causalkg
