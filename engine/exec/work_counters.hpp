// Process-wide totals of the reads statements make as they run: adjacency
// lists read by the chain searches, and pattern scans of MATCH joins. A
// test reads them before and after a statement to tell whether it ran (an
// EXPLAIN, or a statement refused while it was bound, reads none).
#pragma once

#include <atomic>
#include <cstdint>

namespace causalkg {

struct WorkCounters {
  std::atomic<std::uint64_t> adjacency_lists_read{0};
  std::atomic<std::uint64_t> pattern_scans{0};
};

// Each count is one relaxed increment per store scan, which costs far more.
inline WorkCounters& ProcessWork() {
  static WorkCounters counters;
  return counters;
}

}  // namespace causalkg
