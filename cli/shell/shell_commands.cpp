// The shell's dot-commands: one table drives dispatch and .help.
#include <cctype>
#include <charconv>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>

#include "cli/commands.hpp"
#include "cli/export_result.hpp"
#include "cli/help_topics.hpp"
#include "cli/load_with_progress.hpp"
#include "cli/render/belief_text.hpp"
#include "cli/render/text_table.hpp"
#include "cli/shell/shell.hpp"
#include "engine/common/text_fold.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/model/vocabulary.hpp"
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/source_rates.hpp"

namespace causalkg::cli {

namespace {

// The files and the format of `.load FILE... [--format NAME]`, as
// `causalkg load` takes them: `--format NAME`, `--format=NAME` or `-f NAME`,
// anywhere among the files.
struct LoadArguments {
  std::vector<std::string> files;
  std::string format;
  // What is wrong with the arguments, if anything, and how to write them.
  std::string error;
  std::string hint;
};

constexpr const char* kLoadUsage = ".load FILE... [--format NAME]";

LoadArguments Refused(std::string error, bool about_format) {
  LoadArguments refused;
  refused.error = std::move(error);
  refused.hint = about_format ? "NAME is one of: " + kb::Formats().Describe() : kLoadUsage;
  return refused;
}

LoadArguments ParseLoadArguments(const std::vector<std::string>& args) {
  constexpr std::string_view kLong = "--format", kShort = "-f";
  LoadArguments parsed;
  bool named = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    std::string format;
    if (arg == kLong || arg == kShort) {
      if (i + 1 == args.size()) return Refused("which format? " + arg + " needs a name", true);
      format = args[++i];
    } else if (arg.starts_with(std::string(kLong) + "=")) {
      format = arg.substr(kLong.size() + 1);
    } else {
      parsed.files.push_back(arg);
      continue;
    }
    if (named) return Refused("--format is given twice", false);
    if (format.empty()) return Refused("which format? --format needs a name", true);
    named = true;
    parsed.format = std::move(format);
  }
  if (parsed.files.empty()) return Refused("which file?", false);
  return parsed;
}

// What .sources shows of a source: its declaration's title, publisher and
// date, and the error rates it declares (blank: the default of each piece's
// origin).
std::vector<std::string> SourceRow(const SourceInfo& s) {
  const auto json = nlohmann::json::parse(s.json, nullptr, false);
  auto field = [&](const char* key) {
    return json.is_object() && json.contains(key) && json[key].is_string()
               ? Visible(json[key].get<std::string>())
               : "";
  };
  auto rate = [](const std::optional<double>& r) { return r ? BeliefText(*r) : std::string(); };
  return {Visible(s.id),
          field("title"),
          field("publisher"),
          field("date"),
          rate(s.errors.systematic),
          rate(s.errors.random),
          rate(s.errors.reliability)};
}

constexpr const char* kRatesNote =
    "A blank rate is the default of each piece's origin (systematic, random: stated or imported "
    "0.05, 0.3; "
    "extracted 0.1, 0.4; inferred 0.05, 0.2).\n"
    "A piece's confidence stands for its random error. How rates weigh evidence: "
    "docs/belief.md.\n";

}  // namespace

const std::vector<DotCommand>& DotCommands() {
  static const std::vector<DotCommand> commands = {
      {".help", "[KEYWORD]",
       "this help, or a statement's or keyword's help with an example (.help PATHS, .help DEPTH)",
       &Shell::Help},
      {".load", "FILE... [--format NAME]",
       "load files of claims, or other tools' maps, models and tables, all or nothing",
       &Shell::Load, /*writes=*/true},
      {".export", "FILE",
       "write the last result: .dot, .svg, .png, .pdf (Graphviz), .json, else text",
       &Shell::Export},
      {".format", "table|json|dot", "how results are shown", &Shell::Format},
      {".timer", "on|off", "show how long each statement takes", &Shell::Timer},
      {".read", "FILE", "run the statements and dot-commands in FILE", &Shell::Read,
       /*writes=*/true},
      {".nodes", "[PATTERN]", "list nodes whose id or label contains PATTERN", &Shell::Nodes},
      {".relations", "",
       "list the relations, in the database and built in, with polarity and labels",
       &Shell::Relations},
      {".sources", "[SET id rate x]",
       "list the sources and their error rates; SET one: reliability, systematic or random",
       &Shell::Sources, /*writes=*/false, /*writes_with=*/"SET"},
      {".stats", "", "count nodes, relations, edges, evidence and sources", &Shell::Stats},
      {".lang", "en|nl|id", "the language of labels in results (id: show ids)", &Shell::Lang},
      {".set", "[NAME [VALUE]]",
       "how diagrams are drawn: dot.verbs on|off, dot.dpi N|default; alone, shows the settings",
       &Shell::Set},
      {".review", "FILE",
       "review candidate claims (causalkg extract's) one by one; load those accepted",
       &Shell::Review, /*writes=*/true},
      {".quit", "", "leave the shell (also .exit and Ctrl-D)", &Shell::Quit},
      {".exit", "", "leave the shell", &Shell::Quit},
  };
  return commands;
}

