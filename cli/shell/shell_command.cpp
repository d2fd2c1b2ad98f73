#include "cli/shell/shell_command.hpp"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "cli/database.hpp"
#include "cli/label_languages.hpp"
#include "cli/parse_cache.hpp"
#include "cli/script.hpp"
#include "cli/shell/line_source.hpp"
#include "cli/shell/shell.hpp"
#include "cli/shell/terminal.hpp"
#include "grammar/parse.hpp"

namespace causalkg::cli {

namespace {

bool EqualsIgnoringCase(const std::string& a, const char* b) {
  const std::string_view other(b);
  if (a.size() != other.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(other[i])))
      return false;
  }
  return true;
}

// Whether a script changes the database, so that it needs the write lock:
// a statement that writes, or a dot-command that may. A script that does not
// parse runs nothing, and so reads.
bool ScriptWrites(const std::string& script) {
  std::istringstream in(script);
  for (const ScriptPart& part : SplitScript(*StreamLines(in))) {
    if (part.kind == ScriptPart::Kind::kDotCommand) {
      int matches = 0;
      std::istringstream words(part.text);
      std::string name, first;
      words >> name >> first;
      const DotCommand* command = FindDotCommand(name, matches);
      if (command && command->writes) return true;
      if (command && command->writes_with && EqualsIgnoringCase(first, command->writes_with))
        return true;
      continue;
    }
    for (const ast::Statement& s : ParsedText(part.text)->parse.statements) {
      if (IsWrite(s)) return true;
    }
  }
  return false;
}

}  // namespace

std::string HistoryPath() {
  if (const char* env = std::getenv("CAUSALKG_HISTORY"); env && *env) return env;
  return DataHome() + "/history";
}

namespace {

// The options that set the shell up, checked: a Usage error for an output
// format, a language or a diagram setting it does not take.
Status SetUp(Shell& shell, const Store& store, const QueryOptions& options) {
  auto dot_style = DotStyleOf(options);
  if (!dot_style.ok()) return dot_style.status();
  if (!OutputFormatNamed(options.format)) {
    return Status::Usage("--format: unknown format '" + options.format + "'",
                         "use " + DescribeOutputFormats());
  }
  auto language = LabelLanguage(store, options.language);
  if (!language.ok()) {
    return Status::Usage("--lang: " + language.status().message(), language.status().hint());
  }
  shell.Format({options.format});
  shell.Lang({*language});
  if (dot_style->verbs) shell.Set({"dot.verbs", "on"});
  if (dot_style->dpi) shell.Set({"dot.dpi", std::to_string(*dot_style->dpi)});
  return Status::Ok();
}

}  // namespace

bool HoldsDotCommand(const std::string& text) {
  // As SplitScript reads a script: a line whose first character past the
  // blanks is a dot. Only that is looked at, so that statements are parsed
  // once.
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t first = text.find_first_not_of(" \t\r", start);
    if (first == std::string::npos) break;
    if (text[first] == '.') return true;
    const std::size_t newline = text.find('\n', first);
    if (newline == std::string::npos) break;
    start = newline + 1;
  }
  return false;
}

int RunScriptText(const GlobalOptions& global, const std::string& script,
                  const QueryOptions& options) {
  // A script takes the write lock only when it writes.
  auto store =
      OpenDatabase(global, ScriptWrites(script) ? OpenMode::kReadWrite : OpenMode::kReadOnly);
  if (!store.ok()) {
    PrintError(store.status());
    return 1;
  }
  Shell shell(**store, std::cout, std::cerr);
  if (Status set_up = SetUp(shell, **store, options); !set_up.ok()) {
    PrintError(set_up);
    return 2;
  }
  std::istringstream in(script);
  return shell.Run(*StreamLines(in));
}

int RunShell(const GlobalOptions& global, const QueryOptions& options) {
  if (auto dot_style = DotStyleOf(options); !dot_style.ok()) {
    PrintError(dot_style.status());
    return 2;
  }
  if (!StdinIsTerminal()) {
    // Read in blocks, not a character at a time as std::cin gives them.
    std::string script;
    char block[1 << 16];
    for (std::size_t n; (n = std::fread(block, 1, sizeof block, stdin)) > 0;) {
      script.append(block, n);
    }
    return RunScriptText(global, script, options);
  }
  // A person at the shell may write, and reads alone when another process
  // writes.
  auto store = OpenDatabase(global, OpenMode::kReadWrite);
  if (!store.ok() && store.status().code() == StatusCode::kLocked) {
    std::cerr << store.status().ToString() << "; opening it read-only.\n";
    store = OpenDatabase(global, OpenMode::kReadOnly);
  }
  if (!store.ok()) {
    PrintError(store.status());
    return 1;
  }
  Shell shell(**store, std::cout, std::cerr);
  if (Status set_up = SetUp(shell, **store, options); !set_up.ok()) {
    PrintError(set_up);
    return 2;
  }
  CatchInterrupts();
  shell.PrintBanner();
  auto lines = TerminalLines(
      HistoryPath(), [&shell](const std::string& text, bool in_quote, const std::string& before) {
        return shell.completions().For(text, in_quote, before);
      });
  return shell.Run(*lines);
}

}  // namespace causalkg::cli
