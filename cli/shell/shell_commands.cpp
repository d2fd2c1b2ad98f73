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
       "write the last result as FILE's extension says: .csv .tsv .md .json .txt .dot .svg .png "
       ".pdf",
       &Shell::Export},
      {".mode", "[MODE]", "how results are shown: table, json, jsonl, csv, tsv, markdown or dot",
       &Shell::Format},
      {".format", "[MODE]", "the same as .mode", &Shell::Format},
      {".output", "[FILE]", "every later result to FILE; alone, back to the screen",
       &Shell::Output},
      {".once", "FILE", "the next result to FILE", &Shell::Once},
      {".pager", "[on|off]", "page results taller than the screen ($PAGER, else less -FRX)",
       &Shell::Pager},
      {".timer", "[on|off]", "say how long each statement takes (on stderr)", &Shell::Timer},
      {".show", "", "every setting and its value, and the parameters set", &Shell::Show},
      {".param", "set|unset|list|clear",
       "values of $NAME in later statements: .param set NAME VALUE, .param unset NAME (.help $)",
       &Shell::Param, false, nullptr, /*shows_result=*/true},
      {".read", "FILE", "run the statements and dot-commands in FILE", &Shell::Read,
       /*writes=*/true},
      {".nodes", "[PATTERN]", "list nodes whose id or label contains PATTERN", &Shell::Nodes,
       /*writes=*/false, /*writes_with=*/nullptr, /*shows_result=*/true},
      {".relations", "",
       "list the relations, in the database and built in, with polarity and labels",
       &Shell::Relations, /*writes=*/false, /*writes_with=*/nullptr, /*shows_result=*/true},
      {".sources", "[SET id rate x]",
       "list the sources and their error rates; SET one: reliability, systematic or random",
       &Shell::Sources, /*writes=*/false, /*writes_with=*/"SET", /*shows_result=*/true},
      {".stats", "", "count nodes, relations, edges, evidence and sources", &Shell::Stats,
       /*writes=*/false, /*writes_with=*/nullptr, /*shows_result=*/true},
      {".lang", "[en|nl|id]",
       "the language of labels (id: ids); words around them stay English, a diagram's follow",
       &Shell::Lang},
      {".set", "[NAME [VALUE]]",
       "diagrams: dot.verbs on|off, dot.dpi N|default; net signs: sign.budget N|default; alone, "
       "shows the settings",
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
      runner_.ReportError(named.status(), {});
      return false;
    }
  }
  if (store_.read_only()) {
    runner_.ReportError(ReadOnlyError(store_.path()), {});
    return false;
  }
  auto loaded = LoadWithProgress(store_, parsed.files, parsed.format);
  if (!loaded.ok()) {
    runner_.ReportError(loaded.status(), {});
    err_ << "Nothing was loaded; the database is as it was.\n";
    return false;
  }
  completions_.Invalidate();
  out_ << LoadedReport(*loaded);
  return true;
}

bool Shell::Export(const std::vector<std::string>& args) {
  if (args.size() != 1)
    return Fail(args.empty() ? "which file?" : "one file, please",
                ".export FILE, its extension one of " + std::string(kResultExtensions) +
                    ", quoted when it holds blanks: .export 'my chains.png'");
  const auto& last = runner_.last_result();
  if (!last)
    return Fail("there is no result to export yet",
                "run a statement first, e.g. PATHS FROM a TO b");
  auto written = ExportResult(*last, args[0], runner_.style(), runner_.dot_style(), &err_);
  if (!written.ok()) return Fail(written.status().message(), written.status().hint());
  out_ << *written << '\n';
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

bool Shell::Quit(const std::vector<std::string>&) {
  quit_ = true;
  return true;
}

}  // namespace causalkg::cli
