// CausalGraph: the causal edges of a store as one query sees them.
//
// Each node's outgoing and incoming causal edges are read from the store at
// most once per query and kept, so that path and loop searches that pass a
// node many times pay for one prefix scan. A VIA list narrows the relations
// followed, and an evidence filter the steps: an edge is kept only when its
// claim qualifies (engine/model/evidence_condition.hpp), which is decided
// once per claim from its evidence, read for all of a node's outgoing claims
// in one prefix scan, and for all its incoming claims in one scan of the
// evidence keyed by object (unless a condition tests the quote, which that
// leaves out). A read error is kept and reported by status(): the searches
// stop at the first one.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/belief.hpp"
#include "engine/model/evidence_condition.hpp"
#include "engine/model/model.hpp"
#include "engine/model/triple_hash.hpp"
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
  // `filter`: the steps to follow (all when empty).
  CausalGraph(const Store& store, std::vector<TermId> via = {},
              const std::atomic<bool>* cancel = nullptr, EvidenceFilter filter = {});

  const std::vector<Edge>& Out(TermId node);
  const std::vector<Edge>& In(TermId node);
  // Whether In(node) costs one scan, as Out(node) does: false when a
  // condition tests the quote, which the evidence keyed by object leaves
  // out, so that In(node) seeks the evidence of each incoming claim.
  bool InIsOneScan() const { return !tests_quote_; }
  // The incoming edges before the evidence filter: more than In(node), so
  // that distances over them are lower bounds of the filtered ones, which
  // prune a search as soundly and cost no evidence read. In(node) when
  // nothing is filtered.
  const std::vector<Edge>& InForBounds(TermId node);

  // Out(node) (`incoming` false) or In(node), without a copy when every
  // list that way was read in one scan (ExpectReads).
  std::span<const Edge> Edges(TermId node, bool incoming);

  // Says that a search is about to read at least `lists` more adjacency
  // lists, outgoing or `incoming`. Past the scan threshold, every node's
  // list that way is read at once, in one sequential scan of the store, and
  // Out, In and Edges answer from memory from then on: a seek a node costs
  // many times what reading its keys in passing does. Not with an evidence
  // filter, whose verdicts are read a node at a time.
  void ExpectReads(std::uint64_t lists, bool incoming);
  // How many lists still to read make a scan of every list pay (by default
  // judged from the store's size): tests set it to take either way.
  void set_scan_threshold(std::uint64_t lists) { scan_threshold_ = lists; }
  // Once every list one way is read (ExpectReads), a bound on the ids of
  // the nodes on them, so that a search may index arrays by id; else 0.
  std::uint32_t IdBound(bool incoming) const {
    return all_[incoming] ? all_[incoming]->bound() : 0;
  }

  // The edges already taken for `node` by a search, or none: for drawing a
  // result from what its search saw, without reading more.
  std::optional<std::span<const Edge>> CachedOut(TermId node) const { return Cached(node, false); }
  std::optional<std::span<const Edge>> CachedIn(TermId node) const { return Cached(node, true); }

  // Whether `claim` passes the evidence filter (true with none): by a
  // verdict already made, or by reading the claim's evidence. For a search
  // against the arrows over InForBounds that asks only of the edges it
  // takes, where In would read the evidence of every claim into a node, a
  // seek each (a condition on the quote: !InIsOneScan()).
  bool Qualifies(const Triple& claim);

  // Every node with an outgoing edge followed here, in id order (a scan of
  // the whole store; with a filter, nodes whose edges all fail it too).
  std::vector<TermId> Sources();

  // Reads the beliefs of `claims` (each from all its evidence) that are not
  // known yet, in one pass; BeliefOf then answers for them.
  Status Weigh(std::vector<Triple> claims);
  // The belief of a claim weighed (by Weigh, or by the filter of MIN BELIEF).
  double BeliefOf(const Triple& claim) const;

  // False once a read failed or the query was cancelled: stop searching.
  bool ok() const { return status_.ok() && !(cancel_ && cancel_->load(std::memory_order_relaxed)); }
  Status status() const;
  // Prefix scans of the store's triples, and of its evidence.
  std::uint64_t nodes_read() const { return lists_read_; }
  std::uint64_t evidence_scans() const { return evidence_scans_; }
  // Triples read by scans of the whole store (ExpectReads), and links kept
  // from such a scan of an earlier query on the same state of the store.
  std::uint64_t triples_scanned() const { return triples_scanned_; }
  std::uint64_t links_kept() const { return links_kept_; }
  const Store& store() const { return store_; }

 private:
  // What a claim's evidence comes to.
  struct Verdict {
    bool qualifies = false;
    std::optional<double> belief;  // when weighed
  };
  // Weighs the pieces of one claim after another as they stream by.
  class ClaimTally;

  // Every node's followed edges one way, read in one scan, by term id: a
  // node's are edges[start[id] .. start[id + 1]), in the order a prefix
  // scan of its own gives them. Kept for the next graphs that ask of the
  // same state of the store (ReadAllLists).
  struct ListArrays {
    std::vector<std::uint32_t> start;
    std::vector<Edge> edges;
    std::uint32_t bound = 0;  // past every node's id, at either end
  };
  struct AllLists {
    std::shared_ptr<const ListArrays> arrays;
    std::vector<char> taken;  // by term id: whether a search took the list
    std::uint32_t bound() const { return arrays->bound; }
    std::span<const Edge> Of(TermId node) const {
      const ListArrays& a = *arrays;
      if (std::size_t{node} + 1 >= a.start.size()) return {};
      return {a.edges.data() + a.start[node], a.edges.data() + a.start[node + 1]};
    }
  };

  std::optional<std::span<const Edge>> Cached(TermId node, bool incoming) const;
  // Reads AllLists one way; on failure keeps the error and none.
  void ReadAllLists(bool incoming);
  // The list of `node` from AllLists into `edges`, when read that way.
  bool CopyFromAllLists(TermId node, bool incoming, std::vector<Edge>& edges);

  // Whether a relation is followed (causal, and VIA's), and its sign.
  bool Followed(TermId relation, int& sign) const;
  // The edges of `node` as stored, through VIA.
  void ReadEdges(TermId node, bool incoming, std::vector<Edge>& edges);
  // The edges out of (or into) `node` that qualify, read from the evidence
  // of its claims alone in one scan (for conditions, which a claim without
  // evidence never meets; into a node, conditions that test no quote).
  void ReadQualifying(TermId node, bool incoming, std::vector<Edge>& edges);
  // Decides whether each claim into `node` passes the filter from one scan
  // of their evidence (a filter that tests no quote).
  void DecideInto(TermId node);
  // Decides at once whether each of `claims` passes the filter, those no
  // earlier read decided: a seek a claim, on one iterator.
  void Decide(std::vector<Triple> claims);
  // Keeps the edges of `node` whose claims qualify, `incoming` or not.
  void Filter(TermId node, bool incoming, std::vector<Edge>& edges);
  // The error rates the sources declare, read once, when beliefs are needed.
  const SourceErrorTable* ErrorRates(Status& status);
  Verdict BareVerdict();

  const Store& store_;
  std::unordered_set<TermId> via_;
  const std::atomic<bool>* cancel_;
  EvidenceFilter filter_;
  bool tests_quote_ = false;  // a condition of filter_ tests the quote
  std::unordered_map<TermId, std::vector<Edge>> out_;
  std::unordered_map<TermId, std::vector<Edge>> in_;
  std::unordered_map<TermId, std::vector<Edge>> all_in_;  // unfiltered, with a filter only
  std::unordered_map<Triple, Verdict, TripleHash> verdicts_;
  std::unordered_map<Triple, double, TripleHash> beliefs_;  // weighed after a search
  std::optional<SourceErrorTable> sources_;
  std::optional<AllLists> all_[2];  // outgoing, incoming
  std::optional<std::uint64_t> scan_threshold_;
  std::uint64_t lists_read_ = 0;
  std::uint64_t evidence_scans_ = 0;
  std::uint64_t triples_scanned_ = 0;
  std::uint64_t links_kept_ = 0;
  Status status_;
};

}  // namespace causalkg
