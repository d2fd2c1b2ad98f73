#include "engine/exec/step_evidence.hpp"

#include <algorithm>
#include <optional>

namespace causalkg {

Result<StepEvidence> StepEvidence::Read(const Store& store) {
  StepEvidence reader(store);
  reader.holds_evidence_ = store.counts().evidence > 0;
  if (reader.holds_evidence_) {
    auto sources = store.SourceErrorRates();
    if (!sources.ok()) return std::move(sources).TakeStatus();
    reader.sources_ = std::move(sources).value();
  }
  // A bare claim's belief owes nothing to the sources' rates (belief.hpp).
  reader.bare_ = EvidenceTally(reader.sources_).Result();
  return reader;
}

Result<const EvidenceSummary*> StepEvidence::Stored(const Triple& t) {
  if (auto it = summaries_.find(t); it == summaries_.end()) {
    CAUSALKG_RETURN_IF_ERROR(Prefetch({t}));
  }
  return &summaries_.at(t);
}

Status StepEvidence::Prefetch(const std::vector<Triple>& claims) {
  if (!holds_evidence_) return Status::Ok();
  std::vector<Triple> unread;
  for (const Triple& t : claims) {
    if (!summaries_.count(t)) unread.push_back(t);
  }
  if (unread.empty()) return Status::Ok();
  std::sort(unread.begin(), unread.end());
  unread.erase(std::unique(unread.begin(), unread.end()), unread.end());
  // A claim's pieces come together: its tally is done when the next
  // claim's first piece comes.
  std::optional<Triple> claim;
  std::optional<EvidenceTally> tally;
  auto finish = [&] {
    if (claim) summaries_.try_emplace(*claim, tally->Result());
  };
  CAUSALKG_RETURN_IF_ERROR(
      store_->ForEachEvidenceOfClaims(unread, [&](const Triple& t, const Evidence& e) {
        if (!claim || !(*claim == t)) {
          finish();
          claim = t;
          tally.emplace(sources_);
        }
        tally->Add(e);
        return true;
      }));
  finish();
  // A claim read that has no evidence is a bare claim.
  for (const Triple& t : unread) summaries_.try_emplace(t, bare_);
  return Status::Ok();
}

}  // namespace causalkg
