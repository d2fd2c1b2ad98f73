#include "cli/shell/line_source.hpp"

#include <editline/readline.h>
#include <langinfo.h>

#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "cli/shell/terminal.hpp"

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

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

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

// Where, in bytes of rl_line_buffer (UTF-8), the word `text` being completed
// starts. libedit gives the word's bounds in characters, which differ from
// bytes after a non-ASCII character; the word ends at the cursor, which it
// gives in bytes (rl_point).
int WordStart(const char* text, int start_in_characters) {
  const int length = static_cast<int>(std::strlen(text));
  const int start = rl_point - length;
  if (start >= 0 && std::strncmp(rl_line_buffer + start, text, length) == 0) return start;
  int byte = 0;
  for (int c = 0; c < start_in_characters && rl_line_buffer[byte] != '\0'; ++c) {
    ++byte;
    while (IsContinuationByte(rl_line_buffer[byte])) ++byte;
  }
  return byte;
}

// The bytes the candidates share at their start, cut to whole UTF-8
// characters.
std::size_t CommonStart(const std::vector<std::string>& candidates) {
  std::size_t common = candidates[0].size();
  for (const std::string& c : candidates) {
    std::size_t i = 0;
    while (i < common && i < c.size() && c[i] == candidates[0][i]) ++i;
    common = i;
  }
  while (common > 0 && common < candidates[0].size() && IsContinuationByte(candidates[0][common]))
    --common;
  return common;
}

// The matches in the form libedit takes them, all allocated with malloc:
// what replaces the word (the longest start the candidates share), then
// every candidate, even a single one (libedit reads a single match as the
// first two entries alike), then a null.
char** Matches(const std::vector<std::string>& candidates) {
  const std::size_t common = CommonStart(candidates);
  const std::size_t listed = candidates.size();
  auto** matches = static_cast<char**>(std::malloc((listed + 2) * sizeof(char*)));
  if (matches == nullptr) return nullptr;
  matches[0] = ::strndup(candidates[0].c_str(), common);
  for (std::size_t i = 0; i < listed; ++i) matches[i + 1] = ::strdup(candidates[i].c_str());
  matches[listed + 1] = nullptr;
  return matches;
}

void FreeMatches(char** matches) {
  for (char** m = matches; *m != nullptr; ++m) std::free(*m);
  std::free(matches);
}

// Lists the candidates under the line and draws the line again below them,
// as libedit does on a second Tab.
void ListCandidates(const std::vector<std::string>& candidates) {
  char** matches = Matches(candidates);
  if (matches == nullptr) return;
  std::size_t widest = 0;
  for (const std::string& c : candidates) widest = std::max(widest, c.size());
  FILE* out = rl_outstream != nullptr ? rl_outstream : stdout;
  std::fputs("\n", out);
  rl_display_match_list(matches, static_cast<int>(candidates.size() + 1), static_cast<int>(widest));
  std::fflush(out);
  FreeMatches(matches);
  rl_forced_update_display();
}

// More candidates than this are left to libedit, which asks before it lists
// them.
constexpr std::size_t kMostListedAtOnce = 100;

char** CompleteWord(const char* text, int start_in_characters) {
  const int start = WordStart(text, start_in_characters);
  const int quote = OpenQuote(rl_line_buffer, start);
  std::vector<std::string> candidates;
  if (quote >= 0) {
    // Inside quotes a label may hold spaces, but the word being replaced
    // starts at the last space: complete the whole label typed since the
    // quote, then hand back only its part from the word on, closing the
    // quote.
    const std::string typed =
        std::string(rl_line_buffer + quote + 1, rl_line_buffer + start) + text;
    const std::size_t skip = static_cast<std::size_t>(start - quote - 1);
    const std::string before(rl_line_buffer, rl_line_buffer + quote);
    for (const std::string& label : (*active_completer)(typed, true, before)) {
      // A folder's name stays open, for its files to follow.
      const bool folder = !label.empty() && label.back() == '/';
      if (label.size() >= skip)
        candidates.push_back(label.substr(skip) +
                             (folder ? "" : std::string(1, rl_line_buffer[quote])));
    }
  } else {
    candidates = (*active_completer)(text, false, std::string(rl_line_buffer, start));
  }
  if (candidates.empty()) return nullptr;
  // Several candidates that add nothing to what was typed (.ex: .exit and
  // .export) are listed at once, not after a second Tab.
  if (candidates.size() > 1 && candidates.size() <= kMostListedAtOnce &&
      CommonStart(candidates) <= std::strlen(text)) {
    ListCandidates(candidates);
    return nullptr;
  }
  // A folder completed goes on to its files, with no blank between.
  const bool folder =
      candidates.size() == 1 && !candidates[0].empty() && candidates[0].back() == '/';
  rl_completion_append_character = quote >= 0 || folder ? '\0' : ' ';
  return Matches(candidates);
}

char** Complete(const char* text, int start_in_characters, int) {
  rl_attempted_completion_over = 1;  // never fall back to file names
  if (!active_completer) return nullptr;
  // An exception must not unwind through libedit's C: completion is a
  // convenience, and offers nothing instead.
  try {
    return CompleteWord(text, start_in_characters);
  } catch (...) {
    return nullptr;
  }
}

// libedit decodes what is typed by the character set of LC_CTYPE, which a
// program has as "C" (ASCII) until it sets it: every byte of a non-ASCII
// character was dropped. The environment's LC_CTYPE is taken when it is
// UTF-8, else C.UTF-8, which every Debian has: causalkg's names are UTF-8
// whatever the environment says. Only LC_CTYPE: numbers keep their format.
void DecodeInputAsUtf8() {
  auto is_utf8 = [] {
    const char* codeset = ::nl_langinfo(CODESET);
    return codeset != nullptr &&
           (std::strcmp(codeset, "UTF-8") == 0 || std::strcmp(codeset, "utf8") == 0);
  };
  if (std::setlocale(LC_CTYPE, "") != nullptr && is_utf8()) return;
  for (const char* fallback : {"C.UTF-8", "C.utf8", "en_US.UTF-8"}) {
    if (std::setlocale(LC_CTYPE, fallback) != nullptr && is_utf8()) return;
  }
}

class TerminalSource final : public LineSource {
 public:
  TerminalSource(std::string history_path, Completer completer)
      : history_path_(std::move(history_path)), completer_(std::move(completer)) {
    DecodeInputAsUtf8();  // before libedit starts: it reads the character set once
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
