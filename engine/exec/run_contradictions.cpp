// CONTRADICTIONS: claims of opposite signs between the same nodes, claims
// with evidence that refutes them, and chains of opposite net sign; each
// pair weighed by the belief of its weaker side (engine/model/belief.hpp).
#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "engine/exec/answer_evidence.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/claim_beliefs.hpp"
#include "engine/exec/run_statement.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

namespace {

// How many chains CONTRADICTIONS CHAINS pairs at most, the shortest: every
// + chain with every - chain is up to a million pairs to weigh.
constexpr std::uint64_t kMaxPairedChains = 2000;

// A pair found, before its evidence is read: its two claims, or its two
// chains by index, and their beliefs.
struct Candidate {
  ContradictionKind kind = ContradictionKind::kOppositeSigns;
  Triple side_claim, against_claim;
  std::size_t side = 0, against = 0;  // chains
  double side_belief = 0;
  double against_belief = 0;
  double Weaker() const { return std::min(side_belief, against_belief); }
  double Stronger() const { return std::max(side_belief, against_belief); }
};

// The order of the answer: the strongest disagreement first (the weaker
// side's belief, then the stronger's), then as found.
bool Before(const Candidate& a, const Candidate& b) {
  if (a.Weaker() != b.Weaker()) return a.Weaker() > b.Weaker();
  if (a.Stronger() != b.Stronger()) return a.Stronger() > b.Stronger();
  if (a.kind != b.kind) return a.kind < b.kind;
  return std::tie(a.side_claim, a.against_claim, a.side, a.against) <
         std::tie(b.side_claim, b.against_claim, b.side, b.against);
}

// ORDER BY belief ASC: the weakest disagreement first (the weaker side's
// belief, then the stronger's), then as found.
bool WeakestBefore(const Candidate& a, const Candidate& b) {
  if (a.Weaker() != b.Weaker()) return a.Weaker() < b.Weaker();
  if (a.Stronger() != b.Stronger()) return a.Stronger() < b.Stronger();
  if (a.kind != b.kind) return a.kind < b.kind;
  return std::tie(a.side_claim, a.against_claim, a.side, a.against) <
         std::tie(b.side_claim, b.against_claim, b.side, b.against);
}

// Keeps the first `limit` candidates in the order `before` (Before unless
// said otherwise), and counts all: a heap whose top is the last kept.
class Best {
 public:
  explicit Best(std::uint64_t limit, bool (*before)(const Candidate&, const Candidate&) = Before)
      : limit_(limit), before_(before) {}
  void Offer(const Candidate& c) {
    ++seen_;
    if (kept_.size() < limit_) {
      kept_.push_back(c);
      std::push_heap(kept_.begin(), kept_.end(), before_);
    } else if (!kept_.empty() && before_(c, kept_.front())) {
      std::pop_heap(kept_.begin(), kept_.end(), before_);
      kept_.back() = c;
      std::push_heap(kept_.begin(), kept_.end(), before_);
    }
  }
  std::vector<Candidate> Sorted() {
    std::sort_heap(kept_.begin(), kept_.end(), before_);
    return std::move(kept_);
  }
  bool cut() const { return seen_ > kept_.size(); }

 private:
  std::uint64_t limit_;
  bool (*before_)(const Candidate&, const Candidate&);
  std::uint64_t seen_ = 0;
  std::vector<Candidate> kept_;
};

Path ClaimPath(const Store& store, const Triple& t) {
  Path path;
  path.nodes = {t.subject, t.object};
  const Polarity polarity = store.RelationPolarity(t.relation);
  path.steps = {{t.relation, polarity, {}}};
  path.sign = SignOf(polarity);
  return path;
}

Status Cancelled() { return Status::Query("the query was cancelled"); }

class ClaimContradictions {
 public:
  ClaimContradictions(const BoundContradictions& bound, RunContext& context, ClaimBeliefs& beliefs)
      : bound_(bound), context_(context), store_(context.store), beliefs_(beliefs) {
    for (const BoundTerm& relation : bound.options.via) via_.insert(relation.id);
  }

  Result<ContradictionsResult> Run() {
    Best best(std::min(bound_.options.limit, kMaxResultRows));
    CAUSALKG_RETURN_IF_ERROR(FindOppositeSigns(best));
    CAUSALKG_RETURN_IF_ERROR(FindRefuted(best));
    ContradictionsResult result;
    if (bound_.focus) result.focus = bound_.focus->id;
    result.truncated = best.cut();
    std::uint64_t rows = 0, bytes = 0;
    for (const Candidate& c : best.Sorted()) {
      Contradiction pair;
      pair.kind = c.kind;
      pair.side.chain = ClaimPath(store_, c.side_claim);
      pair.side.belief = c.side_belief;
      pair.against.chain = ClaimPath(store_, c.against_claim);
      pair.against.belief = c.against_belief;
      const bool refuted = c.kind == ContradictionKind::kRefuted;
      CAUSALKG_RETURN_IF_ERROR(ReadPieces(c.side_claim, refuted ? Stance::kSupports : kAny,
                                          pair.side, rows, bytes, result.capped));
      CAUSALKG_RETURN_IF_ERROR(ReadPieces(c.against_claim, refuted ? Stance::kRefutes : kAny,
                                          pair.against, rows, bytes, result.capped));
      result.pairs.push_back(std::move(pair));
    }
    if (result.capped) result.truncated = true;
    return result;
  }

