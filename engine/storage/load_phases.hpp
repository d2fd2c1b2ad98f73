// Phases of a bulk load timed on request: with CAUSALKG_LOAD_PHASES set in
// the environment, each phase prints its wall time and the CPU time of its
// thread to stderr when it ends. Phases run on several threads at once, so
// the longest chain of them, not their sum, is the load's wall time on an
// idle machine.
#pragma once

#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace causalkg {

class LoadPhase {
 public:
  explicit LoadPhase(const char* name) : name_(Enabled() ? name : nullptr) {
    if (name_ == nullptr) return;
    wall_ = std::chrono::steady_clock::now();
    cpu_ = ThreadCpuSeconds();
  }
  ~LoadPhase() {
    if (name_ == nullptr) return;
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_).count();
    std::fprintf(stderr, "phase %-28s wall %7.3f s  thread cpu %7.3f s\n", name_, wall,
                 ThreadCpuSeconds() - cpu_);
  }
  LoadPhase(const LoadPhase&) = delete;
  LoadPhase& operator=(const LoadPhase&) = delete;

  static bool Enabled() {
    static const bool enabled = std::getenv("CAUSALKG_LOAD_PHASES") != nullptr;
    return enabled;
  }

 private:
  static double ThreadCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }

  const char* name_;
  std::chrono::steady_clock::time_point wall_;
  double cpu_ = 0;
};

}  // namespace causalkg
