#include "engine/exec/causal_graph.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <tuple>

#include "engine/exec/work_counters.hpp"

namespace causalkg {

namespace {

// A belief this close under MIN BELIEF's bound still meets it: beliefs are
// products of rates, and 1 - (0.05 + 0.30) is not 0.65 to the last bit.
constexpr double kBeliefTolerance = 1e-9;

// A seek for one node's list costs about as much as reading this many keys
// in passing in a sequential scan (measured on the million-claim benchmark
// store, warm): the scan of every triple pays once more lists than the
// store's triples over this are still to read.
constexpr std::uint64_t kKeysPerSeek = 20;
// Below this many lists, seeking is cheap whatever the store's size.
constexpr std::uint64_t kLeastListsToScan = 1024;

}  // namespace

// The verdicts of claims whose pieces come one after another, claim by
// claim (the order of evidence keys).
class CausalGraph::ClaimTally {
 public:
  ClaimTally(const EvidenceFilter& filter, const SourceErrorTable* sources) : filter_(filter) {
    if (sources) tally_.emplace(*sources);
  }

  // Adds a piece of `claim`, handing `done` the verdict of the claim before
  // when `claim` is another.
  template <typename Done>
  void Add(const Triple& claim, const Evidence& piece, Done&& done) {
    if (open_ && claim != claim_) Close(done);
    open_ = true;
    claim_ = claim;
    satisfied_ = satisfied_ || HoldsAll(filter_.conditions, piece);
    if (tally_) tally_->Add(piece);
  }

  // Hands `done` the verdict of the last claim.
  template <typename Done>
  void Close(Done&& done) {
    if (!open_) return;
    open_ = false;
    done(claim_, Finish());
  }

  // The verdict of the pieces added since the last one (a claim without
  // evidence, when none was).
  Verdict Finish() {
    Verdict verdict;
    verdict.qualifies = filter_.conditions.empty() || satisfied_;
    if (tally_) {
      verdict.belief = tally_->Result().value;
      tally_->Clear();
      if (filter_.min_belief && *verdict.belief < *filter_.min_belief - kBeliefTolerance)
        verdict.qualifies = false;
    }
    satisfied_ = false;
    return verdict;
  }

 private:
  const EvidenceFilter& filter_;
  std::optional<BeliefTally> tally_;
  Triple claim_;
  bool open_ = false;
  bool satisfied_ = false;
};

CausalGraph::CausalGraph(const Store& store, std::vector<TermId> via,
                         const std::atomic<bool>* cancel, EvidenceFilter filter)
    : store_(store), via_(via.begin(), via.end()), cancel_(cancel), filter_(std::move(filter)) {
  tests_quote_ = std::any_of(
      filter_.conditions.begin(), filter_.conditions.end(),
      [](const EvidenceCondition& c) { return c.field.field == EvidenceField::kQuote; });
}

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

bool CausalGraph::Followed(TermId relation, int& sign) const {
  const Polarity polarity = store_.RelationPolarity(relation);
  if (polarity == Polarity::kNone) return false;
  if (!via_.empty() && !via_.count(relation)) return false;
  sign = SignOf(polarity);
  return true;
}

void CausalGraph::ReadEdges(TermId node, bool incoming, std::vector<Edge>& edges) {
  ++lists_read_;
  ProcessWork().adjacency_lists_read.fetch_add(1, std::memory_order_relaxed);
  TriplePattern pattern;
  (incoming ? pattern.object : pattern.subject) = node;
  Status s = store_.Scan(pattern, [&](const Triple& t) {
    int sign = 0;
    if (Followed(t.relation, sign))
      edges.push_back({incoming ? t.subject : t.object, t.relation, sign});
    return true;
  });
  if (!s.ok()) status_ = std::move(s);
}

void CausalGraph::ReadQualifying(TermId node, bool incoming, std::vector<Edge>& edges) {
  ++lists_read_;
  ++evidence_scans_;
  ProcessWork().adjacency_lists_read.fetch_add(1, std::memory_order_relaxed);
  Status s;
  const SourceErrorTable* sources = filter_.min_belief ? ErrorRates(s) : nullptr;
  if (!s.ok()) {
    status_ = std::move(s);
    return;
  }
  ClaimTally tally(filter_, sources);
  auto done = [&](const Triple& t, const Verdict& verdict) {
    verdicts_[t] = verdict;
    int sign = 0;
    if (verdict.qualifies && Followed(t.relation, sign)) {
      edges.push_back({incoming ? t.subject : t.object, t.relation, sign});
    }
  };
  auto add = [&](const Triple& t, const Evidence& piece) {
    tally.Add(t, piece, done);
    return true;
  };
  s = incoming ? store_.ForEachEvidenceInto(node, add) : store_.ForEachEvidenceFrom(node, add);
  tally.Close(done);
  if (!s.ok()) status_ = std::move(s);
  if (!incoming) return;
  // In the order of the incoming edges as stored (by subject, then
  // relation), so that searches meet the edges as they do unfiltered.
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    return std::tie(a.node, a.relation) < std::tie(b.node, b.relation);
  });
}

