#include "cli/script.hpp"

#include <string_view>

#include "grammar/lexical.hpp"
#include "grammar/parse.hpp"

namespace causalkg::cli {

std::string TrimBlanks(const std::string& line) {
  const auto first = line.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return line.substr(first, line.find_last_not_of(" \t\r\n") - first + 1);
}

// These two are asked of every line of a script, so they read tokens, not
// statements: a script's statements are parsed once, when they run.

bool HoldsNoStatement(const std::string& text) {
  // Nothing but blanks, comments and empty statements (`;`): what parses to
  // no statement and no error.
  std::size_t at = grammar::lexical::SkipBlanks(text, 0);
  while (at < text.size() && text[at] == ';') at = grammar::lexical::SkipBlanks(text, at + 1);
  return at >= text.size();
}

namespace {

enum class Ending { kEnded, kOpen, kAskTheGrammar };

// Skips blanks; false when they held a comment.
bool SkipSpaces(std::string_view text, std::size_t& at) {
  const std::size_t next = grammar::lexical::SkipBlanks(text, at);
  bool plain = true;
  for (std::size_t i = at; i < next; ++i) {
    const char c = text[i];
    plain = plain && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v');
  }
  at = next;
  return plain;
}

// Whether `text` ends its last statement: with a `;` outside quotes, and no
// quote left open. A comment could hide the `;` or be where more input is
// awaited, so text with one is left to the grammar (NeedsMoreInput).
Ending StatementsEnding(std::string_view text) {
  bool semicolon_last = false;
  std::size_t at = 0;
  if (!SkipSpaces(text, at)) return Ending::kAskTheGrammar;
  while (at < text.size()) {
    if (grammar::lexical::IsQuote(text[at])) {
      const auto scan = grammar::lexical::ScanQuoted(text.data() + at, text.data() + text.size());
      if (!scan.closed) return Ending::kOpen;
      at = static_cast<std::size_t>(scan.end - text.data());
      semicolon_last = false;
    } else {
      semicolon_last = text[at] == ';';
      ++at;
    }
    if (!SkipSpaces(text, at)) return Ending::kAskTheGrammar;
  }
  return semicolon_last ? Ending::kEnded : Ending::kOpen;
}

}  // namespace

std::vector<ScriptPart> SplitScript(LineSource& source) {
  std::vector<ScriptPart> parts;
  ScriptPart pending;  // the statements read so far
  auto end_statements = [&] {
    if (!pending.text.empty()) parts.push_back(std::move(pending));
    pending = ScriptPart{};
  };
  std::size_t line_number = 0;
  while (auto line = source.Read("")) {
    ++line_number;
    const std::string trimmed = TrimBlanks(*line);
    if (!trimmed.empty() && trimmed[0] == '.') {
      end_statements();
      parts.push_back({ScriptPart::Kind::kDotCommand, trimmed, line_number});
      continue;
    }
    if (pending.text.empty()) pending.first_line = line_number;
    pending.text += *line + "\n";
    if (HoldsNoStatement(pending.text)) {
      pending.text.clear();
      continue;
    }
    // A line ending with `;` ends the statements unless a quote is still open.
    const Ending ending = StatementsEnding(pending.text);
    if (ending == Ending::kEnded ||
        (ending == Ending::kAskTheGrammar && !grammar::NeedsMoreInput(pending.text) &&
         TrimBlanks(pending.text).back() == ';')) {
      end_statements();
    }
  }
  end_statements();
  return parts;
}

}  // namespace causalkg::cli