 private:
  // Any stance, for ReadPieces.
  static constexpr std::optional<Stance> kAny = std::nullopt;

  bool Followed(TermId relation) const { return via_.empty() || via_.count(relation) > 0; }

  Status Offer(Best& best, ContradictionKind kind, const Triple& side, const Triple& against) {
    auto side_belief = beliefs_.Of(side);
    if (!side_belief.ok()) return std::move(side_belief).TakeStatus();
    auto against_belief = beliefs_.Of(against);
    if (!against_belief.ok()) return std::move(against_belief).TakeStatus();
    Candidate c;
    c.kind = kind;
    c.side_claim = side;
    c.against_claim = against;
    if (kind == ContradictionKind::kRefuted) {
      c.side_belief = side_belief->support;
      c.against_belief = against_belief->refute;
    } else {
      c.side_belief = side_belief->value;
      c.against_belief = against_belief->value;
    }
    best.Offer(c);
    return Status::Ok();
  }

  // The claims of one subject (or, with FOR, of the focus) with both a + and
  // a - relation to one object: each + claim with each - claim.
  Status PairOpposites(std::vector<Triple>& claims, Best& best) {
    std::sort(claims.begin(), claims.end(), [](const Triple& a, const Triple& b) {
      return std::tie(a.subject, a.object, a.relation) < std::tie(b.subject, b.object, b.relation);
    });
    claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
    for (std::size_t begin = 0; begin < claims.size();) {
      std::size_t end = begin;
      while (end < claims.size() && claims[end].subject == claims[begin].subject &&
             claims[end].object == claims[begin].object)
        ++end;
      for (std::size_t i = begin; i < end; ++i) {
        if (SignOf(store_.RelationPolarity(claims[i].relation)) != kPositiveSign) continue;
        for (std::size_t j = begin; j < end; ++j) {
          if (SignOf(store_.RelationPolarity(claims[j].relation)) != kNegativeSign) continue;
          CAUSALKG_RETURN_IF_ERROR(
              Offer(best, ContradictionKind::kOppositeSigns, claims[i], claims[j]));
        }
      }
      begin = end;
    }
    return Status::Ok();
  }

  bool Signed(const Triple& t) const {
    const int sign = SignOf(store_.RelationPolarity(t.relation));
    return store_.IsCausal(t.relation) && sign != kUnknownSign && Followed(t.relation);
  }

  // The claims whose subject or object is the focus.
  Status FocusClaims(std::vector<Triple>& out) const {
    const TermId focus = bound_.focus->id;
    CAUSALKG_RETURN_IF_ERROR(store_.Scan({focus, std::nullopt, std::nullopt}, [&](const Triple& t) {
      out.push_back(t);
      return !Cancelling();
    }));
    CAUSALKG_RETURN_IF_ERROR(store_.Scan({std::nullopt, std::nullopt, focus}, [&](const Triple& t) {
      if (t.subject != focus) out.push_back(t);  // a claim of focus on itself is there already
      return !Cancelling();
    }));
    return Cancelling() ? Cancelled() : Status::Ok();
  }

  Status FindOppositeSigns(Best& best) {
    std::vector<Triple> claims;
    if (bound_.focus) {
      std::vector<Triple> all;
      CAUSALKG_RETURN_IF_ERROR(FocusClaims(all));
      for (const Triple& t : all) {
        if (Signed(t)) claims.push_back(t);
      }
      return PairOpposites(claims, best);
    }
    // Every claim, subject by subject (the scan comes in subject order), so
    // that only one subject's claims are held at a time.
    Status paired;
    CAUSALKG_RETURN_IF_ERROR(store_.Scan({}, [&](const Triple& t) {
      if (!claims.empty() && claims.front().subject != t.subject) {
        paired = PairOpposites(claims, best);
        claims.clear();
        if (!paired.ok() || Cancelling()) return false;
      }
      if (Signed(t)) claims.push_back(t);
      return true;
    }));
    CAUSALKG_RETURN_IF_ERROR(paired);
    if (Cancelling()) return Cancelled();
    return PairOpposites(claims, best);
  }

  Status FindRefuted(Best& best) {
    std::vector<Triple> refuted;
    if (bound_.focus) {
      std::vector<Triple> all;
      CAUSALKG_RETURN_IF_ERROR(FocusClaims(all));
      for (const Triple& t : all) {
        if (!Followed(t.relation)) continue;
        bool refutes = false;
        CAUSALKG_RETURN_IF_ERROR(store_.ForEachEvidenceOf(t, [&](Evidence&& e) {
          refutes = e.stance == Stance::kRefutes;
          return !refutes;
        }));
        if (refutes) refuted.push_back(t);
      }
    } else {
      // The evidence comes in claim order: a claim is noted once.
      CAUSALKG_RETURN_IF_ERROR(store_.ForEachEvidence([&](const Triple& t, const Evidence& e) {
        if (e.stance == Stance::kRefutes && Followed(t.relation) &&
            (refuted.empty() || refuted.back() != t))
          refuted.push_back(t);
        return !Cancelling();
      }));
      if (Cancelling()) return Cancelled();
    }
    for (const Triple& t : refuted) {
      CAUSALKG_RETURN_IF_ERROR(Offer(best, ContradictionKind::kRefuted, t, t));
    }
    return Status::Ok();
  }

