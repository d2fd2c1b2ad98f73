// A progress bar on stderr for long loads, drawn only on a terminal.
#pragma once

#include <chrono>
#include <cstdint>

namespace causalkg::cli {

class ProgressBar {
 public:
  // Draws nothing unless stderr is a terminal.
  ProgressBar();
  ~ProgressBar();  // clears the bar's line
  void Update(std::uint64_t done, std::uint64_t total);

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace causalkg::cli
