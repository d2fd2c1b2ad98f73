// A belief as tables show it: to four decimals, without trailing zeros
// ("0.9372", "0.65", "1", "0").
#pragma once

#include <string>

#include "engine/model/belief.hpp"

namespace causalkg::cli {

std::string BeliefText(double belief);

// "belief 0.9372", or with refuting evidence "belief 0.4218 (support
// 0.9372, refuted 0.55)".
std::string BeliefAbout(const Belief& belief);

}  // namespace causalkg::cli
