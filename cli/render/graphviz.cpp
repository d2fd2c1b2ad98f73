#include "cli/render/graphviz.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace causalkg::cli {

bool DotInstalled() {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (!dir.empty() && ::access((dir + "/dot").c_str(), X_OK) == 0) return true;
  }
  return false;
}

Status RenderDot(const std::string& dot_text, const std::string& format, const std::string& path,
                 std::optional<int> dpi) {
  if (!DotInstalled()) {
    return Status::Usage(
        "rendering " + format + " needs Graphviz's dot, which is not installed",
        "install it with `sudo apt-get install graphviz`, or export the diagram as .dot");
  }
  const std::string type = "-T" + format;
  const std::string resolution =
      dpi && format == "png" ? "-Gdpi=" + std::to_string(*dpi) : std::string();
  int input[2], errors[2];
  if (::pipe(input) != 0 || ::pipe(errors) != 0) return Status::Usage("cannot start dot");
  const pid_t pid = ::fork();
  if (pid < 0) return Status::Usage("cannot start dot");
  if (pid == 0) {
    ::dup2(input[0], STDIN_FILENO);
    ::dup2(errors[1], STDERR_FILENO);
    ::close(input[1]);
    ::close(errors[0]);
    if (resolution.empty()) {
      ::execlp("dot", "dot", type.c_str(), "-o", path.c_str(), static_cast<char*>(nullptr));
    } else {
      ::execlp("dot", "dot", type.c_str(), resolution.c_str(), "-o", path.c_str(),
               static_cast<char*>(nullptr));
    }
    ::_exit(127);
  }
  ::close(input[0]);
  ::close(errors[1]);
  std::size_t written = 0;
  while (written < dot_text.size()) {
    const ssize_t n = ::write(input[1], dot_text.data() + written, dot_text.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  ::close(input[1]);
  std::string message;
  char buffer[512];
  for (ssize_t n; (n = ::read(errors[0], buffer, sizeof buffer)) > 0;)
    message.append(buffer, static_cast<std::size_t>(n));
  ::close(errors[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return Status::Usage("dot could not render " + path + (message.empty() ? "" : ": " + message));
  }
  return Status::Ok();
}

}  // namespace causalkg::cli
