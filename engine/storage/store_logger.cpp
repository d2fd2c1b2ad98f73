#include "engine/storage/store_logger.hpp"

#include <fcntl.h>
#include <rocksdb/env.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace causalkg {

namespace {

// One session's messages past this are dropped: the log is for diagnosis,
// never a reason to fill a disk.
constexpr std::size_t kMaxSessionBytes = 1 << 20;
// A log grown past this is kept as LOG.old and started afresh.
constexpr off_t kMaxLogBytes = 4 << 20;

class StoreLogger final : public rocksdb::Logger {
 public:
  explicit StoreLogger(std::string file)
      : rocksdb::Logger(rocksdb::InfoLogLevel::WARN_LEVEL), file_(std::move(file)) {}

  ~StoreLogger() override {
    if (fd_ >= 0) ::close(fd_);
  }

  // RocksDB's banner and option dumps: not worth a line.
  void LogHeader(const char*, va_list) override {}
  void Logv(const char*, va_list) override {}

  void Logv(const rocksdb::InfoLogLevel level, const char* format, va_list ap) override {
    if (file_.empty() || level < GetInfoLogLevel()) return;
    char line[1024];
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    std::size_t n = std::strftime(line, sizeof line, "%Y/%m/%d-%H:%M:%S ", &local);
    va_list copy;
    va_copy(copy, ap);
    const int written = std::vsnprintf(line + n, sizeof line - n - 1, format, copy);
    va_end(copy);
    if (written < 0) return;
    n = std::min(n + static_cast<std::size_t>(written), sizeof line - 2);
    if (line[n - 1] != '\n') line[n++] = '\n';
    std::lock_guard<std::mutex> lock(mutex_);
    if (written_ + n > kMaxSessionBytes || !OpenFile()) return;
    written_ += n;
    // A failed or short write loses this line and nothing else.
    [[maybe_unused]] const ssize_t ignored = ::write(fd_, line, n);
  }

 private:
  bool OpenFile() {
    if (fd_ >= 0) return true;
    if (failed_) return false;
    struct stat st {};
    if (::stat(file_.c_str(), &st) == 0 && st.st_size > kMaxLogBytes) {
      ::rename(file_.c_str(), (file_ + ".old").c_str());
    }
    fd_ = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    failed_ = fd_ < 0;
    return !failed_;
  }

  const std::string file_;
  std::mutex mutex_;
  int fd_ = -1;
  bool failed_ = false;
  std::size_t written_ = 0;
};

}  // namespace

std::shared_ptr<rocksdb::Logger> NewStoreLogger(const std::string& file) {
  return std::make_shared<StoreLogger>(file);
}

}  // namespace causalkg
