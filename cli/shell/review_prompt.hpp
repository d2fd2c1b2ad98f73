// The review of candidate claims at a terminal, for `.review FILE` in the
// shell and `causalkg review FILE`: each open candidate is shown with its
// sentence and the claim it proposes, and a person answers with one letter
// (or word) and Enter:
//
//   a accept   r reject (asks why)   f flip the sign   v reverse
//   n rename the subject or object to a node (Tab completes)
//   s skip     u undo    q quit    ? help
//
// Every decision is in the review log as soon as it is made. When the
// candidates run out, or on q (or Ctrl-D), the claims accepted so far are
// loaded in one atomic write and the log is kept, so that the same command
// takes the review up again at the first candidate not yet decided.
#pragma once

#include <ostream>

#include "cli/shell/completion.hpp"
#include "cli/shell/line_source.hpp"
#include "engine/storage/store.hpp"
#include "kb/review/review_session.hpp"

namespace causalkg::cli {

struct ReviewTerminal {
  LineSource& lines;  // interactive: answers are read with line editing
  std::ostream& out;
  std::ostream& err;
  Completions& completions;  // completes the answers while the review asks
  bool colour = false;
  std::size_t width = 0;  // of the terminal; 0 when unknown
};

// Reviews the open candidates of `session`, then loads those accepted into
// `store`. Returns whether everything went well (false when a load failed).
bool RunReview(kb::ReviewSession& session, Store& store, const ReviewTerminal& terminal);

}  // namespace causalkg::cli
