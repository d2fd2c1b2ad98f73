#include "cli/render/dot_style.hpp"

#include <charconv>

#include "engine/common/visible_text.hpp"

namespace causalkg::cli {

Result<int> ParseDpi(std::string_view text) {
  int dpi = 0;
  const char* first = text.data();
  const char* last = first + text.size();
  const auto [end, error] = std::from_chars(first, last, dpi);
  if (text.empty() || error != std::errc() || end != last || dpi < kMinDpi || dpi > kMaxDpi) {
    return Status::Usage("'" + Visible(std::string(text)) + "' is no resolution",
                         "a resolution is a whole number of dots per inch from " +
                             std::to_string(kMinDpi) + " to " + std::to_string(kMaxDpi) +
                             " (Graphviz's default is " + std::to_string(kGraphvizDpi) + ")");
  }
  return dpi;
}

bool ParseOnOff(std::string_view text, bool& value) {
  if (text != "on" && text != "off") return false;
  value = text == "on";
  return true;
}

}  // namespace causalkg::cli
