// .set: the settings of how diagrams are drawn, shown and changed.
#include "cli/render/dot_style.hpp"
#include "cli/render/text_table.hpp"
#include "cli/shell/shell.hpp"
#include "engine/common/visible_text.hpp"

namespace causalkg::cli {

namespace {

constexpr const char* kVerbs = "dot.verbs";
constexpr const char* kDpi = "dot.dpi";
constexpr const char* kSetUsage = ".set dot.verbs on|off, .set dot.dpi N|default";

std::string DpiText(const DotStyle& style) {
  return style.dpi ? std::to_string(*style.dpi)
                   : "default (" + std::to_string(kGraphvizDpi) + ", Graphviz's)";
}

}  // namespace

bool Shell::Set(const std::vector<std::string>& args) {
  DotStyle& style = runner_.dot_style();
  if (args.empty()) {
    TextTable table({"setting", "value", "what it sets"});
    table.Add({kVerbs, style.verbs ? "on" : "off",
               "the relation's verb beside the sign on each causal edge of a diagram"});
    table.Add({kDpi, DpiText(style),
               "the resolution of PNG pictures (.export x.png, AS DOT TO 'x.png'), in dots per "
               "inch"});
    out_ << table.Render(runner_.style().width);
    return true;
  }
  if (args.size() > 2) return Fail("one setting and one value, please", kSetUsage);
  const std::string& name = args[0];
  if (name == kVerbs) {
    if (args.size() == 1) {
      out_ << kVerbs << ' ' << (style.verbs ? "on" : "off") << '\n';
      return true;
    }
    if (!ParseOnOff(args[1], style.verbs))
      return Fail("'" + Visible(args[1]) + "' is not on or off", ".set dot.verbs on|off");
    return true;
  }
  if (name == kDpi) {
    if (args.size() == 1) {
      out_ << kDpi << ' ' << DpiText(style) << '\n';
      return true;
    }
    if (args[1] == "default") {
      style.dpi.reset();
      return true;
    }
    auto dpi = ParseDpi(args[1]);
    if (!dpi.ok()) {
      return Fail(dpi.status().message(),
                  ".set dot.dpi N, N a whole number of dots per inch from " +
                      std::to_string(kMinDpi) + " to " + std::to_string(kMaxDpi) +
                      ", or .set dot.dpi default for Graphviz's " + std::to_string(kGraphvizDpi));
    }
    style.dpi = *dpi;
    return true;
  }
  return Fail("unknown setting '" + Visible(name) + "'",
              "the settings are dot.verbs and dot.dpi: " + std::string(kSetUsage));
}

}  // namespace causalkg::cli
