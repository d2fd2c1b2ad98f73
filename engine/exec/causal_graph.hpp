// CausalGraph: the causal edges of a store as one query sees them.
//
// Each node's outgoing and incoming causal edges are read from the store at
// most once per query and kept, so that path and loop searches that pass a
// node many times pay for one prefix scan. A VIA list narrows the relations
// followed. A read error is kept and reported by status(): the searches stop
// at the first one.
#pragma once

#include <atomic>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/model.hpp"
#include "engine/storage/store.hpp"

namespace causalkg {

struct Edge {
  TermId node = kNoTerm;  // the other end
  TermId relation = kNoTerm;
  int sign = kPositiveSign;  // +1, -1, or kUnknownSign (0) for `?` (model.hpp)
};

class CausalGraph {
 public:
  // `via`: the relations to follow (all causal relations when empty).
  // `cancel`, when given, stops the searches once it becomes true.
  CausalGraph(const Store& store, std::vector<TermId> via = {},
              const std::atomic<bool>* cancel = nullptr);

  const std::vector<Edge>& Out(TermId node) { return Edges(node, out_, false); }
  const std::vector<Edge>& In(TermId node) { return Edges(node, in_, true); }

  // The edges already read for `node`, or null: for drawing a result from
  // what its search saw, without reading more.
  const std::vector<Edge>* CachedOut(TermId node) const {
    auto it = out_.find(node);
    return it == out_.end() ? nullptr : &it->second;
  }
  const std::vector<Edge>* CachedIn(TermId node) const {
    auto it = in_.find(node);
    return it == in_.end() ? nullptr : &it->second;
  }

  // Every node with an outgoing edge followed here, in id order (a scan of
  // the whole store).
  std::vector<TermId> Sources();

  // False once a read failed or the query was cancelled: stop searching.
  bool ok() const { return status_.ok() && !(cancel_ && cancel_->load(std::memory_order_relaxed)); }
  Status status() const;
  std::uint64_t nodes_read() const { return out_.size() + in_.size(); }
  const Store& store() const { return store_; }

 private:
  const std::vector<Edge>& Edges(TermId node, std::unordered_map<TermId, std::vector<Edge>>& cache,
                                 bool incoming);

  const Store& store_;
  std::unordered_set<TermId> via_;
  const std::atomic<bool>* cancel_;
  std::unordered_map<TermId, std::vector<Edge>> out_;
  std::unordered_map<TermId, std::vector<Edge>> in_;
  Status status_;
};

}  // namespace causalkg
