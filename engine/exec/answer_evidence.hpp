// Evidence in the answers of the chain statements: each step's evidence
// summary and each chain's belief, and each edge of a result's diagram by
// its evidence, from one reader (step_evidence.hpp) a statement.
#pragma once

#include <vector>

#include "engine/exec/step_evidence.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

// Fills every step's evidence and every chain's belief (ChainBelief of its
// steps') of `chains`: paths, or loops, whose last step leads back to
// their first node.
Status WeighChains(StepEvidence& evidence, std::vector<Path>& chains);
Status WeighChain(StepEvidence& evidence, Path& chain);

// Fills the evidence of each edge of `diagram` not weighed yet.
Status WeighDiagram(StepEvidence& evidence, std::vector<GraphEdge>& diagram);

}  // namespace causalkg
