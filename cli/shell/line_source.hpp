// Where the shell's lines come from: a terminal with line editing, history
// and completion (libedit), or a plain stream (a pipe, a .read file).
#pragma once

#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace causalkg::cli {

class LineSource {
 public:
  virtual ~LineSource() = default;
  // The next line without its newline; nullopt at the end of input.
  virtual std::optional<std::string> Read(const std::string& prompt) = 0;
  // Remembers a whole statement in the history (a no-op without one).
  virtual void Remember(const std::string& entry) {}
  virtual bool interactive() const = 0;
};

// Lines from a stream; no prompt, no history.
std::unique_ptr<LineSource> StreamLines(std::istream& in);

// Completion candidates for the word `text`; `in_quote` is true when the
// word follows an opening quote (then labels with spaces fit); `before` is
// the line up to the word.
using Completer = std::function<std::vector<std::string>(const std::string& text, bool in_quote,
                                                         const std::string& before)>;

// Lines from the terminal through libedit, with history kept in
// `history_path` (created when missing) and tab completion by `completer`.
std::unique_ptr<LineSource> TerminalLines(const std::string& history_path, Completer completer);

}  // namespace causalkg::cli
