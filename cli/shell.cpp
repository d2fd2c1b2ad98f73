#include "cli/shell.hpp"

#include <chrono>
#include <cstdio>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "grammar/parse.hpp"

namespace causalkg::cli {

namespace {

constexpr const char* kPrompt = "causalkg> ";
constexpr const char* kContinuation = "     ...> ";

std::string Trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// Whether `text` holds nothing but blanks, comments and semicolons.
bool IsEmptyScript(const std::string& text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  return !parsed.error && parsed.statements.empty();
}

}  // namespace

Shell::Shell(Store& store, std::ostream& out, std::ostream& err)
    : store_(store),
      out_(out),
      err_(err),
      runner_(store, out, err, &InterruptFlag()),
      completions_(store, [] {
        std::vector<std::string> names;
        for (const DotCommand& c : DotCommands()) names.push_back(c.name);
        return names;
      }()) {
  runner_.style().width = TerminalWidth();
  runner_.style().colour = UseColour();
}

void Shell::PrintBanner() {
  const StoreCounts& c = store_.counts();
  out_ << "causalkg " << CAUSALKG_VERSION << ", database " << store_.path()
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
      out_ << (shown > 1 ? ", " : "") << s.id;
    }
  }
  out_ << "\nEnter .help for help. A statement runs when it is complete or ends with ;\n";
}

int Shell::Run(LineSource& source) {
  const bool interactive = source.interactive();
  std::string buffer;
  bool failed = false;
  std::size_t line_number = 0, buffer_line = 1;
  while (!quit_) {
    auto line = source.Read(buffer.empty() ? kPrompt : kContinuation);
    if (!line) break;
    ++line_number;
    if (buffer.empty()) buffer_line = line_number;
    if (!interactive) runner_.set_first_line(buffer_line);
    if (*line == "\x03") {  // Ctrl-C at the prompt: drop what was typed
      buffer.clear();
      out_ << "^C\n";
      continue;
    }
    const bool dot_command = !Trim(*line).empty() && Trim(*line)[0] == '.';
    if (dot_command && !buffer.empty() && !interactive) {
      // In a script, a dot-command ends a statement that lacks its `;`.
      const bool ok = RunStatement(buffer);
      buffer.clear();
      if (!ok) {
        failed = true;
        break;
      }
    }
    if (buffer.empty() && dot_command) {
      if (interactive) source.Remember(*line);
      if (!RunDotCommand(Trim(*line))) {
        failed = true;
        if (!interactive) break;
      }
      continue;
    }
    buffer += *line + "\n";
    if (IsEmptyScript(buffer)) {
      buffer.clear();
      continue;
    }
    // A terminal runs a statement once it is complete; a script runs at `;`
    // (a newline does not end a statement there) or at the end of input.
    if (grammar::NeedsMoreInput(buffer)) continue;
    if (!interactive && Trim(buffer).back() != ';') continue;
    if (interactive) source.Remember(Trim(buffer));
    const bool ok = RunStatement(buffer);
    buffer.clear();
    if (!ok) {
      failed = true;
      if (!interactive) break;
    }
  }
  if (!failed && !quit_ && !IsEmptyScript(buffer)) failed = !RunStatement(buffer);
  if (interactive) out_ << "\n";
  return failed && !interactive ? 1 : 0;
}

bool Shell::RunStatement(const std::string& text) {
  InterruptFlag().store(false);
  const auto start = std::chrono::steady_clock::now();
  const bool ok = runner_.Run(text);
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
    if (last && std::holds_alternative<WriteResult>(last->body)) completions_.Invalidate();
  }
  return ok;
}

bool Shell::RunDotCommand(const std::string& line) {
  std::istringstream words(line);
  std::string name, word;
  words >> name;
  std::vector<std::string> args;
  while (words >> word) args.push_back(word);
  // A unique prefix is enough, as in sqlite3: .rel for .relations.
  const DotCommand* match = nullptr;
  int matches = 0;
  for (const DotCommand& c : DotCommands()) {
    if (name == c.name) {
      match = &c;
      matches = 1;
      break;
    }
    if (std::string(c.name).rfind(name, 0) == 0) {
      match = &c;
      ++matches;
    }
  }
  if (matches != 1) {
    return Fail(std::string(matches == 0 ? "unknown command " : "ambiguous command ") + name,
                "enter .help for the list of commands");
  }
  return (this->*(match->handler))(args);
}

bool Shell::Fail(const std::string& message, const std::string& hint) {
  err_ << "Error: " << message << '\n';
  if (!hint.empty()) err_ << "hint: " << hint << '\n';
  return false;
}

}  // namespace causalkg::cli
