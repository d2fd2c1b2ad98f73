#include "grammar/missing_semicolon.hpp"

#include "grammar/lexical.hpp"
#include "grammar/source_position.hpp"

namespace causalkg::grammar {

namespace {

// Whether `text` begins with a statement keyword: it parses, or it fails
// only after its first word (a statement with a mistake of its own).
bool StartsStatement(std::string_view text) {
  const ParseResult parsed = Parse(text);
  if (!parsed.error) return !parsed.statements.empty();
  return !parsed.statements.empty() || parsed.error->offset > lexical::SkipBlanks(text, 0);
}

}  // namespace

std::optional<std::size_t> CompleteStatementBeforeError(std::string_view text,
                                                        const ParseResult& parsed) {
  if (!parsed.error || parsed.statements.empty()) return std::nullopt;
  const std::size_t error = parsed.error->offset;
  if (error == 0 || error > text.size()) return std::nullopt;
  const std::size_t newline = text.rfind('\n', error - 1);
  if (newline == std::string_view::npos) return std::nullopt;  // the error is on the first line
  const std::size_t line_start = newline + 1;
  // Only blanks between the start of the line and the error: the error is
  // the line's first word, not something in the middle of a statement.
  if (text.find_first_not_of(" \t\r", line_start) != error) return std::nullopt;
  const std::size_t statement = parsed.statements.back().offset;
  if (statement >= line_start) return std::nullopt;
  // The last statement before the error is complete without the error's line...
  const ParseResult before = Parse(text.substr(statement, line_start - statement));
  if (before.error || before.statements.size() != 1) return std::nullopt;
  // ...and that line starts another one.
  if (!StartsStatement(text.substr(line_start))) return std::nullopt;
  return Locate(text, statement).line;
}

}  // namespace causalkg::grammar
