// `causalkg review FILE`: the review of candidate claims from the command
// line. On a terminal it asks about each candidate as `.review` does in the
// shell; `--accept-all` decides for scripts; `--calibrate` reports each
// extraction rule's accept rate and writes the calibration file.
#pragma once

#include <string>

#include "cli/database.hpp"

namespace causalkg::cli {

struct ReviewOptions {
  std::string file;  // the candidates, JSON Lines
  // Accept every candidate not yet decided, rejecting those whose text
  // denies the link (reason "negated"), and load them in one write.
  bool accept_all = false;
  // Print the rules' accept rates and write the calibration file.
  bool calibrate = false;
  std::string calibration_file;  // empty: beside the candidates (kb::CalibrationPath)
};

int RunReviewCommand(const GlobalOptions& global, const ReviewOptions& options);

}  // namespace causalkg::cli
