// StatementRunner: parses and runs statements against an open store and
// prints their results, as `causalkg query`, a piped script and the shell
// all do.
#pragma once

#include <atomic>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "cli/render/dot_style.hpp"
#include "cli/render/output_format.hpp"
#include "cli/render/table_output.hpp"
#include "engine/binder/parameters.hpp"
#include "engine/exec/executor.hpp"
#include "grammar/ast.hpp"
#include "grammar/parse.hpp"

namespace causalkg::cli {

class StatementRunner {
 public:
  // Results go to `out`; errors to `err`, or to `out` as JSON objects when
  // the format is JSON. `sign_budget`: ExecutorOptions's, when given.
  StatementRunner(Store& store, std::ostream& out, std::ostream& err,
                  const std::atomic<bool>* cancel = nullptr,
                  std::optional<std::uint64_t> sign_budget = std::nullopt);

  // Parses all of `text`, then runs its statements in order and stops at the
  // first error, which it reports. Text that does not parse in full runs
  // nothing. Returns whether all succeeded.
  bool Run(std::string_view text);

  // Parses `text` without running it: reports the error as Run() would and
  // returns false when it does not parse, so that a script can be checked in
  // full before any of it runs.
  bool Check(std::string_view text);

  void set_format(OutputFormat format) { format_ = format; }
  // Whether each result is flushed as it is written (a terminal); a script
  // lets its results gather, and what it says on stderr flushes them first.
  void set_flush_each(bool flush) { flush_each_ = flush; }
  // The line of the input where the next text passed to Run() starts, so
  // that errors in a script name the script's line; 0 for none.
  void set_first_line(std::size_t line) { first_line_ = line; }
  std::size_t first_line() const { return first_line_; }
  OutputFormat format() const { return format_; }
  // The step budget of net signs for every later statement; unset for the
  // engine's own (kSignBudget).
  void set_sign_budget(std::optional<std::uint64_t> steps) { executor_.set_sign_budget(steps); }
  std::optional<std::uint64_t> sign_budget() const { return executor_.sign_budget(); }
  TextStyle& style() { return style_; }
  // How diagrams are drawn (AS DOT, and TO a picture file).
  DotStyle& dot_style() { return dot_style_; }
  // The values of parameters (`$x`) in every later statement (.param).
  ParameterValues& parameters() { return parameters_; }
  const ParameterValues& parameters() const { return parameters_; }
  // The result of the last statement that succeeded, for .export.
  const std::optional<QueryResult>& last_result() const { return last_; }

  // Prints `status` for a statement in `text`: the message, the line with a
  // caret under the column, and the hint; or the JSON error object on `out`
  // when `as_json` or the format is JSON.
  void ReportError(const Status& status, std::string_view text, bool as_json = false);

 private:
  // `reuse`: what the statement keeps between its runs, or null.
  bool RunOne(const ast::Statement& statement, std::string_view text, BindingReuse* reuse);
  // LOOPS in a line format (csv, tsv, jsonl): each loop written as it is
  // found, none held (Executor::Stream), to `out` or the statement's file.
  bool StreamOne(const ast::Statement& statement, std::string_view text, OutputFormat format);
  // The format a statement's result is written in: its AS, else the
  // runner's.
  OutputFormat FormatOf(const ast::Statement& statement) const;
  void ReportParseError(const grammar::ParseResult& parsed, std::string_view text);
  // The write's warnings about names of the statement, with their line and
  // column in `text`, first among its warnings.
  void PlaceWarnings(WriteResult& write, std::string_view text) const;
  Result<std::string> Render(const QueryResult& result, OutputFormat format) const;

  Store& store_;
  std::ostream& out_;
  std::ostream& err_;
  Executor executor_;
  OutputFormat format_ = OutputFormat::kTable;
  TextStyle style_;
  DotStyle dot_style_;
  std::optional<QueryResult> last_;
  std::size_t first_line_ = 0;
  ParameterValues parameters_;
  bool flush_each_ = true;
};

// A format's name (OutputFormatNamed); false for a name no format has.
bool ParseOutputFormat(const std::string& name, OutputFormat& format);

}  // namespace causalkg::cli
