#include "engine/exec/claim_beliefs.hpp"

namespace causalkg {

Result<ClaimBeliefs> ClaimBeliefs::Read(const Store& store) {
  ClaimBeliefs beliefs(store);
  auto sources = store.SourceErrorRates();
  if (!sources.ok()) return std::move(sources).TakeStatus();
  beliefs.sources_ = std::move(sources).value();
  return beliefs;
}

Result<Belief> ClaimBeliefs::Of(const Triple& t) {
  if (auto it = cache_.find(t); it != cache_.end()) return it->second;
  BeliefTally tally(sources_);
  CAUSALKG_RETURN_IF_ERROR(store_->ForEachEvidenceOf(t, [&](Evidence&& e) {
    tally.Add(e);
    return true;
  }));
  const Belief belief = tally.Result();
  cache_.emplace(t, belief);
  return belief;
}

}  // namespace causalkg
