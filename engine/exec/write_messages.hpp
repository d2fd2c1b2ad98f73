// What the statements that write say they did, in the words they share.
#pragma once

#include <string>

#include "engine/model/write_summary.hpp"

namespace causalkg {

// "; node 'd' was left with no claim and no label of its own, and is
// removed too", or "" when a write dropped no node so.
std::string DroppedText(const WriteSummary& summary);

}  // namespace causalkg
