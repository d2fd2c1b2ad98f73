#include "cli/shell/pager.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "cli/render/text_table.hpp"

namespace causalkg::cli {

namespace {

bool OnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string_view rest = path ? path : "/usr/bin:/bin";
  while (true) {
    const std::size_t colon = rest.find(':');
    const std::string folder(rest.substr(0, colon));
    const std::string candidate = (folder.empty() ? "." : folder) + "/" + program;
    if (::access(candidate.c_str(), X_OK) == 0) return true;
    if (colon == std::string_view::npos) return false;
    rest.remove_prefix(colon + 1);
  }
}

}  // namespace

std::string PagerCommand() {
  if (const char* pager = std::getenv("PAGER"); pager != nullptr && *pager != '\0') return pager;
  return OnPath("less") ? "less -FRX" : "";
}

bool TallerThan(const std::string& text, std::size_t rows, std::size_t columns) {
  if (rows == 0) return false;
  // One row stays for the prompt that follows.
  const std::size_t room = rows > 1 ? rows - 1 : 1;
  std::size_t used = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::size_t width = DisplayWidth(std::string_view(text).substr(start, end - start));
    used += columns == 0 || width == 0 ? 1 : (width + columns - 1) / columns;
    if (used > room) return true;
    start = end + 1;
  }
  return false;
}

Status Page(const std::string& text, const std::string& command) {
  // A pager quit early closes the pipe: writing on is then an error to
  // stop at, not a signal that ends causalkg.
  struct sigaction ignore {
  }, previous{};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  ::sigaction(SIGPIPE, &ignore, &previous);
  std::fflush(stdout);
  Status status;
  FILE* pipe = ::popen(command.c_str(), "w");
  if (pipe == nullptr) {
    status = Status::Usage("cannot start the pager '" + command + "'",
                           "set $PAGER to a pager, or turn it off with .pager off");
  } else {
    std::fwrite(text.data(), 1, text.size(), pipe);
    const int code = ::pclose(pipe);
    // The shell says 127 for a command it cannot find.
    if (code != -1 && WIFEXITED(code) && WEXITSTATUS(code) == 127) {
      status = Status::Usage("the pager '" + command + "' was not found",
                             "set $PAGER to a pager, or turn it off with .pager off");
    }
  }
  ::sigaction(SIGPIPE, &previous, nullptr);
  return status;
}

}  // namespace causalkg::cli
