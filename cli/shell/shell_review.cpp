// .review FILE: the review of candidate claims at the shell's terminal
// (cli/shell/review_prompt.hpp), answered through the shell's line editor.
#include "cli/commands.hpp"
#include "cli/shell/review_prompt.hpp"
#include "cli/shell/shell.hpp"
#include "engine/common/visible_text.hpp"
#include "kb/review/review_session.hpp"

namespace causalkg::cli {

bool Shell::Review(const std::vector<std::string>& args) {
  if (args.size() != 1) return Fail("which file?", ".review candidates.jsonl");
  if (source_ == nullptr || !source_->interactive()) {
    return Fail(".review asks about each candidate, and needs a terminal to ask at",
                "in a script, `causalkg review --accept-all " + args[0] +
                    "` loads every candidate not denied by its text");
  }
  if (store_.read_only()) {
    runner_.ReportError(ReadOnlyError(store_.path()), {});
    return false;
  }
  auto session = kb::ReviewSession::Open(args[0], /*exclusive=*/true);
  if (!session.ok()) {
    runner_.ReportError(session.status(), {});
    return false;
  }
  const ReviewTerminal terminal{
      *source_, out_, err_, completions_, runner_.style().colour, runner_.style().width};
  return RunReview(**session, store_, terminal);
}

}  // namespace causalkg::cli
