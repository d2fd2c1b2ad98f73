// What a WHY claim's evidence comes to, in the form answers give each step
// (engine/model/evidence_summary.hpp), so that WHY's diagram draws its
// edges by evidence strength as every other diagram does.
#pragma once

#include "engine/model/evidence_summary.hpp"
#include "engine/model/result.hpp"

namespace causalkg::cli {

// The pieces WHY holds of the claim (all of them, unless the result was
// capped), and the belief WHY gives it (from all its pieces).
EvidenceSummary SummaryOfClaim(const ClaimEvidence& claim);

}  // namespace causalkg::cli
