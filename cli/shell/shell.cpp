#include "cli/shell/shell.hpp"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <exception>
#include <functional>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/script.hpp"
#include "cli/shell/dot_command_line.hpp"
#include "cli/shell/pager.hpp"
#include "cli/shell/terminal.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/model/result_kinds.hpp"
#include "grammar/parse.hpp"

namespace causalkg::cli {

namespace {

constexpr const char* kPrompt = "causalkg> ";
constexpr const char* kContinuation = "     ...> ";
constexpr const char* kQuitHint = "to leave the shell, enter .quit or press Ctrl-D";

// Whether `text` is what leaves other shells (quit, exit, \q), which is no
// statement here.
bool IsQuitWord(const std::string& text) {
  std::string word = TrimBlanks(text);
  while (!word.empty() && (word.back() == ';' || word.back() == ' ')) word.pop_back();
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word == "quit" || word == "exit" || word == "\\q";
}

// Runs `work`, the running of one statement or dot-command. Failures travel
// as Status values, so an exception is a fault of causalkg's own: it is said
// as such, as the failure of that one statement, and the shell goes on.
bool RunGuarded(std::ostream& err, const std::string& what, const std::function<bool()>& work) {
  std::string detail;
  try {
    return work();
  } catch (const std::exception& e) {
    // The library's message may quote hostile input.
    detail = " (" + Visible(e.what()) + ")";
  } catch (...) {
  }
  err << Status::Internal("causalkg failed unexpectedly while running " + what + detail +
                          "; the database is as its last complete write left it.")
             .ToString()
      << '\n';
  return false;
}

}  // namespace

Shell::Shell(Store& store, std::ostream& out, std::ostream& err)
    : store_(store),
      out_(out),
      err_(err),
      output_(out, err),
      runner_(store, output_.stream(), output_.notes(), &InterruptFlag()),
      completions_(
          store,
          [] {
            std::vector<std::string> names;
            for (const DotCommand& c : DotCommands()) names.push_back(c.name);
            return names;
          }(),
          [] {
            std::vector<std::string> names;
            for (const DotCommand& c : DotCommands()) {
              if (std::string_view(c.args).find("FILE") != std::string_view::npos)
                names.push_back(c.name);
            }
            return names;
          }()) {
  runner_.style().width = TerminalWidth();
  runner_.style().colour = UseColour();
  runner_.style().raise_sign_budget = ".set sign.budget";
}

void Shell::PrintBanner() {
  const StoreCounts& c = store_.counts();
  out_ << "causalkg " << CAUSALKG_VERSION << ", database " << Visible(store_.path())
       << (store_.read_only() ? " (read-only)" : "") << "\n"
       << c.nodes << " nodes, " << c.edges << " edges, " << c.evidence << " pieces of evidence";
  auto sources = store_.Sources();
  if (sources.ok() && !sources->empty()) {
    out_ << " from " << sources->size() << (sources->size() == 1 ? " source: " : " sources: ");
    std::size_t shown = 0;
    for (const SourceInfo& s : *sources) {
      if (shown++ == 3) {
        out_ << ", ...";
        break;
      }
      out_ << (shown > 1 ? ", " : "") << Visible(s.id);
    }
  }
  out_ << "\nEnter .help for help. A statement runs when it is complete or ends with ;\n";
}

int Shell::Run(LineSource& source) {
  LineSource* const outer = source_;
  source_ = &source;
  const int code = source.interactive() ? RunInteractive(source) : RunScript(source);
  source_ = outer;
  return code;
}

int Shell::RunInteractive(LineSource& source) {
  interactive_ = true;
  std::string buffer;
  while (!quit_) {
    completions_.SetEarlierLines(buffer);
    auto line = source.Read(buffer.empty() ? kPrompt : kContinuation);
    if (!line) {
      // Ctrl-D on a continuation line gives up the statement begun, as
      // Ctrl-C does; at the prompt it leaves.
      if (HoldsNoStatement(buffer)) break;
      buffer.clear();
      out_ << "\n" << std::flush;  // the terminal showed ^D
      err_ << "cancelled the unfinished statement; Ctrl-D at an empty prompt leaves the shell\n"
           << std::flush;
      continue;
    }
    if (*line == "\x03") {  // Ctrl-C at the prompt: drop what was typed
      buffer.clear();
      out_ << "^C\n";
      continue;
    }
    const bool dot_command = !TrimBlanks(*line).empty() && TrimBlanks(*line)[0] == '.';
    if (buffer.empty() && dot_command) {
      source.Remember(*line);
      RunDotCommand(TrimBlanks(*line));
      continue;
    }
    if (buffer.empty() && IsQuitWord(*line)) {
      source.Remember(*line);
      Fail("'" + TrimBlanks(*line) + "' is not a statement", kQuitHint);
      continue;
    }
    buffer += *line + "\n";
    if (HoldsNoStatement(buffer)) {
      buffer.clear();
      continue;
    }
    // A terminal runs a statement once it is complete.
    if (grammar::NeedsMoreInput(buffer)) continue;
    source.Remember(TrimBlanks(buffer));
    RunStatement(buffer);
    buffer.clear();
  }
  out_ << "\n";
  return 0;
}

int Shell::RunScript(LineSource& source) {
  const std::vector<ScriptPart> parts = SplitScript(source);
  // Read in full before it runs, a script's results need no flush each:
  // nothing waits for one before giving the next statement. At the shell
  // (.read), a terminal shows each as it comes.
  output_.set_flush_each(interactive_);
  runner_.set_flush_each(interactive_);
  // A .read file inside a script or the shell: the lines of its errors are its own.
  const std::size_t outer_first_line = runner_.first_line();
  bool ok = CheckScript(parts);
  for (const ScriptPart& part : parts) {
    if (!ok || quit_) break;
    if (part.kind == ScriptPart::Kind::kDotCommand) {
      ok = RunDotCommand(part.text);
    } else {
      runner_.set_first_line(part.first_line);
      ok = RunStatement(part.text);
    }
  }
  runner_.set_first_line(outer_first_line);
  return ok ? 0 : 1;
}

bool Shell::CheckScript(const std::vector<ScriptPart>& parts) {
  // An error is reported in the format the script has chosen by then.
  const OutputFormat outer_format = runner_.format();
  bool ok = true;
  for (const ScriptPart& part : parts) {
    if (part.kind == ScriptPart::Kind::kStatements) {
      if (IsQuitWord(part.text)) {
        ok = Fail("line " + std::to_string(part.first_line) + ": '" + TrimBlanks(part.text) +
                      "' is not a statement",
                  "a script ends at its end, or at .quit");
        break;
      }
      runner_.set_first_line(part.first_line);
      ok = runner_.Check(part.text);
      if (!ok) break;
      continue;
    }
    auto line = SplitDotCommand(part.text);
    if (!line.ok() || line->args.size() != 1) continue;
    int matches = 0;
    const DotCommand* command = FindDotCommand(line->name, matches);
    OutputFormat format;
    if (command && command->handler == &Shell::Format && ParseOutputFormat(line->args[0], format)) {
      runner_.set_format(format);
    }
  }
  runner_.set_format(outer_format);
  return ok;
}

bool Shell::RunStatement(const std::string& text) {
  InterruptFlag().store(false);
  double ms = 0;
  const bool ok = ShowResult([&] {
    const auto start = std::chrono::steady_clock::now();
    const bool ran = RunGuarded(err_, "the statement", [&] { return runner_.Run(text); });
    ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return ran;
  });
  if (timer_) {
    // Beside the result, never in it: JSON or CSV stay whole.
    char line[64];
    std::snprintf(line, sizeof line, "time: %.3f ms\n", ms);
    err_ << line << std::flush;
  }
  InterruptFlag().store(false);
  if (ok) {
    const auto& last = runner_.last_result();
    if (last && ChangedStore(last->body)) completions_.Invalidate();
  }
  return ok;
}

bool Shell::ShowResult(const std::function<bool()>& work) {
  const bool may_page = interactive_ && pager_ && StdoutIsTerminal();
  const bool to_file = output_.Begin(may_page ? PagerCommand() : std::string());
  TextStyle& style = runner_.style();
  const std::size_t width = style.width;
  const bool colour = style.colour;
  if (to_file) {
    // Files hold whole values, and no colour codes.
    style.width = 0;
    style.colour = false;
  }
  const bool ok = work();
  style.width = width;
  style.colour = colour;
  // The terminal's size matters only to a result held for the pager; a
  // script's statements ask nothing of it.
  Status delivered = may_page ? output_.End(TerminalHeight(), TerminalWidth()) : output_.End(0, 0);
  if (!delivered.ok()) {
    runner_.ReportError(delivered, {});
    return false;
  }
  return ok;
}

bool Shell::RunDotCommand(const std::string& line) {
  auto split = SplitDotCommand(line);
  if (!split.ok()) return Fail(split.status().message(), split.status().hint());
  const std::string& name = split->name;
  int matches = 0;
  const DotCommand* match = FindDotCommand(name, matches);
  if (matches == 0) return Fail("unknown command " + name, "enter .help for the list of commands");
  if (matches > 1) {
    std::string names;
    const std::vector<std::string> candidates = DotCommandsStartingWith(name);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      names += (i == 0 ? "" : i + 1 == candidates.size() ? " or " : ", ") + candidates[i];
    }
    return Fail("ambiguous command " + name + ": " + names + "?",
                "type more of its name, or Tab to list them");
  }
  auto run = [&] {
    return RunGuarded(err_, std::string("the command ") + match->name,
                      [&] { return (this->*(match->handler))(split->args); });
  };
  return match->shows_result ? ShowResult(run) : run();
}

std::vector<std::string> DotCommandsStartingWith(const std::string& prefix) {
  std::vector<std::string> names;
  for (const DotCommand& c : DotCommands()) {
    if (std::string_view(c.name).starts_with(prefix)) names.push_back(c.name);
  }
  return names;
}

const DotCommand* FindDotCommand(const std::string& name, int& matches) {
  // A unique prefix is enough, as in sqlite3: .rel for .relations.
  const DotCommand* match = nullptr;
  matches = 0;
  for (const DotCommand& c : DotCommands()) {
    if (name == c.name) {
      matches = 1;
      return &c;
    }
    if (std::string(c.name).rfind(name, 0) == 0) {
      match = &c;
      ++matches;
    }
  }
  return matches == 1 ? match : nullptr;
}

bool Shell::Fail(const std::string& message, const std::string& hint) {
  // In JSON, a dot-command's error is the error object a statement's is, so
  // that a program reading the output reads every error one way.
  if (runner_.format() == OutputFormat::kJson) {
    runner_.ReportError(Status::Usage(message, hint), {});
    return false;
  }
  err_ << "Error: " << Visible(message) << '\n';
  if (!hint.empty()) err_ << "hint: " << Visible(hint) << '\n';
  return false;
}

}  // namespace causalkg::cli
