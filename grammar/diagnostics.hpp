// Turns a failure of the grammar (a key and an offset) into the sentence and
// hint a user sees. Internal to grammar/.
#pragma once

#include <cstddef>
#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/parse.hpp"
#include "grammar/x3/statement_parser.hpp"

namespace causalkg::grammar::detail {

// The key of the failure "a statement parsed but something other than `;`
// or the end of the input follows it".
inline constexpr std::string_view kEndOfStatement = "end_of_statement";

// The diagnostic for a statement that starts at `statement_start` and failed
// with `error`.
Diagnostic DescribeError(std::string_view text, std::size_t statement_start,
                         SyntaxError const& error);

// The diagnostic for text at `offset` after the complete `statement`.
Diagnostic DescribeTrailing(std::string_view text, ast::Statement const& statement,
                            std::size_t offset);

}  // namespace causalkg::grammar::detail
