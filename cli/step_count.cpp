#include "cli/step_count.hpp"

#include <charconv>
#include <limits>

#include "engine/common/visible_text.hpp"

namespace causalkg::cli {

Result<std::uint64_t> ParseStepCount(std::string_view text, const std::string& hint) {
  std::uint64_t steps = 0;
  const char* last = text.data() + text.size();
  const auto [end, error] = std::from_chars(text.data(), last, steps);
  const std::string shown = "'" + Visible(text) + "'";
  if (error == std::errc::result_out_of_range) {
    return Status::Usage(shown + " is more steps than a budget can hold (at most " +
                             std::to_string(std::numeric_limits<std::uint64_t>::max()) + ")",
                         hint);
  }
  if (text.empty() || error != std::errc() || end != last) {
    return Status::Usage(shown + " is no number of steps", hint);
  }
  return steps;
}

}  // namespace causalkg::cli
