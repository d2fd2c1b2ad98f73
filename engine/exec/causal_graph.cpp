#include "engine/exec/causal_graph.hpp"

#include "engine/exec/work_counters.hpp"

namespace causalkg {

CausalGraph::CausalGraph(const Store& store, std::vector<TermId> via,
                         const std::atomic<bool>* cancel)
    : store_(store), via_(via.begin(), via.end()), cancel_(cancel) {}

Status CausalGraph::status() const {
  if (!status_.ok()) return status_;
  if (cancel_ && cancel_->load()) return Status::Query("the query was cancelled");
  return Status::Ok();
}

std::vector<TermId> CausalGraph::Sources() {
  std::vector<TermId> sources;
  Status s = store_.Scan({}, [&](const Triple& t) {
    if (!sources.empty() && sources.back() == t.subject) return ok();
    if (store_.IsCausal(t.relation) && (via_.empty() || via_.count(t.relation)))
      sources.push_back(t.subject);
    return ok();
  });
  if (!s.ok()) status_ = std::move(s);
  return sources;
}

const std::vector<Edge>& CausalGraph::Edges(TermId node,
                                            std::unordered_map<TermId, std::vector<Edge>>& cache,
                                            bool incoming) {
  auto [it, inserted] = cache.try_emplace(node);
  if (!inserted || !ok()) return it->second;
  std::vector<Edge>& edges = it->second;
  ProcessWork().adjacency_lists_read.fetch_add(1, std::memory_order_relaxed);
  TriplePattern pattern;
  (incoming ? pattern.object : pattern.subject) = node;
  Status s = store_.Scan(pattern, [&](const Triple& t) {
    const Polarity polarity = store_.RelationPolarity(t.relation);
    if (polarity == Polarity::kNone) return true;
    if (!via_.empty() && !via_.count(t.relation)) return true;
    edges.push_back({incoming ? t.subject : t.object, t.relation, SignOf(polarity)});
    return true;
  });
  if (!s.ok()) status_ = std::move(s);
  return edges;
}

}  // namespace causalkg