  // The pieces of `t` of `stance` (any, when none is given) into `side`,
  // while they fit in what one result may hold.
  Status ReadPieces(const Triple& t, std::optional<Stance> stance, ContradictionSide& side,
                    std::uint64_t& rows, std::uint64_t& bytes, bool& capped) const {
    if (capped) return Status::Ok();
    return store_.ForEachEvidenceOf(t, [&](Evidence&& e) {
      if (stance && e.stance != *stance) return true;
      const std::uint64_t size = e.quote.size() + e.source.size() + e.modality.size();
      if (++rows > kMaxResultRows || bytes + size > kMaxResultNameBytes) {
        capped = true;
        return false;
      }
      bytes += size;
      side.evidence.push_back(std::move(e));
      return true;
    });
  }

  bool Cancelling() const {
    return context_.options.cancel && context_.options.cancel->load(std::memory_order_relaxed);
  }

  const BoundContradictions& bound_;
  RunContext& context_;
  const Store& store_;
  ClaimBeliefs& beliefs_;
  std::unordered_set<TermId> via_;
};

// A chain with its steps' beliefs and its own.
struct WeighedChain {
  const Path* path = nullptr;
  std::vector<double> steps;
  double belief = 1;
};

Result<ContradictionsResult> ChainContradictions(const BoundContradictions& bound,
                                                 RunContext& context, ClaimBeliefs& beliefs) {
  const BoundChainOptions& o = bound.options;
  CausalGraph graph = GraphOf(o, context);
  PathsResult found =
      FindPaths(graph, bound.from.id, bound.to.id, o.depth, std::nullopt, kMaxPairedChains);
  CountReads(graph, context);
  CAUSALKG_RETURN_IF_ERROR(graph.status());

  std::vector<WeighedChain> chains[2];  // + and -
  for (const Path& path : found.paths) {
    if (path.sign == kUnknownSign) continue;  // a chain of unknown sign disagrees with none
    WeighedChain weighed{&path, {}, 1};
    for (std::size_t i = 0; i < path.steps.size(); ++i) {
      auto belief = beliefs.Of({path.nodes[i], path.steps[i].relation, path.nodes[i + 1]});
      if (!belief.ok()) return std::move(belief).TakeStatus();
      weighed.steps.push_back(belief->value);
    }
    weighed.belief = ChainBelief(weighed.steps);
    chains[path.sign > 0 ? 0 : 1].push_back(std::move(weighed));
  }

  Best best(std::min(o.limit, kMaxResultRows),
            o.order_by_belief == BeliefOrder::kAscending ? WeakestBefore : Before);
  for (std::size_t i = 0; i < chains[0].size(); ++i) {
    for (std::size_t j = 0; j < chains[1].size(); ++j) {
      Candidate c;
      c.kind = ContradictionKind::kOppositeChains;
      c.side = i;
      c.against = j;
      c.side_belief = chains[0][i].belief;
      c.against_belief = chains[1][j].belief;
      best.Offer(c);
    }
  }
  ContradictionsResult result;
  result.chains = true;
  result.from = bound.from.id;
  result.to = bound.to.id;
  result.chains_partial = found.truncated;
  result.truncated = best.cut() || found.truncated;
  // The chains returned, each step with its evidence, as PATHS gives them.
  auto evidence = StepEvidence::Read(context.store);
  if (!evidence.ok()) return std::move(evidence).TakeStatus();
  for (const Candidate& c : best.Sorted()) {
    Contradiction pair;
    pair.kind = c.kind;
    for (auto [side, chain] : {std::pair{&pair.side, &chains[0][c.side]},
                               std::pair{&pair.against, &chains[1][c.against]}}) {
      side->chain = *chain->path;
      side->belief = chain->belief;
      side->step_beliefs = chain->steps;
      CAUSALKG_RETURN_IF_ERROR(WeighChain(*evidence, side->chain));
    }
    result.pairs.push_back(std::move(pair));
  }
  return result;
}

}  // namespace

Result<ResultBody> Run(const BoundContradictions& contradictions, RunContext& context) {
  auto beliefs = ClaimBeliefs::Read(context.store);
  if (!beliefs.ok()) return std::move(beliefs).TakeStatus();
  auto result = contradictions.chains
                    ? ChainContradictions(contradictions, context, *beliefs)
                    : ClaimContradictions(contradictions, context, *beliefs).Run();
  if (!result.ok()) return std::move(result).TakeStatus();
  return ResultBody(std::move(result).value());
}

}  // namespace causalkg
