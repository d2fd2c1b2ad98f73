#include "cli/line_source.hpp"

#include <editline/readline.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "cli/terminal.hpp"

namespace causalkg::cli {

namespace {

class StreamSource final : public LineSource {
 public:
  explicit StreamSource(std::istream& in) : in_(in) {}
  std::optional<std::string> Read(const std::string&) override {
    std::string line;
    if (!std::getline(in_, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }
  bool interactive() const override { return false; }

 private:
  std::istream& in_;
};

// libedit's completion hook is a plain function; it reaches the completer
// through this pointer, set while a TerminalSource lives.
Completer* active_completer = nullptr;
std::vector<std::string> candidates;

char* NextCandidate(const char*, int state) {
  static std::size_t next = 0;
  if (state == 0) next = 0;
  if (next >= candidates.size()) return nullptr;
  return ::strdup(candidates[next++].c_str());
}

// Where an unclosed quote opens before `end` in the line, or -1.
int OpenQuote(const char* line, int end) {
  int open = -1;
  for (int i = 0; i < end; ++i) {
    const char c = line[i];
    if (open >= 0 && c == line[open]) {
      open = -1;
    } else if (open < 0 && (c == '\'' || c == '"')) {
      open = i;
    }
  }
  return open;
}

char** Complete(const char* text, int start, int end) {
  rl_attempted_completion_over = 1;  // never fall back to file names
  if (!active_completer) return nullptr;
  const int quote = OpenQuote(rl_line_buffer, start);
  bool at_line_start = true;
  for (int i = 0; i < start; ++i) {
    if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') at_line_start = false;
  }
  if (quote >= 0) {
    // Inside quotes a label may hold spaces, but the word being replaced
    // starts at the last space: complete the whole label typed since the
    // quote, then hand back only its part from `start`, closing the quote.
    const std::string typed(rl_line_buffer + quote + 1, rl_line_buffer + end);
    candidates.clear();
    const std::size_t skip = static_cast<std::size_t>(start - quote - 1);
    for (const std::string& label : (*active_completer)(typed, true, false)) {
      if (label.size() >= skip) candidates.push_back(label.substr(skip) + rl_line_buffer[quote]);
    }
  } else {
    candidates = (*active_completer)(text, false, at_line_start);
  }
  if (candidates.empty()) return nullptr;
  rl_completion_append_character = quote >= 0 ? '\0' : ' ';
  return rl_completion_matches(text, NextCandidate);
}

class TerminalSource final : public LineSource {
 public:
  TerminalSource(std::string history_path, Completer completer)
      : history_path_(std::move(history_path)), completer_(std::move(completer)) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(history_path_).parent_path(), ec);
    rl_readline_name = "causalkg";
    // Quotes end a word, so that a label is completed inside its quotes.
    rl_basic_word_break_characters = const_cast<char*>(" \t\n'\",;()=");
    rl_attempted_completion_function = Complete;
    active_completer = &completer_;
    using_history();
    read_history(history_path_.c_str());
  }

  ~TerminalSource() override {
    active_completer = nullptr;
    write_history(history_path_.c_str());
    history_truncate_file(history_path_.c_str(), 2000);
  }

  std::optional<std::string> Read(const std::string& prompt) override {
    char* line = readline(prompt.c_str());
    if (line == nullptr) {
      // Ctrl-C at the prompt drops the line; Ctrl-D (end of input) quits.
      if (InterruptFlag().exchange(false)) return std::string("\x03");
      return std::nullopt;
    }
    std::string text(line);
    std::free(line);
    return text;
  }

  void Remember(const std::string& entry) override {
    add_history(entry.c_str());
    write_history(history_path_.c_str());
  }

  bool interactive() const override { return true; }

 private:
  std::string history_path_;
  Completer completer_;
};

}  // namespace

std::unique_ptr<LineSource> StreamLines(std::istream& in) {
  return std::make_unique<StreamSource>(in);
}

std::unique_ptr<LineSource> TerminalLines(const std::string& history_path, Completer completer) {
  return std::make_unique<TerminalSource>(history_path, std::move(completer));
}

}  // namespace causalkg::cli