void CausalGraph::DecideInto(TermId node) {
  Status s;
  const SourceErrorTable* sources = filter_.min_belief ? ErrorRates(s) : nullptr;
  if (s.ok()) {
    ClaimTally tally(filter_, sources);
    auto record = [&](const Triple& claim, const Verdict& verdict) { verdicts_[claim] = verdict; };
    ++evidence_scans_;
    s = store_.ForEachEvidenceInto(node, [&](const Triple& claim, const Evidence& piece) {
      tally.Add(claim, piece, record);
      return true;
    });
    tally.Close(record);
  }
  if (!s.ok()) status_ = std::move(s);
}

const SourceErrorTable* CausalGraph::ErrorRates(Status& status) {
  if (!sources_) {
    auto read = store_.SourceErrorRates();
    if (!read.ok()) {
      status = std::move(read).TakeStatus();
      return nullptr;
    }
    sources_ = std::move(read).value();
  }
  return &*sources_;
}

CausalGraph::Verdict CausalGraph::BareVerdict() {
  Status s;
  ClaimTally bare(filter_, filter_.min_belief ? ErrorRates(s) : nullptr);
  if (!s.ok()) status_ = std::move(s);
  return bare.Finish();
}

void CausalGraph::Filter(TermId node, bool incoming, std::vector<Edge>& edges) {
  if (edges.empty() || !ok()) return;
  auto claim_of = [&](const Edge& e) {
    return incoming ? Triple{e.node, e.relation, node} : Triple{node, e.relation, e.node};
  };
  if (incoming && !tests_quote_) {
    DecideInto(node);  // the evidence of all the node's incoming claims: one scan
  } else if (incoming) {
    std::vector<Triple> claims;
    for (const Edge& e : edges) claims.push_back(claim_of(e));
    Decide(std::move(claims));
  } else {
    // The evidence of all of the node's claims: one prefix scan.
    Status s;
    const SourceErrorTable* sources = filter_.min_belief ? ErrorRates(s) : nullptr;
    if (s.ok()) {
      ClaimTally tally(filter_, sources);
      auto record = [&](const Triple& claim, const Verdict& verdict) {
        verdicts_[claim] = verdict;
      };
      ++evidence_scans_;
      s = store_.ForEachEvidenceFrom(node, [&](const Triple& claim, const Evidence& piece) {
        tally.Add(claim, piece, record);
        return true;
      });
      tally.Close(record);
    }
    if (!s.ok()) status_ = std::move(s);
  }
  if (!ok()) {
    edges.clear();  // undecided: the search stops, and follows none of them
    return;
  }
  std::optional<Verdict> bare;
  std::erase_if(edges, [&](const Edge& e) {
    auto [it, inserted] = verdicts_.try_emplace(claim_of(e));
    if (inserted) {  // a claim without evidence
      if (!bare) bare = BareVerdict();
      it->second = *bare;
    }
    return !it->second.qualifies;
  });
}

