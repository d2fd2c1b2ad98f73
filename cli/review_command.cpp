#include "cli/review_command.hpp"

#include <iostream>

#include "cli/commands.hpp"
#include "cli/load_with_progress.hpp"
#include "cli/review_report.hpp"
#include "cli/shell/completion.hpp"
#include "cli/shell/line_source.hpp"
#include "cli/shell/review_prompt.hpp"
#include "cli/shell/shell_command.hpp"
#include "cli/shell/terminal.hpp"
#include "engine/common/visible_text.hpp"
#include "kb/review/review_log.hpp"
#include "kb/review/review_session.hpp"

namespace causalkg::cli {

namespace {

void PrintWarnings(const kb::ReviewSession& session) {
  std::cerr << WarningLines(session.warnings());
}

int Calibrate(const kb::ReviewSession& session, const ReviewOptions& options) {
  const std::string path = options.calibration_file.empty() ? kb::CalibrationPath(options.file)
                                                            : options.calibration_file;
  const auto rates = session.Rates();
  std::cout << RatesTable(rates, TerminalWidth());
  if (Status written = kb::WriteCalibration(path, options.file, rates); !written.ok()) {
    PrintError(written);
    return 1;
  }
  std::cout << "wrote " << Visible(path) << '\n';
  return 0;
}

int AcceptAll(const GlobalOptions& global, const ReviewOptions& options) {
  auto store = OpenDatabase(global, OpenMode::kReadWrite);
  if (!store.ok()) {
    PrintError(store.status());
    return 1;
  }
  auto session = kb::ReviewSession::Open(options.file, /*exclusive=*/true);
  if (!session.ok()) {
    PrintError(session.status());
    std::cerr << "Nothing was loaded; the database is as it was.\n";
    return 1;
  }
  PrintWarnings(**session);
  auto loaded = (*session)->AcceptAll(**store);
  if (!loaded.ok()) {
    PrintError(loaded.status());
    std::cerr << "Nothing was loaded; the database and the review log are as they were.\n";
    return 1;
  }
  std::cout << ReviewTally(**session) << '\n';
  if (loaded->claims > 0) {
    std::cout << LoadedReport(*loaded);
  } else {
    std::cout << "No accepted claims to load.\n";
  }
  if (options.calibrate) return Calibrate(**session, options);
  std::cout << RatesTable((*session)->Rates(), TerminalWidth());
  return 0;
}

int AskAtTerminal(const GlobalOptions& global, const ReviewOptions& options) {
  auto store = OpenDatabase(global, OpenMode::kReadWrite);
  if (!store.ok()) {
    PrintError(store.status());
    return 1;
  }
  auto session = kb::ReviewSession::Open(options.file, /*exclusive=*/true);
  if (!session.ok()) {
    PrintError(session.status());
    return 1;
  }
  Completions completions(**store, {});
  CatchInterrupts();
  auto lines = TerminalLines(HistoryPath(), [&completions](const std::string& text, bool in_quote,
                                                           const std::string& before) {
    return completions.For(text, in_quote, before);
  });
  const ReviewTerminal terminal{*lines,      std::cout,   std::cerr,
                                completions, UseColour(), TerminalWidth()};
  const bool ok = RunReview(**session, **store, terminal);
  if (ok && options.calibrate) return Calibrate(**session, options);
  return ok ? 0 : 1;
}

}  // namespace

int RunReviewCommand(const GlobalOptions& global, const ReviewOptions& options) {
  if (options.accept_all) return AcceptAll(global, options);
  if (!options.calibrate) {
    if (!StdinIsTerminal()) {
      PrintError(Status::Usage(
          "causalkg review asks about each candidate, and needs a terminal to ask at",
          "give --accept-all to load every candidate not denied by its text, or --calibrate "
          "for the rules' accept rates"));
      return 2;
    }
    return AskAtTerminal(global, options);
  }
  // The rates alone: the log is read, the database not opened.
  auto session = kb::ReviewSession::Open(options.file, /*exclusive=*/false);
  if (!session.ok()) {
    PrintError(session.status());
    return 1;
  }
  PrintWarnings(**session);
  std::cout << ReviewTally(**session) << '\n';
  return Calibrate(**session, options);
}

}  // namespace causalkg::cli