bool Shell::Help(const std::vector<std::string>& args) {
  if (!args.empty()) {
    const std::string help = StatementHelp(args[0]);
    if (help.empty()) return Fail("no help on '" + args[0] + "'", "enter .help for the topics");
    out_ << help;
    return true;
  }
  out_ << "Statements (end with ; or Enter when complete; .help KEYWORD for more):\n"
       << StatementSummary() << "\nCommands:\n";
  TextTable table({"command", "arguments", "what it does"});
  for (const DotCommand& c : DotCommands()) table.Add({c.name, c.args, c.help});
  out_ << table.Render(runner_.style().width);
  return true;
}

bool Shell::Load(const std::vector<std::string>& args) {
  const LoadArguments parsed = ParseLoadArguments(args);
  if (!parsed.error.empty()) return Fail(parsed.error, parsed.hint);
  // An unknown format is refused before anything is read, as by `causalkg load`.
  if (!parsed.format.empty()) {
    if (auto named = kb::Formats().Choose({}, {}, parsed.format); !named.ok()) {
      PrintError(named.status());
      return false;
    }
  }
  if (store_.read_only()) {
    PrintError(ReadOnlyError(store_.path()));
    return false;
  }
  auto loaded = LoadWithProgress(store_, parsed.files, parsed.format);
  if (!loaded.ok()) {
    PrintError(loaded.status());
    err_ << "Nothing was loaded; the database is as it was.\n";
    return false;
  }
  completions_.Invalidate();
  out_ << LoadedReport(*loaded);
  return true;
}

bool Shell::Export(const std::vector<std::string>& args) {
  if (args.size() != 1)
    return Fail("which file?", ".export chain.svg (or .dot, .png, .json, .txt)");
  const auto& last = runner_.last_result();
  if (!last)
    return Fail("there is no result to export yet",
                "run a statement first, e.g. PATHS FROM a TO b");
  auto written = ExportResult(*last, args[0], runner_.style(), runner_.dot_style(), &err_);
  if (!written.ok()) return Fail(written.status().message(), written.status().hint());
  out_ << *written << '\n';
  return true;
}

bool Shell::Format(const std::vector<std::string>& args) {
  OutputFormat format;
  if (args.size() != 1 || !ParseOutputFormat(args[0], format))
    return Fail("which format?", ".format table|json|dot");
  runner_.set_format(format);
  return true;
}

bool Shell::Timer(const std::vector<std::string>& args) {
  if (args.size() != 1 || (args[0] != "on" && args[0] != "off"))
    return Fail("on or off?", ".timer on|off");
  timer_ = args[0] == "on";
  return true;
}

bool Shell::Read(const std::vector<std::string>& args) {
  if (args.size() != 1) return Fail("which file?", ".read FILE");
  if (read_depth_ >= 8) return Fail(".read is nested too deeply");
  std::ifstream in(args[0]);
  if (!in) return Fail("cannot read '" + args[0] + "'");
  auto lines = StreamLines(in);
  ++read_depth_;
  const int code = Run(*lines);
  --read_depth_;
  return code == 0;
}

bool Shell::Nodes(const std::vector<std::string>& args) {
  const std::string pattern = args.empty() ? "" : FoldCase(args[0]);
  TextTable table({"id", "en", "nl"});
  std::size_t shown = 0, matching = 0;
  Status s = store_.ForEachTerm([&](TermId, const std::string& name, const TermInfo& info) {
    if (!(info.roles & kRoleNode)) return true;
    bool hit = pattern.empty() || FoldCase(name).find(pattern) != std::string::npos;
    for (const auto& [language, label] : info.labels)
      hit = hit || FoldCase(label).find(pattern) != std::string::npos;
    if (!hit) return true;
    if (++matching <= 200) {
      ++shown;
      auto label = [&](const char* language) {
        auto it = info.labels.find(language);
        return it == info.labels.end() ? std::string() : Visible(it->second);
      };
      table.Add({Visible(name), label("en"), label("nl")});
    }
    return true;
  });
  if (!s.ok()) return Fail(s.message());
  out_ << table.Render(runner_.style().width) << matching << (matching == 1 ? " node" : " nodes")
       << (shown < matching ? " (the first " + std::to_string(shown) + " shown; give a pattern)"
                            : "")
       << '\n';
  return true;
}