void CausalGraph::Decide(std::vector<Triple> claims) {
  if (filter_.empty() || !ok()) return;
  std::erase_if(claims, [&](const Triple& t) { return verdicts_.count(t) > 0; });
  if (claims.empty()) return;
  std::sort(claims.begin(), claims.end());
  claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
  Status s;
  const SourceErrorTable* sources = filter_.min_belief ? ErrorRates(s) : nullptr;
  if (!s.ok()) {
    status_ = std::move(s);
    return;
  }
  ClaimTally tally(filter_, sources);
  auto record = [&](const Triple& claim, const Verdict& verdict) { verdicts_[claim] = verdict; };
  // Claims into a node have as many subjects: a seek each, on one iterator.
  evidence_scans_ += claims.size();
  s = store_.ForEachEvidenceOfClaims(claims, [&](const Triple& claim, const Evidence& piece) {
    tally.Add(claim, piece, record);
    return true;
  });
  tally.Close(record);
  if (!s.ok()) {
    status_ = std::move(s);
    return;
  }
  std::optional<Verdict> bare;
  for (const Triple& claim : claims) {
    auto [it, inserted] = verdicts_.try_emplace(claim);
    if (!inserted) continue;
    if (!bare) bare = BareVerdict();  // a claim without evidence
    it->second = *bare;
  }
}

bool CausalGraph::Qualifies(const Triple& claim) {
  if (filter_.empty()) return true;
  Decide({claim});
  auto it = verdicts_.find(claim);
  return it != verdicts_.end() && it->second.qualifies;
}

void CausalGraph::ExpectReads(std::uint64_t lists, bool incoming) {
  if (all_[incoming] || !filter_.empty() || !ok()) return;
  const std::uint64_t threshold =
      scan_threshold_.value_or(std::max(kLeastListsToScan, store_.counts().edges / kKeysPerSeek));
  if (lists > threshold) ReadAllLists(incoming);
}

void CausalGraph::ReadAllLists(bool incoming) {
  // The lists of the last scan each way, for the state of the store they
  // were read from (Store::generation: no two states of any store of the
  // process share one) and the relations followed: the deep searches of one
  // session scan a store once until it is written to. Two at most are kept.
  struct Kept {
    std::uint64_t generation = 0;
    std::vector<TermId> via;
    std::shared_ptr<const ListArrays> arrays;
  };
  static std::mutex kept_mutex;
  static Kept kept[2];
  std::vector<TermId> via(via_.begin(), via_.end());
  std::sort(via.begin(), via.end());
  const std::uint64_t generation = store_.generation();
  std::shared_ptr<const ListArrays> arrays;
  {
    std::lock_guard<std::mutex> lock(kept_mutex);
    const Kept& last = kept[incoming];
    if (last.arrays && last.generation == generation && last.via == via) arrays = last.arrays;
  }
  if (arrays) {
    links_kept_ += arrays->edges.size();
  } else {
    ProcessWork().adjacency_lists_read.fetch_add(1, std::memory_order_relaxed);
    auto read = std::make_shared<ListArrays>();
    ListArrays& lists = *read;
    lists.edges.reserve(store_.counts().edges);
    Status s = store_.ScanInOrder(incoming, [&](const Triple& t) {
      ++triples_scanned_;
      int sign = 0;
      if (!Followed(t.relation, sign)) return true;
      const TermId node = incoming ? t.object : t.subject;
      if (node >= lists.start.size())
        lists.start.resize(std::size_t{node} + 1, static_cast<std::uint32_t>(lists.edges.size()));
      lists.edges.push_back({incoming ? t.subject : t.object, t.relation, sign});
      lists.bound = std::max({lists.bound, t.subject + 1, t.object + 1});
      return ok();
    });
    if (!s.ok()) status_ = std::move(s);
    if (!ok()) return;  // the searches stop
    lists.start.push_back(static_cast<std::uint32_t>(lists.edges.size()));
    arrays = std::move(read);
    std::lock_guard<std::mutex> lock(kept_mutex);
    kept[incoming] = {generation, std::move(via), arrays};
  }
  AllLists all;
  all.taken.assign(arrays->start.size() - 1, 0);
  all.arrays = std::move(arrays);
  all_[incoming] = std::move(all);
}

bool CausalGraph::CopyFromAllLists(TermId node, bool incoming, std::vector<Edge>& edges) {
  if (!all_[incoming]) return false;
  const std::span<const Edge> list = all_[incoming]->Of(node);
  edges.assign(list.begin(), list.end());
  return true;
}

std::span<const Edge> CausalGraph::Edges(TermId node, bool incoming) {
  if (all_[incoming]) {
    if (!ok()) return {};
    AllLists& all = *all_[incoming];
    if (node < all.taken.size()) all.taken[node] = 1;
    return all.Of(node);
  }
  return incoming ? In(node) : Out(node);
}

