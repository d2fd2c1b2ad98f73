// A full disk: every command ends with an error of causalkg's own or does
// its work, never with an abort, and the store stays whole.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.hpp"

namespace causalkg {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  bool signalled = false;
  int exit_code = -1;
  std::string err;
};

// Runs causalkg `args` in a child whose files may grow to `max_file_bytes`
// at most (0: no limit), past which a write fails as on a full disk.
// Its stderr comes through a pipe, which no such limit cuts short.
Outcome Run(const std::vector<std::string>& args, rlim_t max_file_bytes = 0) {
  int err_pipe[2];
  REQUIRE(::pipe(err_pipe) == 0);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(err_pipe[1], 2);
    ::close(err_pipe[0]);
    if (max_file_bytes > 0) {
      ::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG instead
      rlimit limit{max_file_bytes, max_file_bytes};
      ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    testing::ExecCausalkg(args);
  }
  ::close(err_pipe[1]);
  Outcome outcome;
  char buffer[4096];
  for (ssize_t n; (n = ::read(err_pipe[0], buffer, sizeof buffer)) > 0;)
    outcome.err.append(buffer, n);
  ::close(err_pipe[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  outcome.signalled = WIFSIGNALED(status);
  outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return outcome;
}

// What one command on a nearly full disk came to, as a line of the report.
std::string Judge(const std::string& what, const Outcome& outcome) {
  std::ostringstream line;
  if (outcome.signalled) {
    line << what << ": killed by a signal; stderr: " << outcome.err;
  } else if (outcome.exit_code == 1 && outcome.err.rfind("Storage error: ", 0) != 0) {
    line << what << ": failed without a storage error: " << outcome.err;
  } else if (outcome.exit_code != 0 && outcome.exit_code != 1) {
    line << what << ": exit code " << outcome.exit_code << "; stderr: " << outcome.err;
  }
  return line.str();
}

// The same for a command that must succeed.
std::string JudgeSuccess(const std::string& what, const Outcome& outcome) {
  if (!outcome.signalled && outcome.exit_code == 0) return "";
  return what + ": did not succeed; stderr: " + outcome.err;
}

// Fills the file system of `dir` until `free_bytes` are left.
void FillUntil(const std::string& dir, std::uint64_t free_bytes) {
  struct statvfs fs_info {};
  if (::statvfs(dir.c_str(), &fs_info) != 0) return;
  const std::uint64_t available = std::uint64_t{fs_info.f_bavail} * fs_info.f_frsize;
  if (available <= free_bytes) return;
  std::ofstream filler(dir + "/filler", std::ios::binary);
  const std::string block(4096, 'x');
  for (std::uint64_t left = available - free_bytes; left >= block.size() && filler;
       left -= block.size()) {
    filler << block;
  }
}

// In a child with a mount namespace of its own, mounts a small tmpfs at
// `mount_point` and, for each amount of free space, writes to a copy of the
// store `store` there; then checks, with the space given back, that the
// store opens and holds all it held. Returns the report: an empty line for
// each run that went well. Nullopt when this system lets no test mount.
std::optional<std::vector<std::string>> WriteOnNearlyFullDisks(const testing::TempDir& dir,
                                                               const std::string& store) {
  const std::string mount_point = dir.File("small-disk");
  const std::string report_path = dir.File("report");
  fs::create_directory(mount_point);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (uid == 0) {
      if (::unshare(CLONE_NEWNS) != 0) ::_exit(77);
    } else {
      if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) ::_exit(77);
      std::ofstream("/proc/self/setgroups") << "deny";
      std::ofstream("/proc/self/uid_map") << "0 " << uid << " 1";
      std::ofstream("/proc/self/gid_map") << "0 " << gid << " 1";
    }
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
        ::mount("tmpfs", mount_point.c_str(), "tmpfs", 0, "size=512k") != 0) {
      ::_exit(77);
    }
    std::ofstream report(report_path);
    const std::string db = mount_point + "/db", fresh = mount_point + "/fresh";
    // Finely where opening the store for a write runs out of room, coarsely
    // up to where a new store and its seed fit.
    for (std::uint64_t kib = 0; kib <= 224; kib += kib < 96 ? 4 : 16) {
      std::error_code ec;
      fs::remove_all(db, ec);
      fs::remove_all(fresh, ec);
      fs::remove(mount_point + "/filler", ec);
      fs::copy(store, db, fs::copy_options::recursive, ec);
      FillUntil(mount_point, kib * 1024);
      const std::string at = " with " + std::to_string(kib) + " KiB free";
      const Outcome add = Run({"--db", db, "query", "ADD c amplifies d"});
      report << Judge("ADD" + at, add) << '\n';
      const Outcome create = Run({"--db", fresh, "query", "ADD e amplifies f"});
      report << Judge("ADD to a new database" + at, create) << '\n';
      fs::remove(mount_point + "/filler", ec);
      const Outcome after = Run({"--db", db, "query", "WHY a amplifies b"});
      report << JudgeSuccess("reading the store again after ADD" + at, after) << '\n';
      if (!fs::exists(fresh)) continue;  // a failed creation leaves nothing behind
      const Outcome again = Run({"--db", fresh, "stats"});
      report << JudgeSuccess("reading the new database after its creation" + at, again) << '\n';
    }
    report.close();
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 77) return std::nullopt;
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  std::vector<std::string> lines;
  std::istringstream report(testing::ReadFile(report_path));
  for (std::string line; std::getline(report, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("a write on a nearly full disk fails with a storage error, never an abort",
          "[store][disk]") {
  testing::TempDir dir;
  const std::string store = dir.File("store");
  REQUIRE(
      testing::RunCausalkg({"--db", store, "--empty", "query", "ADD a amplifies b"}).exit_code ==
      0);
  auto report = WriteOnNearlyFullDisks(dir, store);
  if (!report) {
    WARN("this system lets no test mount a small file system: the full-disk runs were skipped");
    return;
  }
  REQUIRE(report->size() >= 3 * 32);
  for (const std::string& line : *report) CHECK(line == "");
}

TEST_CASE("writes cut off by a file size limit fail with a storage error and harm nothing",
          "[store][disk]") {
  testing::TempDir dir;
  const std::string store = dir.File("store");
  REQUIRE(
      testing::RunCausalkg({"--db", store, "--empty", "query", "ADD a amplifies b"}).exit_code ==
      0);
  for (rlim_t limit : {1, 100, 1000, 4000, 10000, 40000, 100000}) {
    const std::string db = dir.File("db-" + std::to_string(limit));
    fs::copy(store, db, fs::copy_options::recursive);
    const Outcome add = Run({"--db", db, "query", "ADD c amplifies d"}, limit);
    INFO("files limited to " << limit << " bytes");
    CHECK(Judge("ADD", add).empty());
    auto check = testing::RunCausalkg({"--db", db, "query", "MATCH ?s amplifies ?o RETURN ?s"});
    CHECK(check.exit_code == 0);
    CHECK_THAT(check.out, Catch::Contains("a"));
    if (add.exit_code == 0) CHECK_THAT(check.out, Catch::Contains("c"));
  }
}

}  // namespace
}  // namespace causalkg
