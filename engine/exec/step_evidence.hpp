// The evidence summaries of the claims an answer returns
// (engine/model/evidence_summary.hpp): the sources' error rates read once a
// statement, each claim's evidence read once and kept. Chain statements ask
// it only for the steps they return, after their LIMIT, so that their
// searches cost what they did.
#pragma once

#include <unordered_map>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/evidence_tally.hpp"
#include "engine/model/triple_hash.hpp"
#include "engine/storage/store.hpp"

namespace causalkg {

class StepEvidence {
 public:
  // Reads the error rates the store's sources declare.
  static Result<StepEvidence> Read(const Store& store);

  // The summary of claim `t`; valid as long as this reader. A claim with no
  // evidence has no pieces and the belief of a bare assertion.
  Result<const EvidenceSummary*> Of(const Triple& t) {
    if (!holds_evidence_) return &bare_;
    return Stored(t);
  }

  // Reads the evidence of many claims ahead of Of, in one walk of the
  // store's evidence in key order.
  Status Prefetch(const std::vector<Triple>& claims);

  // Whether the store holds any evidence: when not, every claim is bare and
  // there is nothing to gather claims for.
  bool holds_evidence() const { return holds_evidence_; }

 private:
  explicit StepEvidence(const Store& store) : store_(&store) {}
  Result<const EvidenceSummary*> Stored(const Triple& t);

  const Store* store_;
  // A store that holds no evidence (an imported map, a graph added bare)
  // has nothing to read: every claim is bare.
  bool holds_evidence_ = true;
  SourceErrorTable sources_;
  EvidenceSummary bare_;  // of a claim without evidence
  std::unordered_map<Triple, EvidenceSummary, TripleHash> summaries_;
};

}  // namespace causalkg
