// What a claim's pieces of evidence come to (EvidenceSummary), from the
// pieces given one at a time: for a claim whose pieces are streamed from the
// store. The belief is BeliefTally's (belief.hpp), so that a step of an
// answer, WHY and CONTRADICTIONS give a claim the same belief.
#pragma once

#include "engine/model/belief.hpp"
#include "engine/model/evidence_summary.hpp"
#include "engine/model/model.hpp"

namespace causalkg {

class EvidenceTally {
 public:
  // `sources` must outlive the tally.
  explicit EvidenceTally(const SourceErrorTable& sources) : belief_(sources) {}
  void Add(const Evidence& piece);
  // The belief of the pieces added so far, with its support and refutation.
  Belief BeliefSoFar() const { return belief_.Result(); }
  // The summary of the pieces added so far; of none, a claim added bare:
  // no pieces, asserted, the belief BeliefOf gives it.
  EvidenceSummary Result() const;

 private:
  BeliefTally belief_;
  EvidenceSummary summary_;  // its belief left to Result
  bool asserted_ = false;    // a supporting piece asserts outright
  double hedge_weight_ = 0;  // ModalityWeight of summary_.modality
};

}  // namespace causalkg
