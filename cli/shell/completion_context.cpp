#include "cli/shell/completion_context.hpp"

#include <cctype>
#include <string>
#include <vector>

namespace causalkg::cli {

namespace {

// The statement's tokens: words in upper case, a quoted text as "'", and
// each other character on its own (",").
std::vector<std::string> Tokens(std::string_view typed) {
  std::vector<std::string> tokens;
  std::size_t at = 0;
  while (at < typed.size()) {
    const unsigned char c = static_cast<unsigned char>(typed[at]);
    if (std::isspace(c)) {
      ++at;
    } else if (c == ';') {
      tokens.clear();
      ++at;
    } else if (c == '\'' || c == '"') {
      const std::size_t close = typed.find(static_cast<char>(c), at + 1);
      tokens.emplace_back("'");
      at = close == std::string_view::npos ? typed.size() : close + 1;
    } else if (std::isalnum(c) || c == '_' || c >= 0x80) {
      std::string word;
      while (at < typed.size()) {
        const unsigned char w = static_cast<unsigned char>(typed[at]);
        if (!(std::isalnum(w) || w == '_' || w >= 0x80)) break;
        word.push_back(static_cast<char>(std::toupper(w)));
        ++at;
      }
      tokens.push_back(std::move(word));
    } else {
      tokens.emplace_back(1, static_cast<char>(c));
      ++at;
    }
  }
  return tokens;
}

bool IsFormatWord(const std::string& token) {
  return token == "TABLE" || token == "JSON" || token == "DOT";
}

}  // namespace

WordKind WordKindAfter(std::string_view typed) {
  const std::vector<std::string> tokens = Tokens(typed);
  if (tokens.empty()) return WordKind::kAny;
  const std::string& previous = tokens.back();
  if (previous == "SIGN") return WordKind::kSign;
  if (previous == "FROM" || previous == "OF" || previous == "FOR" || previous == "THROUGH")
    return WordKind::kNode;
  if (previous == "LOAD") return WordKind::kFile;
  if (previous == "TO") {
    // PATHS FROM a TO b: a node. After AS, or a second TO: the file the
    // answer is written to.
    std::size_t from = tokens.size(), to = tokens.size();
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (tokens[i] == "FROM") from = i;
      if (tokens[i] == "TO") to = i;
    }
    const bool after_format = tokens.size() >= 3 && IsFormatWord(tokens[tokens.size() - 2]) &&
                              tokens[tokens.size() - 3] == "AS";
    const bool node = !after_format && from < tokens.size() && (to == tokens.size() || to < from);
    return node ? WordKind::kNode : WordKind::kFile;
  }
  // VIA a, b, <Tab>: the list goes on.
  if (previous == "VIA") return WordKind::kRelation;
  if (previous == ",") {
    std::size_t i = tokens.size() - 1;
    while (i >= 2 && tokens[i] == ",") i -= 2;  // skip ", name" pairs back to the keyword
    if (i < tokens.size() && tokens[i] == "VIA") return WordKind::kRelation;
  }
  return WordKind::kAny;
}

}  // namespace causalkg::cli
