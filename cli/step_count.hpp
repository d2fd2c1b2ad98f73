// A count of steps as a user types it (causalkg query --sign-budget, the
// shell's .set sign.budget): one reading, so both refuse the same text the
// same way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/common/status.hpp"

namespace causalkg::cli {

// `text` as a whole number of steps a uint64 holds; else a usage error that
// names the text, with `hint`.
Result<std::uint64_t> ParseStepCount(std::string_view text, const std::string& hint);

}  // namespace causalkg::cli
