#include "engine/exec/answer_evidence.hpp"

namespace causalkg {

namespace {

// The claim of step `i` of `chain`: a loop's last step closes on its first node.
Triple StepClaim(const Path& chain, std::size_t i) {
  return {chain.nodes[i], chain.steps[i].relation, chain.nodes[(i + 1) % chain.nodes.size()]};
}

}  // namespace

Status WeighChain(StepEvidence& evidence, Path& chain) {
  std::vector<double> beliefs;
  beliefs.reserve(chain.steps.size());
  for (std::size_t i = 0; i < chain.steps.size(); ++i) {
    auto summary = evidence.Of(StepClaim(chain, i));
    if (!summary.ok()) return std::move(summary).TakeStatus();
    chain.steps[i].evidence = **summary;
    beliefs.push_back((*summary)->belief);
  }
  chain.belief = ChainBelief(beliefs);
  return Status::Ok();
}

Status WeighChains(StepEvidence& evidence, std::vector<Path>& chains) {
  if (evidence.holds_evidence()) {
    std::vector<Triple> claims;
    for (const Path& chain : chains) {
      for (std::size_t i = 0; i < chain.steps.size(); ++i) claims.push_back(StepClaim(chain, i));
    }
    CAUSALKG_RETURN_IF_ERROR(evidence.Prefetch(claims));
  }
  for (Path& chain : chains) CAUSALKG_RETURN_IF_ERROR(WeighChain(evidence, chain));
  return Status::Ok();
}

Status WeighDiagram(StepEvidence& evidence, std::vector<GraphEdge>& diagram) {
  if (evidence.holds_evidence()) {
    std::vector<Triple> claims;
    for (const GraphEdge& e : diagram) {
      if (!e.evidence) claims.push_back({e.from, e.relation, e.to});
    }
    CAUSALKG_RETURN_IF_ERROR(evidence.Prefetch(claims));
  }
  for (GraphEdge& e : diagram) {
    if (e.evidence) continue;
    auto summary = evidence.Of({e.from, e.relation, e.to});
    if (!summary.ok()) return std::move(summary).TakeStatus();
    e.evidence = **summary;
  }
  return Status::Ok();
}

}  // namespace causalkg