bool Shell::Relations(const std::vector<std::string>&) {
  // The database's relations, in the order they came, then the built-in
  // ones no claim uses yet: every store knows those too.
  TextTable table({"relation", "polarity", "built in", "en", "nl"});
  std::set<std::string> stored;
  auto add = [&](const std::string& name, Polarity polarity, Labels labels) {
    AddBuiltinLabels(name, labels);
    auto label = [&](const char* language) {
      auto it = labels.find(language);
      return it == labels.end() ? std::string() : Visible(it->second);
    };
    table.Add({Visible(name), polarity == Polarity::kNone ? "none" : PolarityText(polarity),
               FindBuiltin(name) ? "yes" : "", label("en"), label("nl")});
  };
  Status s = store_.ForEachTerm([&](TermId, const std::string& name, const TermInfo& info) {
    if (!(info.roles & kRoleRelation)) return true;
    stored.insert(name);
    add(name, info.polarity, info.labels);
    return true;
  });
  if (!s.ok()) return Fail(s.message());
  std::size_t unused = 0;
  for (const BuiltinRelation& builtin : BuiltinRelations()) {
    if (stored.count(std::string(builtin.id))) continue;
    ++unused;
    add(std::string(builtin.id), builtin.polarity, {});
  }
  out_ << table.Render(runner_.style().width) << stored.size()
       << (stored.size() == 1 ? " relation" : " relations") << " in the database, " << unused
       << " built in that no claim uses yet; polarity ? means causal, sign not stated\n";
  return true;
}

bool Shell::Sources(const std::vector<std::string>& args) {
  if (!args.empty()) return SetSourceRate(args);
  auto sources = store_.Sources();
  if (!sources.ok()) return Fail(sources.status().message());
  TextTable table({"source", "title", "publisher", "date", "systematic", "random", "reliability"});
  for (const SourceInfo& s : *sources) table.Add(SourceRow(s));
  out_ << table.Render(runner_.style().width) << kRatesNote;
  return true;
}

bool Shell::SetSourceRate(const std::vector<std::string>& args) {
  constexpr const char* kUsage = ".sources SET id reliability|systematic|random x|default";
  std::string set = args[0];
  for (char& c : set) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (set != "SET" || args.size() != 4) return Fail("which source, rate and value?", kUsage);
  const auto rate = kb::SourceRateNamed(args[2]);
  if (!rate) {
    return Fail("unknown rate '" + args[2] + "'",
                "reliability, systematic or random: " + std::string(kUsage));
  }
  std::optional<double> value;
  if (args[3] != "default") {
    double number = 0;
    const char* first = args[3].data();
    const char* last = first + args[3].size();
    const auto [end, error] = std::from_chars(first, last, number);
    if (error != std::errc() || end != last || !(number >= 0 && number <= 1)) {
      return Fail("'" + args[3] + "' is no rate", "a rate is a number from 0 to 1, or default");
    }
    value = number;
  }
  if (store_.read_only()) {
    PrintError(ReadOnlyError(store_.path()));
    return false;
  }
  auto changed = kb::SetSourceRate(store_, args[1], *rate, value);
  if (!changed.ok()) {
    PrintError(changed.status());
    return false;
  }
  auto sources = store_.Sources();
  if (!sources.ok()) return Fail(sources.status().message());
  TextTable table({"source", "title", "publisher", "date", "systematic", "random", "reliability"});
  for (const SourceInfo& s : *sources) {
    if (s.id == args[1]) table.Add(SourceRow(s));
  }
  if (changed->new_source) out_ << "declared source " << Visible(args[1]) << "\n";
  out_ << table.Render(runner_.style().width) << kRatesNote;
  return true;
}

bool Shell::Stats(const std::vector<std::string>&) {
  out_ << DescribeStore(store_);
  return true;
}

bool Shell::Lang(const std::vector<std::string>& args) {
  if (args.size() != 1) return Fail("which language?", ".lang en|nl|id");
  runner_.style().language = args[0];
  return true;
}

bool Shell::Quit(const std::vector<std::string>&) {
  quit_ = true;
  return true;
}

}  // namespace causalkg::cli
