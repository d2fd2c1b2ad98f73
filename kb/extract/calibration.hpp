// Rule confidences recalibrated by reviews: the file `causalkg review
// --calibrate` writes ({"format": "causalkg-calibration/1", "rules": {RULE:
// {"confidence": x, ...}}}), read back for `causalkg extract --calibration`.
// A rule the file names proposes its candidates at the confidence its
// reviews earned, before hedges and negation lower it; other rules keep
// their own.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "engine/common/status.hpp"

namespace causalkg::kb::extract {

using RuleConfidences = std::map<std::string, double, std::less<>>;

// The confidences of the rules in the calibration file at `path`; a Load
// error naming the file (and the rule) when it is not one.
Result<RuleConfidences> ReadCalibration(const std::string& path);

}  // namespace causalkg::kb::extract
