// The shell: statements and dot-commands, from a terminal (with a banner,
// prompts, history and completion) or from a pipe or .read file (none of
// those), in the habits of sqlite3 and psql.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/script.hpp"
#include "cli/shell/completion.hpp"
#include "cli/shell/line_source.hpp"
#include "cli/shell/result_output.hpp"
#include "cli/statement_runner.hpp"
#include "cli/store_listings.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::cli {

class Shell;

// One dot-command: the table below drives both dispatch and .help.
struct DotCommand {
  const char* name;  // ".load"
  const char* args;  // "FILE..."
  const char* help;  // one line
  bool (Shell::*handler)(const std::vector<std::string>& args);
  // Whether it may change the database (a script holding it takes the
  // write lock): .load, and .read, whose file may write.
  bool writes = false;
  // The first argument (in any case) with which it changes the database,
  // when only that form writes: .sources SET.
  const char* writes_with = nullptr;
  // Whether what it prints is a result, which goes where results go
  // (.output, .once, the pager) in the output mode: .nodes, .stats, ...
  bool shows_result = false;
};

const std::vector<DotCommand>& DotCommands();

// The dot-command `name` names, in full or by a unique prefix; nullptr when
// it names none (`matches` 0) or several.
const DotCommand* FindDotCommand(const std::string& name, int& matches);

// The names of the dot-commands that `prefix` begins, in the table's order.
std::vector<std::string> DotCommandsStartingWith(const std::string& prefix);

class Shell {
 public:
  Shell(Store& store, std::ostream& out, std::ostream& err);

  // Reads and runs until the end of input or .quit. Returns the exit code.
  // Non-interactive input is a script: read to its end and checked in full,
  // it runs nothing when any statement in it does not parse, and stops at
  // the first error.
  int Run(LineSource& source);

  void PrintBanner();
  Completions& completions() { return completions_; }

  // Dot-command handlers; false when the command failed.
  bool Help(const std::vector<std::string>& args);
  bool Load(const std::vector<std::string>& args);
  bool Export(const std::vector<std::string>& args);
  // The settings (shell_settings.cpp): alone, each shows its value.
  bool Format(const std::vector<std::string>& args);  // also .mode
  bool Timer(const std::vector<std::string>& args);
  bool Pager(const std::vector<std::string>& args);
  bool Output(const std::vector<std::string>& args);
  bool Once(const std::vector<std::string>& args);
  bool Show(const std::vector<std::string>& args);
  bool Read(const std::vector<std::string>& args);
  bool Nodes(const std::vector<std::string>& args);
  bool Relations(const std::vector<std::string>& args);
  bool Sources(const std::vector<std::string>& args);
  // .sources SET id rate value
  bool SetSourceRate(const std::vector<std::string>& args);
  bool Stats(const std::vector<std::string>& args);
  // .lang: `en`, `nl`, `id`, or a language the database's labels have, in
  // any case.
  bool Lang(const std::vector<std::string>& args);
  // .set [NAME [VALUE]]: how diagrams are drawn (shell_settings.cpp).
  bool Set(const std::vector<std::string>& args);
  bool Review(const std::vector<std::string>& args);
  bool Quit(const std::vector<std::string>& args);
  bool Param(const std::vector<std::string>& args);

 private:
  int RunInteractive(LineSource& source);
  int RunScript(LineSource& source);
  // Parses every statement of a script; reports the first error.
  bool CheckScript(const std::vector<ScriptPart>& parts);
  bool RunStatement(const std::string& text);
  bool RunDotCommand(const std::string& line);
  bool Fail(const std::string& message, const std::string& hint = {});
  // Runs `work`, which writes a result to results(), where results go.
  bool ShowResult(const std::function<bool()>& work);
  // Where results are written while ShowResult runs.
  std::ostream& results() { return output_.stream(); }
  // A listing (store_listings.hpp) in the output mode.
  bool ShowListing(const Result<Listing>& listing);
  // A setting's value as .show and the setting alone say it.
  std::string SettingValue(const std::string& name);
  // Says the value of setting `name`, as `name value`.
  bool ShowSetting(const std::string& name);
  // The parameters set, for .param list and .show.
  Listing ParameterListing() const;

  Store& store_;
  std::ostream& out_;
  std::ostream& err_;
  ResultOutput output_;  // before the runner, which writes to it
  StatementRunner runner_;
  Completions completions_;
  bool timer_ = false;
  bool pager_ = true;
  bool interactive_ = false;  // reading from a terminal
  bool quit_ = false;
  int read_depth_ = 0;  // .read inside .read, bounded
  // Where the lines being run come from, for a command that asks questions
  // (.review); null outside Run().
  LineSource* source_ = nullptr;
};

}  // namespace causalkg::cli
