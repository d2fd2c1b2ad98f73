// What a review says when it ends, in the shell and from `causalkg review`:
// where its candidates stand, and each rule's accept rate.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "kb/review/review_session.hpp"
#include "kb/review/rule_rates.hpp"

namespace causalkg::cli {

// "12 candidates: 7 accepted (2 after an edit), 3 rejected, 1 skipped, 1 not
// reviewed yet"
std::string ReviewTally(const kb::ReviewSession& session);

// "warning: ..." lines for the first ten of `warnings`, then how many more
// there are: a file whose every line is odd does not flood the terminal.
std::string WarningLines(const std::vector<std::string>& warnings);

// One row a rule: candidates, reviewed, accepted as proposed, after an edit,
// rejected, the accept rate and the recalibrated confidence
// (kb/review/rule_rates.hpp); cut to `width` columns when it is not 0.
std::string RatesTable(std::span<const kb::RuleRate> rates, std::size_t width);

}  // namespace causalkg::cli
