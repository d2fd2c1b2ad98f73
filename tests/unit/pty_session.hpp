// Drives the real causalkg binary through a pseudo-terminal, as a person at
// a terminal would: it sees a TTY, so it shows its banner and prompts and
// edits lines with libedit.
#pragma once

#include <sys/types.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace causalkg::testing {

class PtySession {
 public:
  // Starts causalkg with `args`; `env` entries are set in its environment
  // (PAGER is cat unless they name another); it runs in the directory `cwd`
  // when one is given.
  PtySession(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
             const std::string& cwd = {});
  ~PtySession();

  void Send(const std::string& keys);
  // Reads until `needle` appears in what arrived after the last call that
  // found one, or `seconds` pass. Returns whether it appeared.
  bool WaitFor(const std::string& needle, double seconds = 15);
  // Everything the terminal showed so far.
  const std::string& screen() const { return screen_; }
  // Waits for the process to end, and for the last of its output; its exit
  // code, or -1.
  int Wait(double seconds = 15);

  // Whether the program is editing a line (libedit has the terminal in
  // non-canonical mode): keys sent now reach the line editor, where keys
  // sent before it took the terminal may be dropped.
  bool EditingLine() const;
  // Reads until nothing more arrives for `quiet_seconds`, or `seconds` pass.
  void Settle(double quiet_seconds = 0.2, double seconds = 5);
  // Reads for up to `seconds` until `done()` holds; whether it did.
  bool ReadUntil(const std::function<bool()>& done, double seconds = 15);

 private:
  // Reads what arrives within `timeout_ms`; the number of bytes.
  std::size_t Pump(int timeout_ms);

  int fd_ = -1;
  pid_t pid_ = -1;
  std::string screen_;
  std::size_t mark_ = 0;
};

}  // namespace causalkg::testing
