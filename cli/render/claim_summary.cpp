#include "cli/render/claim_summary.hpp"

#include <algorithm>

#include "engine/model/belief.hpp"

namespace causalkg::cli {

EvidenceSummary SummaryOfClaim(const ClaimEvidence& claim) {
  EvidenceSummary summary;
  summary.belief = claim.belief.value;
  bool asserted = false;  // some supporting piece says it outright
  double hedge_weight = -1;
  for (const Evidence& piece : claim.evidence) {
    ++summary.pieces;
    if (!piece.source.empty()) summary.sources.push_back(piece.source);
    if (piece.confidence && (!summary.confidence || *piece.confidence > *summary.confidence))
      summary.confidence = piece.confidence;
    if (piece.stance == Stance::kRefutes) {
      ++summary.refuting;
      continue;
    }
    const double weight = ModalityWeight(piece.modality);
    if (weight >= 1) {
      asserted = true;
    } else if (weight > hedge_weight) {
      hedge_weight = weight;
      summary.modality = piece.modality;
    }
  }
  if (asserted) summary.modality.clear();
  std::sort(summary.sources.begin(), summary.sources.end());
  summary.sources.erase(std::unique(summary.sources.begin(), summary.sources.end()),
                        summary.sources.end());
  return summary;
}

}  // namespace causalkg::cli
