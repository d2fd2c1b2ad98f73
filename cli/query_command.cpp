#include "cli/query_command.hpp"

#include <iostream>

#include "cli/database.hpp"
#include "cli/label_languages.hpp"
#include "cli/render/json_output.hpp"
#include "cli/shell/shell_command.hpp"
#include "cli/statement_runner.hpp"
#include "cli/step_count.hpp"
#include "grammar/parse.hpp"

namespace causalkg::cli {

Result<DotStyle> DotStyleOf(const QueryOptions& options) {
  DotStyle style;
  style.verbs = options.dot_verbs;
  if (options.dot_dpi) {
    auto dpi = ParseDpi(*options.dot_dpi);
    if (!dpi.ok()) {
      return Status::Usage("--dot-dpi: " + dpi.status().message(), dpi.status().hint());
    }
    style.dpi = *dpi;
  }
  return style;
}

Result<std::optional<std::uint64_t>> SignBudgetOf(const QueryOptions& options) {
  if (!options.sign_budget) return std::optional<std::uint64_t>();
  auto steps =
      ParseStepCount(*options.sign_budget, "give a whole number, e.g. --sign-budget 10000000");
  if (!steps.ok()) {
    return Status::Usage("--sign-budget: " + steps.status().message(), steps.status().hint());
  }
  return std::optional(*steps);
}

int RunStatements(const GlobalOptions& global, const std::string& text,
                  const QueryOptions& options) {
  // `causalkg query ".sources"`: dot-commands run as they do piped in.
  if (HoldsDotCommand(text)) return RunScriptText(global, text, options);
  OutputFormat format;
  if (!ParseOutputFormat(options.format, format)) {
    PrintError(
        Status::Usage("unknown format '" + options.format + "'", "use " + DescribeOutputFormats()));
    return 2;
  }
  auto dot_style = DotStyleOf(options);
  if (!dot_style.ok()) {
    PrintError(dot_style.status());
    return 2;
  }
  auto sign_budget = SignBudgetOf(options);
  if (!sign_budget.ok()) {
    PrintError(sign_budget.status());
    return 2;
  }
  // Writers take the database's lock; readers need not, so that queries run
  // while another process writes. Text that does not parse runs nothing, so
  // it reads: the runner reports its error.
  const grammar::ParseResult parsed = grammar::Parse(text);
  bool writes = false;
  if (!parsed.error) {
    for (const ast::Statement& s : parsed.statements) writes = writes || IsWrite(s);
  }
  auto store = OpenDatabase(global, writes ? OpenMode::kReadWrite : OpenMode::kReadOnly);
  if (!store.ok()) {
    if (format == OutputFormat::kJson) {
      std::cout << JsonText(ErrorAsJson(store.status(), text)) << '\n';
    } else {
      PrintError(store.status());
    }
    return 1;
  }
  auto language = LabelLanguage(**store, options.language);
  if (!language.ok()) {
    PrintError(Status::Usage("--lang: " + language.status().message(), language.status().hint()));
    return 2;
  }
  StatementRunner runner(**store, std::cout, std::cerr, nullptr, *sign_budget);
  runner.set_format(format);
  runner.style().language = *language;
  runner.style().raise_sign_budget = "causalkg query --sign-budget";
  runner.dot_style() = *dot_style;
  return runner.Run(text) ? 0 : 1;
}

}  // namespace causalkg::cli
