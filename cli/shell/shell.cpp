#include "cli/shell/shell.hpp"

#include <chrono>
#include <cstdio>
#include <exception>
#include <functional>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/script.hpp"
#include "cli/shell/terminal.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/model/result_kinds.hpp"
#include "grammar/parse.hpp"

namespace causalkg::cli {

namespace {

constexpr const char* kPrompt = "causalkg> ";
constexpr const char* kContinuation = "     ...> ";

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
      runner_(store, out, err, &InterruptFlag()),
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
              if (std::string_view(c.args).starts_with("FILE")) names.push_back(c.name);
            }
            return names;
          }()) {
  runner_.style().width = TerminalWidth();
  runner_.style().colour = UseColour();
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
  std::string buffer;
  bool failed = false;
  while (!quit_) {
    completions_.SetEarlierLines(buffer);
    auto line = source.Read(buffer.empty() ? kPrompt : kContinuation);
    if (!line) break;
    if (*line == "\x03") {  // Ctrl-C at the prompt: drop what was typed
      buffer.clear();
      out_ << "^C\n";
      continue;
    }
    const bool dot_command = !TrimBlanks(*line).empty() && TrimBlanks(*line)[0] == '.';
    if (buffer.empty() && dot_command) {
      source.Remember(*line);
      if (!RunDotCommand(TrimBlanks(*line))) failed = true;
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
    if (!RunStatement(buffer)) failed = true;
    buffer.clear();
  }
  if (!failed && !quit_ && !HoldsNoStatement(buffer)) RunStatement(buffer);
  out_ << "\n";
  return 0;
}

int Shell::RunScript(LineSource& source) {
  const std::vector<ScriptPart> parts = SplitScript(source);
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
      runner_.set_first_line(part.first_line);
      ok = runner_.Check(part.text);
      if (!ok) break;
      continue;
    }
    std::istringstream words(part.text);
    std::string name, argument, extra;
    words >> name >> argument >> extra;
    int matches = 0;
    const DotCommand* command = FindDotCommand(name, matches);
    OutputFormat format;
    if (command && command->handler == &Shell::Format && extra.empty() &&
        ParseOutputFormat(argument, format)) {
      runner_.set_format(format);
    }
  }
  runner_.set_format(outer_format);
  return ok;
}

bool Shell::RunStatement(const std::string& text) {
  InterruptFlag().store(false);
  const auto start = std::chrono::steady_clock::now();
  const bool ok = RunGuarded(err_, "the statement", [&] { return runner_.Run(text); });
  if (timer_) {
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    char line[64];
    std::snprintf(line, sizeof line, "time: %.3f ms\n", ms);
    out_ << line;
  }
  InterruptFlag().store(false);
  if (ok) {
    const auto& last = runner_.last_result();
    if (last && ChangedStore(last->body)) completions_.Invalidate();
  }
  return ok;
}

bool Shell::RunDotCommand(const std::string& line) {
  std::istringstream words(line);
  std::string name, word;
  words >> name;
  std::vector<std::string> args;
  while (words >> word) args.push_back(word);
  int matches = 0;
  const DotCommand* match = FindDotCommand(name, matches);
  if (matches != 1) {
    return Fail(std::string(matches == 0 ? "unknown command " : "ambiguous command ") + name,
                "enter .help for the list of commands");
  }
  return RunGuarded(err_, std::string("the command ") + match->name,
                    [&] { return (this->*(match->handler))(args); });
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
  err_ << "Error: " << Visible(message) << '\n';
  if (!hint.empty()) err_ << "hint: " << Visible(hint) << '\n';
  return false;
}

}  // namespace causalkg::cli
