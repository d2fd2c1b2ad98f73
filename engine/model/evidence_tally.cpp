#include "engine/model/evidence_tally.hpp"

#include <algorithm>

namespace causalkg {

void EvidenceTally::Add(const Evidence& piece) {
  belief_.Add(piece);
  ++summary_.pieces;
  if (piece.confidence && (!summary_.confidence || *piece.confidence > *summary_.confidence))
    summary_.confidence = piece.confidence;
  if (!piece.source.empty()) {
    auto& sources = summary_.sources;
    auto at = std::lower_bound(sources.begin(), sources.end(), piece.source);
    if (at == sources.end() || *at != piece.source) sources.insert(at, piece.source);
  }
  if (piece.stance == Stance::kRefutes) {
    ++summary_.refuting;
    return;
  }
  if (asserted_) return;
  const double weight = ModalityWeight(piece.modality);
  if (weight >= 1) {
    asserted_ = true;
    summary_.modality.clear();
    return;
  }
  // The hedge that weighs most; of two that weigh the same, the first in
  // byte order, whatever order the pieces come in.
  if (summary_.modality.empty() || weight > hedge_weight_ ||
      (weight == hedge_weight_ && piece.modality < summary_.modality)) {
    summary_.modality = piece.modality;
    hedge_weight_ = weight;
  }
}

EvidenceSummary EvidenceTally::Result() const {
  EvidenceSummary summary = summary_;
  summary.belief = belief_.Result().value;
  return summary;
}

}  // namespace causalkg
