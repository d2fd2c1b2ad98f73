// The seam between the facade (parse.cpp, no Spirit) and the X3 grammar:
// parse one statement at a given offset. Internal to grammar/.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/ast.hpp"

namespace causalkg::grammar::detail {

// Where and why a statement could not be parsed. `key` names what was
// expected (a rule name or a primitive's key, see diagnostics.cpp); `offset`
// is where the parser stood, before skipping blanks.
struct SyntaxError {
  std::size_t offset = 0;
  std::string key;
};

struct StatementParse {
  std::optional<ast::Statement> statement;  // set on success
  std::size_t end = 0;                      // just past the statement's last token
  std::optional<SyntaxError> error;         // set on failure
};

// Parses one statement of `text` that starts at `offset` (which must not be
// at a blank, a `;` or the end). Stops after the statement's last token; what
// follows is the caller's business.
StatementParse ParseStatementAt(std::string_view text, std::size_t offset);

}  // namespace causalkg::grammar::detail
