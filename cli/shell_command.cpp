#include "cli/shell_command.hpp"

#include <cstdlib>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/database.hpp"
#include "cli/shell.hpp"
#include "cli/terminal.hpp"
#include "grammar/parse.hpp"

namespace causalkg::cli {

namespace {

// Whether a script changes the database, so that it needs the write lock.
bool ScriptWrites(const std::string& script) {
  std::istringstream lines(script);
  std::string line;
  while (std::getline(lines, line)) {
    const auto first = line.find_first_not_of(" \t");
    if (first != std::string::npos && line.compare(first, 2, ".l") == 0 &&
        line.compare(first, 3, ".la") != 0) {
      return true;  // .load
    }
    if (first != std::string::npos && line.compare(first, 2, ".r") == 0 &&
        line.compare(first, 3, ".re") != 0) {
      return true;  // .read may load or add
    }
  }
  for (const ast::Statement& s : grammar::Parse(script).statements) {
    if (IsWrite(s)) return true;
  }
  // Statements after a parse error or mixed with dot-commands: look for the words.
  return script.find("ADD ") != std::string::npos || script.find("REMOVE ") != std::string::npos ||
         script.find("LOAD ") != std::string::npos;
}

}  // namespace

std::string HistoryPath() {
  if (const char* env = std::getenv("CAUSALKG_HISTORY"); env && *env) return env;
  return DataHome() + "/history";
}

int RunShell(const GlobalOptions& global, const QueryOptions& options) {
  const bool interactive = StdinIsTerminal();
  std::string script;
  if (!interactive) {
    script.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  auto open = [&]() -> Result<std::unique_ptr<Store>> {
    // A script takes the write lock only when it writes; a person at the
    // shell may write, and reads alone when another process writes.
    if (!interactive) {
      return OpenDatabase(global,
                          ScriptWrites(script) ? OpenMode::kReadWrite : OpenMode::kReadOnly);
    }
    auto store = OpenDatabase(global, OpenMode::kReadWrite);
    if (store.ok() ||
        store.status().message().find("open for writing in another process") == std::string::npos) {
      return store;
    }
    std::cerr << store.status().ToString() << "; opening it read-only.\n";
    return OpenDatabase(global, OpenMode::kReadOnly);
  };
  auto store = open();
  if (!store.ok()) {
    PrintError(store.status());
    return 1;
  }
  Shell shell(**store, std::cout, std::cerr);
  shell.Lang({options.language});
  if (!interactive) {
    std::istringstream in(script);
    return shell.Run(*StreamLines(in));
  }
  CatchInterrupts();
  shell.PrintBanner();
  auto lines = TerminalLines(HistoryPath(),
                             [&shell](const std::string& text, bool in_quote, bool at_line_start) {
                               return shell.completions().For(text, in_quote, at_line_start);
                             });
  return shell.Run(*lines);
}

}  // namespace causalkg::cli