std::optional<std::span<const Edge>> CausalGraph::Cached(TermId node, bool incoming) const {
  const auto& lists = incoming ? in_ : out_;
  if (auto it = lists.find(node); it != lists.end()) return std::span<const Edge>(it->second);
  const std::optional<AllLists>& all = all_[incoming];
  if (all && node < all->taken.size() && all->taken[node]) return all->Of(node);
  return std::nullopt;
}

const std::vector<Edge>& CausalGraph::Out(TermId node) {
  auto [it, inserted] = out_.try_emplace(node);
  if (!inserted || !ok()) return it->second;
  if (CopyFromAllLists(node, /*incoming=*/false, it->second)) return it->second;
  if (filter_.empty()) {
    ReadEdges(node, /*incoming=*/false, it->second);
  } else if (!filter_.conditions.empty()) {
    // A claim without evidence meets no condition: the claims that may
    // qualify are those the evidence scan meets, so it lists the edges too.
    ReadQualifying(node, false, it->second);
  } else {
    // MIN BELIEF alone: a claim without evidence has a belief too.
    ReadEdges(node, /*incoming=*/false, it->second);
    Filter(node, /*incoming=*/false, it->second);
  }
  return it->second;
}

const std::vector<Edge>& CausalGraph::InForBounds(TermId node) {
  if (filter_.empty()) return In(node);
  auto [it, inserted] = all_in_.try_emplace(node);
  if (!inserted || !ok()) return it->second;
  ReadEdges(node, /*incoming=*/true, it->second);
  return it->second;
}

const std::vector<Edge>& CausalGraph::In(TermId node) {
  if (filter_.empty()) {
    auto [it, inserted] = in_.try_emplace(node);
    if (inserted && ok() && !CopyFromAllLists(node, /*incoming=*/true, it->second))
      ReadEdges(node, /*incoming=*/true, it->second);
    return it->second;
  }
  if (auto it = in_.find(node); it != in_.end()) return it->second;
  if (!filter_.conditions.empty() && !tests_quote_) {
    // As Out: a claim without evidence meets no condition, so the scan of
    // the incoming claims' evidence lists the edges too.
    std::vector<Edge> edges;
    if (ok()) ReadQualifying(node, true, edges);
    return in_.emplace(node, std::move(edges)).first->second;
  }
  std::vector<Edge> edges = InForBounds(node);
  Filter(node, /*incoming=*/true, edges);
  return in_.emplace(node, std::move(edges)).first->second;
}

Status CausalGraph::Weigh(std::vector<Triple> claims) {
  std::erase_if(claims, [&](const Triple& t) {
    auto it = verdicts_.find(t);
    return beliefs_.count(t) || (it != verdicts_.end() && it->second.belief);
  });
  if (claims.empty()) return status();
  std::sort(claims.begin(), claims.end());
  claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
  Status s;
  const SourceErrorTable* sources = ErrorRates(s);
  CAUSALKG_RETURN_IF_ERROR(s);
  // Weighing reads every piece again, whatever the filter decided.
  const EvidenceFilter none;
  ClaimTally tally(none, sources);
  std::unordered_map<Triple, Verdict, TripleHash> weighed;
  auto record = [&](const Triple& claim, const Verdict& verdict) { weighed[claim] = verdict; };
  evidence_scans_ += claims.size();
  CAUSALKG_RETURN_IF_ERROR(
      store_.ForEachEvidenceOfClaims(claims, [&](const Triple& claim, const Evidence& piece) {
        tally.Add(claim, piece, record);
        return true;
      }));
  tally.Close(record);
  for (const Triple& claim : claims) {
    auto found = weighed.find(claim);
    beliefs_[claim] =
        found != weighed.end() ? *found->second.belief : *tally.Finish().belief;  // none: bare
  }
  return status();
}

double CausalGraph::BeliefOf(const Triple& claim) const {
  if (auto it = beliefs_.find(claim); it != beliefs_.end()) return it->second;
  auto it = verdicts_.find(claim);
  return it != verdicts_.end() && it->second.belief ? *it->second.belief : 0;
}

}  // namespace causalkg
