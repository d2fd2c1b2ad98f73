// The shell's settings: how results look and where they go (.mode/.format,
// .lang, .timer, .pager, .output, .once, .show) and how diagrams are drawn
// (.set) and how far net signs are followed (.set sign.budget). Each alone says its value; a value
// it does not take is refused with those it does.
#include "cli/label_languages.hpp"
#include "cli/render/dot_style.hpp"
#include "cli/render/text_table.hpp"
#include "cli/shell/pager.hpp"
#include "cli/shell/shell.hpp"
#include "cli/step_count.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/exec/chains.hpp"

namespace causalkg::cli {

namespace {

constexpr const char* kVerbs = "dot.verbs";
constexpr const char* kDpi = "dot.dpi";
constexpr const char* kBudget = "sign.budget";
constexpr const char* kSetUsage =
    ".set dot.verbs on|off, .set dot.dpi N|default, .set sign.budget N|default";

std::string DpiText(const DotStyle& style) {
  return style.dpi ? std::to_string(*style.dpi)
                   : "default (" + std::to_string(kGraphvizDpi) + ", Graphviz's)";
}

const char* OnOff(bool on) { return on ? "on" : "off"; }

std::string BudgetText(std::optional<std::uint64_t> steps) {
  return steps ? std::to_string(*steps) : "default (" + std::to_string(kSignBudget) + ")";
}

// A budget of steps: a whole number from 1, which a uint64 holds.
Result<std::uint64_t> ParseBudget(const std::string& text) {
  const std::string hint = ".set sign.budget N, N a whole number of steps from 1 (the default is " +
                           std::to_string(kSignBudget) + "), or .set sign.budget default";
  auto steps = ParseStepCount(text, hint);
  if (steps.ok() && *steps == 0) {
    return Status::Usage("a budget of 0 steps settles no net sign", hint);
  }
  return steps;
}

// The settings .show lists, in its order.
constexpr const char* kSettings[] = {"format", "lang", "timer", "pager", "output",
                                     "once",   kVerbs, kDpi,    kBudget};

}  // namespace

std::string Shell::SettingValue(const std::string& name) {
  std::string value;
  if (name == "format") {
    value = OutputFormatName(runner_.format());
  } else if (name == "lang") {
    value = Visible(runner_.style().language);
  } else if (name == "timer") {
    value = OnOff(timer_);
  } else if (name == "pager") {
    const std::string command = PagerCommand();
    value = std::string(OnOff(pager_)) +
            (command.empty() ? " (no pager found: set $PAGER)" : " (" + Visible(command) + ")");
  } else if (name == "output") {
    value = output_.file().empty() ? "the screen (stdout)" : Visible(output_.file());
  } else if (name == "once") {
    value = output_.next_file().empty() ? "-" : Visible(output_.next_file());
  } else if (name == kVerbs) {
    value = OnOff(runner_.dot_style().verbs);
  } else if (name == kDpi) {
    value = DpiText(runner_.dot_style());
  } else if (name == kBudget) {
    value = BudgetText(runner_.sign_budget());
  }
  return value;
}

bool Shell::ShowSetting(const std::string& name) {
  out_ << name << ' ' << SettingValue(name) << '\n';
  return true;
}

bool Shell::Show(const std::vector<std::string>& args) {
  if (!args.empty()) return Fail(".show takes no argument", ".show, or a setting alone: .format");
  TextTable table({"setting", "value"});
  for (const char* name : kSettings) table.Add({name, SettingValue(name)});
  // The parameters set (.param), which every later statement takes.
  for (const auto& [name, value] : runner_.parameters()) {
    table.Add({"param $" + Visible(name), Visible(value)});
  }
  out_ << table.Render(runner_.style().width);
  return true;
}

bool Shell::Format(const std::vector<std::string>& args) {
  const std::string usage = ".mode " + OutputFormatChoices();
  if (args.empty()) {
    return ShowSetting("format");
  }
  if (args.size() > 1) return Fail("one format, please", usage);
  const auto format = OutputFormatNamed(args[0]);
  if (!format) {
    return Fail("unknown format '" + Visible(args[0]) + "'", usage);
  }
  runner_.set_format(*format);
  return true;
}

bool Shell::Timer(const std::vector<std::string>& args) {
  if (args.empty()) {
    return ShowSetting("timer");
  }
  if (args.size() > 1 || !ParseOnOff(args[0], timer_))
    return Fail("'" + Visible(args[0]) + "' is not on or off", ".timer on|off");
  return true;
}

bool Shell::Pager(const std::vector<std::string>& args) {
  if (args.empty()) {
    return ShowSetting("pager");
  }
  if (args.size() > 1 || !ParseOnOff(args[0], pager_))
    return Fail("'" + Visible(args[0]) + "' is not on or off", ".pager on|off");
  return true;
}

bool Shell::Output(const std::vector<std::string>& args) {
  if (args.size() > 1) {
    return Fail("one file, please",
                ".output FILE, quoted when it holds blanks: .output 'my results.csv'");
  }
  if (args.empty()) {
    output_.SendToTerminal();
    return true;
  }
  Status sent = output_.SendToFile(args[0]);
  if (!sent.ok()) return Fail(sent.message(), "results still go to the screen");
  return true;
}

bool Shell::Once(const std::vector<std::string>& args) {
  if (args.size() != 1) {
    return Fail("which file?", ".once FILE, quoted when it holds blanks: .once 'my results.csv'");
  }
  Status sent = output_.SendNextToFile(args[0]);
  if (!sent.ok()) return Fail(sent.message());
  return true;
}

bool Shell::Lang(const std::vector<std::string>& args) {
  if (args.empty()) {
    return ShowSetting("lang");
  }
  if (args.size() > 1) return Fail("one language, please", ".lang en|nl|id");
  auto language = LabelLanguage(store_, args[0]);
  if (!language.ok()) {
    return Fail(language.status().message(), language.status().hint());
  }
  runner_.style().language = *language;
  return true;
}

bool Shell::Set(const std::vector<std::string>& args) {
  DotStyle& style = runner_.dot_style();
  if (args.empty()) {
    TextTable table({"setting", "value", "what it sets"});
    table.Add({kVerbs, style.verbs ? "on" : "off",
               "the relation's verb beside the sign on each causal edge of a diagram"});
    table.Add({kDpi, DpiText(style),
               "the resolution of PNG pictures (.export x.png, AS DOT TO 'x.png'), in dots per "
               "inch"});
    table.Add({kBudget, BudgetText(runner_.sign_budget()),
               "the steps EFFECTS, CAUSES, LEVERS and BLINDSPOTS may take to settle the net "
               "signs that loops leave open"});
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
  if (name == kBudget) {
    if (args.size() == 1) return ShowSetting(kBudget);
    if (args[1] == "default") {
      runner_.set_sign_budget(std::nullopt);
      return true;
    }
    auto steps = ParseBudget(args[1]);
    if (!steps.ok()) return Fail(steps.status().message(), steps.status().hint());
    runner_.set_sign_budget(*steps);
    return true;
  }
  return Fail("unknown setting '" + Visible(name) + "'",
              "the settings are dot.verbs, dot.dpi and sign.budget: " + std::string(kSetUsage));
}

}  // namespace causalkg::cli
