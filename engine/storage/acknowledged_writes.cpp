#include "engine/storage/acknowledged_writes.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cinttypes>
#include <cstdio>

namespace causalkg {

namespace {

// One line of fixed width, rewritten in place (a single sector, so that it
// is never half old and half new), with the complement of the number as a
// check against a torn or foreign file.
constexpr const char* kLineFormat = "causalkg acknowledged %020" PRIu64 " check %020" PRIu64 "\n";
constexpr std::size_t kLineSize = 70;

std::string PathIn(const std::string& dir) { return dir + "/" + kAcknowledgedFile; }

}  // namespace

std::optional<std::uint64_t> ReadAcknowledged(const std::string& dir) {
  const int fd = ::open(PathIn(dir).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  char line[kLineSize + 1] = {};
  const ssize_t n = ::pread(fd, line, kLineSize, 0);
  ::close(fd);
  if (n != static_cast<ssize_t>(kLineSize)) return std::nullopt;
  std::uint64_t sequence = 0, check = 0;
  if (std::sscanf(line, "causalkg acknowledged %20" SCNu64 " check %20" SCNu64, &sequence,
                  &check) != 2 ||
      check != ~sequence) {
    return std::nullopt;
  }
  return sequence;
}

bool RecordAcknowledged(const std::string& dir, std::uint64_t sequence) {
  char line[kLineSize + 1];
  if (std::snprintf(line, sizeof line, kLineFormat, sequence, ~sequence) !=
      static_cast<int>(kLineSize)) {
    return false;
  }
  const int fd = ::open(PathIn(dir).c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  const bool ok =
      ::pwrite(fd, line, kLineSize, 0) == static_cast<ssize_t>(kLineSize) && ::fdatasync(fd) == 0;
  ::close(fd);
  return ok;
}

}  // namespace causalkg
