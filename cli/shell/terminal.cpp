#include "cli/shell/terminal.hpp"

#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

namespace causalkg::cli {

namespace {

std::atomic<bool> interrupted{false};

void OnInterrupt(int) { interrupted.store(true); }

}  // namespace

bool StdinIsTerminal() { return ::isatty(STDIN_FILENO) != 0; }
bool StdoutIsTerminal() { return ::isatty(STDOUT_FILENO) != 0; }

std::size_t TerminalWidth() {
  winsize size{};
  if (StdoutIsTerminal() && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
    return size.ws_col;
  return 0;
}

std::size_t TerminalHeight() {
  winsize size{};
  if (StdoutIsTerminal() && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) return size.ws_row;
  return 0;
}

bool UseColour() {
  const char* no_colour = std::getenv("NO_COLOR");
  return StdoutIsTerminal() && (no_colour == nullptr || *no_colour == '\0');
}

void CatchInterrupts() {
  struct sigaction action {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a read at the prompt returns, so the line is dropped
  ::sigaction(SIGINT, &action, nullptr);
}

std::atomic<bool>& InterruptFlag() { return interrupted; }

}  // namespace causalkg::cli
