#include "engine/exec/best_chains.hpp"

#include <algorithm>
#include <utility>

namespace causalkg {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// The nodes of the layers up to the farthest asked for, each with a local
// index, in flat arrays and a table of open addressing: a statement may
// weigh hundreds of nodes over thousands of edges, and a hash map's node or
// a vector a node would cost more than the weighing.
class Layers {
 public:
  Layers(TermId origin, const std::unordered_map<TermId, Reached>& reached, int farthest) {
    nodes_.push_back({origin, 0});
    for (const auto& [node, r] : reached) {
      if (node != origin && r.distance <= farthest) nodes_.push_back({node, r.distance});
    }
    std::size_t slots = 16;
    while (slots < 2 * nodes_.size()) slots *= 2;
    table_.assign(slots, kNone);
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      std::size_t at = Slot(nodes_[i].id);
      while (table_[at] != kNone) at = (at + 1) & (table_.size() - 1);
      table_[at] = i;
    }
  }
  std::size_t size() const { return nodes_.size(); }
  TermId Id(std::size_t i) const { return nodes_[i].id; }
  int Distance(std::size_t i) const { return nodes_[i].distance; }
  std::size_t IndexOf(TermId node) const {
    for (std::size_t at = Slot(node);; at = (at + 1) & (table_.size() - 1)) {
      const std::size_t i = table_[at];
      if (i == kNone || nodes_[i].id == node) return i;
    }
  }

 private:
  struct Node {
    TermId id;
    int distance;
  };
  std::size_t Slot(TermId node) const {
    return (std::size_t{node} * 0x9E3779B97F4A7C15ull >> 20) & (table_.size() - 1);
  }
  std::vector<Node> nodes_;
  std::vector<std::size_t> table_;  // indices into nodes_, kNone for an empty slot
};

// A step into a node from the layer before: from node `from` by `edge`.
struct Into {
  std::size_t from;
  Edge edge;
};

}  // namespace

Status BestChainEnds(const CausalGraph& graph, TermId origin, bool upstream,
                     const std::unordered_map<TermId, Reached>& reached,
                     const std::vector<TermId>& nodes, StepEvidence& evidence,
                     const std::function<std::optional<ChainEnd>&(std::size_t)>& end) {
  int farthest = 0;
  for (TermId node : nodes) {
    if (auto it = reached.find(node); it != reached.end() && node != origin)
      farthest = std::max(farthest, it->second.distance);
  }
  if (farthest == 0) return Status::Ok();
  const Layers layers(origin, reached, farthest);
  const std::size_t origin_index = layers.IndexOf(origin);
  auto claim_of = [&](const Into& step, std::size_t to) {
    const TermId nearer = layers.Id(step.from), node = layers.Id(to);
    return upstream ? Triple{node, step.edge.relation, nearer}
                    : Triple{nearer, step.edge.relation, node};
  };

  // The steps into each node from the layer before, grouped by node
  // (steps[first[v] .. first[v + 1]]), from the adjacency lists the search read.
  std::vector<std::pair<std::size_t, Into>> found;
  found.reserve(4 * layers.size());
  for (std::size_t u = 0; u < layers.size(); ++u) {
    if (layers.Distance(u) >= farthest) continue;
    const auto edges = upstream ? graph.CachedIn(layers.Id(u)) : graph.CachedOut(layers.Id(u));
    if (!edges) continue;
    for (const Edge& e : *edges) {
      const std::size_t v = layers.IndexOf(e.node);
      if (v != kNone && v != origin_index && layers.Distance(v) == layers.Distance(u) + 1)
        found.push_back({v, {u, e}});
    }
  }
  std::vector<std::size_t> first(layers.size() + 1, 0);
  for (const auto& [v, step] : found) ++first[v + 1];
  for (std::size_t v = 0; v < layers.size(); ++v) first[v + 1] += first[v];
  std::vector<Into> steps(found.size());
  {
    std::vector<std::size_t> at(first.begin(), first.end() - 1);
    for (const auto& [v, step] : found) steps[at[v]++] = step;
  }

  // The nodes whose best chains those asked for rest on, and their steps' claims.
  std::vector<char> needed(layers.size(), 0);
  std::vector<std::size_t> pending;
  for (TermId node : nodes) {
    const std::size_t v = layers.IndexOf(node);
    if (v != kNone && v != origin_index && !needed[v]) {
      needed[v] = 1;
      pending.push_back(v);
    }
  }
  std::vector<Triple> claims;
  const bool gather = evidence.holds_evidence();
  while (!pending.empty()) {
    const std::size_t v = pending.back();
    pending.pop_back();
    for (std::size_t s = first[v]; s < first[v + 1]; ++s) {
      if (gather) claims.push_back(claim_of(steps[s], v));
      const std::size_t u = steps[s].from;
      if (u != origin_index && !needed[u]) {
        needed[u] = 1;
        pending.push_back(u);
      }
    }
  }
  CAUSALKG_RETURN_IF_ERROR(evidence.Prefetch(claims));

  // Layer by layer, so that a step's node is weighed before the nodes it leads to.
  std::vector<double> belief(layers.size(), 0);
  std::vector<std::size_t> best(layers.size(), kNone);  // the step kept into each node
  std::vector<const EvidenceSummary*> summary(steps.size(), nullptr);
  belief[origin_index] = 1;
  for (int distance = 1; distance <= farthest; ++distance) {
    for (std::size_t v = 0; v < layers.size(); ++v) {
      if (!needed[v] || layers.Distance(v) != distance) continue;
      for (std::size_t s = first[v]; s < first[v + 1]; ++s) {
        const Into& step = steps[s];
        if (step.from != origin_index && best[step.from] == kNone) continue;
        auto read = evidence.Of(claim_of(step, v));
        if (!read.ok()) return std::move(read).TakeStatus();
        summary[s] = *read;
        const double chain = belief[step.from] * (*read)->belief;
        if (best[v] != kNone) {
          // Of chains as believable, the step whose nearer node, then
          // relation, comes first in the store's order of terms.
          const Into& kept = steps[best[v]];
          if (chain < belief[v] ||
              (chain == belief[v] && std::pair(layers.Id(kept.from), kept.edge.relation) <
                                         std::pair(layers.Id(step.from), step.edge.relation)))
            continue;
        }
        belief[v] = chain;
        best[v] = s;
      }
    }
  }

  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const std::size_t v = layers.IndexOf(nodes[i]);
    if (v == kNone || v == origin_index || best[v] == kNone) continue;
    const Into& step = steps[best[v]];
    ChainEnd& out = end(i).emplace();
    out.nearer = layers.Id(step.from);
    out.step.relation = step.edge.relation;
    out.step.polarity = PolarityOfSign(step.edge.sign);
    out.step.evidence = *summary[best[v]];
    out.belief = belief[v];
  }
  return Status::Ok();
}

}  // namespace causalkg
