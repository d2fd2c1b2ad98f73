// How often each extraction rule's candidates were accepted: the measure of
// a rule that a review gives, and the input for recalibrating its
// confidence.
//
// A rule's confidence, recalibrated, is the share of its reviewed
// candidates accepted as proposed, smoothed by one accepted and one
// rejected candidate more (Laplace's rule of succession): (accepted + 1) /
// (reviewed + 2). So a rule reviewed once is not set to 0 or 1, and the
// more of its candidates are reviewed the nearer it comes to its rate.
// Candidates accepted only after an edit (a flip, a reversal, a renamed
// end) count as reviewed, not as accepted as proposed; those rejected
// because their text denies the link (reason "negated") count for neither:
// the rule read the text right.
#pragma once

#include <map>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "engine/common/status.hpp"
#include "kb/review/candidate.hpp"
#include "kb/review/proposed_claim.hpp"

namespace causalkg::kb {

struct RuleRate {
  std::string rule;  // "(none)" for candidates that name no rule
  std::size_t candidates = 0;
  std::size_t accepted = 0;               // as proposed
  std::size_t edited = 0;                 // accepted after an edit
  std::size_t rejected = 0;               // not counting those rejected as negated
  std::map<Reason, std::size_t> reasons;  // of the rejected, negated ones too

  std::size_t reviewed() const { return accepted + edited + rejected; }
  // Accepted, as proposed or edited, of those reviewed; 0 with none reviewed.
  double AcceptRate() const;
  // The recalibrated confidence (see above).
  double Calibrated() const;
};

// One row a rule, in the order of the rules' names. `states` holds one
// state for each candidate.
std::vector<RuleRate> RatesByRule(std::span<const Candidate> candidates,
                                  std::span<const CandidateState> states);

// {"RULE": {"candidates", "reviewed", "accepted", "edited", "rejected",
// "accept_rate", "confidence", "reasons": {"wrong-sign": 2}}, ...}
nlohmann::json RatesJson(std::span<const RuleRate> rates);

// Writes the calibration file for the candidates at `candidates_path`:
// {"format": "causalkg-calibration/1", "candidates": PATH, "rules": RatesJson},
// to `path` through a temporary file renamed at the end.
Status WriteCalibration(const std::string& path, const std::string& candidates_path,
                        std::span<const RuleRate> rates);

}  // namespace causalkg::kb
