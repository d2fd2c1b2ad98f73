// How diagrams are drawn beyond their language: the relation's verb on each
// causal edge, and the resolution of PNG pictures. Set by `.set dot.verbs`
// and `.set dot.dpi` at the shell, and `--dot-verbs`, `--dot-dpi` on the
// command line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/common/status.hpp"

namespace causalkg::cli {

// The resolutions `dot.dpi` takes, in dots per inch: from a coarse preview
// to print quality, short of pictures Graphviz's bitmap renderer shrinks.
inline constexpr int kMinDpi = 36;
inline constexpr int kMaxDpi = 1200;
// Graphviz's own, used when none is set.
inline constexpr int kGraphvizDpi = 96;

struct DotStyle {
  // Each causal edge labelled by its relation's verb beside its sign
  // ("weakens (-)") instead of the sign alone.
  bool verbs = false;
  // The resolution of PNG pictures; none: Graphviz's default.
  std::optional<int> dpi;
};

// `text` as a resolution: a whole number from kMinDpi to kMaxDpi. A Usage
// error that names the valid range otherwise.
Result<int> ParseDpi(std::string_view text);

// "on" / "off": whether `text` is one of them, with `value` set.
bool ParseOnOff(std::string_view text, bool& value);

}  // namespace causalkg::cli
