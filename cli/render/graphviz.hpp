// Rendering DOT to pictures with Graphviz's `dot`, when it is installed.
#pragma once

#include <optional>
#include <string>

#include "engine/common/status.hpp"

namespace causalkg::cli {

// Whether `dot` is on the PATH.
bool DotInstalled();

// Runs `dot -T<format> -o <path>` on `dot_text` (format: svg, png, pdf),
// with `-Gdpi=<dpi>` for a PNG when `dpi` is given (Graphviz's own 96
// otherwise; SVG and PDF are drawn to scale, and a resolution would only
// blow their size up). When dot is missing, the error says how to install it.
Status RenderDot(const std::string& dot_text, const std::string& format, const std::string& path,
                 std::optional<int> dpi = std::nullopt);

}  // namespace causalkg::cli
