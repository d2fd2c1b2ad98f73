#include "engine/storage/writer_lock.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <mutex>
#include <set>

namespace causalkg {

namespace {

std::mutex& TableMutex() {
  static std::mutex mutex;
  return mutex;
}

// The databases this process holds open for writing, by their LOCK files.
std::set<std::string>& OpenForWriting() {
  static std::set<std::string> paths;
  return paths;
}

// The LOCK file of the database at `path`, spelt the same however the
// folder was named.
std::string LockFileOf(const std::string& path) {
  std::error_code ec;
  std::filesystem::path folder = std::filesystem::weakly_canonical(path, ec);
  if (ec) folder = std::filesystem::absolute(path, ec);
  return (folder / "LOCK").string();
}

// Whether another process holds a lock on `file`, as RocksDB takes one:
// an fcntl write lock on the whole file.
bool LockedByAnotherProcess(const std::string& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct flock probe {};
  probe.l_type = F_WRLCK;
  probe.l_whence = SEEK_SET;
  probe.l_start = 0;
  probe.l_len = 0;  // the whole file
  const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
  ::close(fd);
  return locked;
}

}  // namespace

WritingMark::WritingMark(const std::string& path) : lock_file_(LockFileOf(path)) {
  std::lock_guard<std::mutex> lock(TableMutex());
  OpenForWriting().insert(lock_file_);
}

WritingMark::~WritingMark() {
  std::lock_guard<std::mutex> lock(TableMutex());
  OpenForWriting().erase(lock_file_);
}

bool HeldForWriting(const std::string& path) {
  const std::string file = LockFileOf(path);
  std::lock_guard<std::mutex> lock(TableMutex());
  // Held here: probing would open the file, and closing it would drop the lock.
  if (OpenForWriting().count(file)) return true;
  return LockedByAnotherProcess(file);
}

}  // namespace causalkg
