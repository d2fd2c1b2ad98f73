#include "cli/shell/dot_command_line.hpp"

namespace causalkg::cli {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

Result<DotCommandLine> SplitDotCommand(std::string_view line) {
  std::vector<std::string> words;
  std::size_t at = 0;
  while (true) {
    while (at < line.size() && IsBlank(line[at])) ++at;
    if (at == line.size()) break;
    std::string word;
    if (line[at] == '\'' || line[at] == '"') {
      const char quote = line[at];
      const std::size_t opened = at++;
      bool closed = false;
      while (at < line.size()) {
        const char c = line[at++];
        if (c == quote) {
          closed = true;
          break;
        }
        if (quote == '"' && c == '\\' && at < line.size()) {
          word.push_back(line[at++]);
          continue;
        }
        word.push_back(c);
      }
      if (!closed) {
        return Status::Usage("the quote at column " + std::to_string(opened + 1) + " is not closed",
                             std::string("end the name with ") + quote + ", as in .export " +
                                 quote + "my chains.png" + quote);
      }
    } else {
      while (at < line.size() && !IsBlank(line[at])) word.push_back(line[at++]);
    }
    words.push_back(std::move(word));
  }
  DotCommandLine out;
  if (words.empty()) return out;
  out.name = std::move(words.front());
  out.args.assign(std::make_move_iterator(words.begin() + 1), std::make_move_iterator(words.end()));
  return out;
}

}  // namespace causalkg::cli
