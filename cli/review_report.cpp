#include "cli/review_report.hpp"

#include <cstdio>

#include "cli/render/text_table.hpp"
#include "engine/common/visible_text.hpp"

namespace causalkg::cli {

namespace {

std::string Fixed(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

}  // namespace

std::string WarningLines(const std::vector<std::string>& warnings) {
  constexpr std::size_t kShown = 10;
  std::string lines;
  for (std::size_t i = 0; i < warnings.size() && i < kShown; ++i) {
    lines += "warning: " + Visible(warnings[i]) + "\n";
  }
  if (warnings.size() > kShown) {
    lines += "warning: and " + std::to_string(warnings.size() - kShown) + " more like these\n";
  }
  return lines;
}

std::string ReviewTally(const kb::ReviewSession& session) {
  std::size_t edited = 0;
  for (std::size_t i = 0; i < session.candidates().size(); ++i) {
    const kb::CandidateState& state = session.state(i);
    edited += state.verdict == kb::Verdict::kAccepted && state.edited();
  }
  const std::size_t total = session.candidates().size();
  const std::size_t open = session.CountWhere(kb::Verdict::kOpen);
  std::string tally = std::to_string(total) + (total == 1 ? " candidate: " : " candidates: ") +
                      std::to_string(session.CountWhere(kb::Verdict::kAccepted)) + " accepted";
  if (edited > 0) tally += " (" + std::to_string(edited) + " after an edit)";
  tally += ", " + std::to_string(session.CountWhere(kb::Verdict::kRejected)) + " rejected, " +
           std::to_string(session.CountWhere(kb::Verdict::kSkipped)) + " skipped, " +
           std::to_string(open) + " not reviewed yet";
  return tally;
}

std::string RatesTable(std::span<const kb::RuleRate> rates, std::size_t width) {
  TextTable table({"rule", "candidates", "reviewed", "accepted", "edited", "rejected",
                   "accept rate", "confidence"});
  for (const kb::RuleRate& rate : rates) {
    const bool reviewed = rate.reviewed() > 0;
    table.Add({Visible(rate.rule), std::to_string(rate.candidates), std::to_string(rate.reviewed()),
               std::to_string(rate.accepted), std::to_string(rate.edited),
               std::to_string(rate.rejected), reviewed ? Fixed(rate.AcceptRate()) : "-",
               Fixed(rate.Calibrated())});
  }
  return table.Render(width);
}

}  // namespace causalkg::cli
