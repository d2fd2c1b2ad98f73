#include "pty_session.hpp"

#include "test_support.hpp"

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>

namespace causalkg::testing {

PtySession::PtySession(const std::vector<std::string>& args,
                       const std::map<std::string, std::string>& env, const std::string& cwd) {
  winsize size{};
  size.ws_row = 40;
  size.ws_col = 160;
  pid_ = ::forkpty(&fd_, nullptr, nullptr, &size);
  REQUIRE(pid_ >= 0);
  if (pid_ == 0) {
    // Results taller than the terminal show as they would unpaged, whatever
    // pager the environment names, unless `env` names one.
    ::setenv("PAGER", "cat", 1);
    for (const auto& [key, value] : env) ::setenv(key.c_str(), value.c_str(), 1);
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) ::_exit(127);
    ::setenv("TERM", "xterm", 1);
    ExecCausalkg(args);
  }
}

PtySession::~PtySession() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  if (fd_ >= 0) ::close(fd_);
}

void PtySession::Send(const std::string& keys) {
  std::size_t written = 0;
  while (written < keys.size()) {
    const ssize_t n = ::write(fd_, keys.data() + written, keys.size() - written);
    REQUIRE(n > 0);
    written += static_cast<std::size_t>(n);
  }
}

std::size_t PtySession::Pump(int timeout_ms) {
  pollfd p{fd_, POLLIN, 0};
  if (::poll(&p, 1, timeout_ms) <= 0) return 0;
  char buffer[4096];
  const ssize_t n = ::read(fd_, buffer, sizeof buffer);
  if (n <= 0) return 0;
  screen_.append(buffer, static_cast<std::size_t>(n));
  return static_cast<std::size_t>(n);
}

bool PtySession::EditingLine() const {
  termios mode{};
  return ::tcgetattr(fd_, &mode) == 0 && (mode.c_lflag & ICANON) == 0;
}

void PtySession::Settle(double quiet_seconds, double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  const auto quiet = std::chrono::duration<double>(quiet_seconds);
  auto last_output = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() < deadline &&
         std::chrono::steady_clock::now() - last_output < quiet) {
    if (Pump(20) > 0) last_output = std::chrono::steady_clock::now();
  }
}

bool PtySession::ReadUntil(const std::function<bool()>& done, double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (!done()) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    Pump(20);
  }
  return true;
}

bool PtySession::WaitFor(const std::string& needle, double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    const auto at = screen_.find(needle, mark_);
    if (at != std::string::npos) {
      mark_ = at + needle.size();
      return true;
    }
    Pump(50);
  }
  return false;
}

int PtySession::Wait(double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    Pump(20);
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      while (Pump(50) > 0) {
      }
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
  }
  return -1;
}

}  // namespace causalkg::testing
