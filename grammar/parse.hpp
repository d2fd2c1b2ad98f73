// The parser of causalkg's query language: text in, statements or one
// diagnostic out. No parser library types appear here; the grammar itself is
// compiled once, in grammar/x3/query.cpp.
//
//   ParseResult result = Parse("PATHS FROM digitalisation TO social_cohesion DEPTH 3");
//   if (result.error) { print "Parse error: " + message, RenderCaret(text, offset), hint }
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/source_position.hpp"

namespace causalkg::grammar {

// A syntax error. `message` is one sentence without a prefix (callers add
// "Parse error: "), e.g. "expected TO after PATHS FROM <node>"; `hint` is
// empty or a suggestion ("did you mean PATHS?"). `offset` is the byte offset
// in the parsed text of the first character that could not be parsed, past
// blanks and comments; when only blanks follow, it is the end of the last
// token, so the caret lands on a visible line. `line` and `column` are that
// offset as Locate() reports it (1-based; the column counts UTF-8 characters).
struct Diagnostic {
  std::string message;
  std::string hint;
  std::size_t offset = 0;
  std::size_t line = 1;
  std::size_t column = 1;
};

struct ParseResult {
  // The statements in order. When `error` is set, these are the statements
  // before the one that failed: a caller that runs nothing on error must check
  // `error` first.
  std::vector<ast::Statement> statements;
  std::optional<Diagnostic> error;
};

// Parses a whole script: statements separated by `;`. A trailing `;`, empty
// statements and input that is only blanks or comments are allowed. Offsets
// in the result are byte offsets into `text`. Never throws for bad input.
ParseResult Parse(std::string_view text);

// For an interactive shell deciding whether to read another line: true when
// `text` stops in the middle of a statement (e.g. "PATHS FROM a", an open
// quote); false when it parses, is empty, or is wrong in a way more input
// cannot fix (then Parse() reports the error).
bool NeedsMoreInput(std::string_view text);

}  // namespace causalkg::grammar
