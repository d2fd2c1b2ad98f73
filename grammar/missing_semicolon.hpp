// Recognises the commonest mistake in a script of lines copied from the
// shell: statements on lines of their own without the `;` between them. The
// shell runs a statement once it is complete, so there they need none; in a
// script (or a query of several lines) only `;` ends a statement, and the
// next line reads as more of the one before it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/parse.hpp"

namespace causalkg::grammar {

// When `parsed` (the result of Parse(text)) failed at the first word of a
// line, the lines before it hold a statement that is complete on its own,
// and that word starts a statement, returns the 1-based line of `text` on
// which the complete statement starts; else nullopt.
std::optional<std::size_t> CompleteStatementBeforeError(std::string_view text,
                                                        const ParseResult& parsed);

}  // namespace causalkg::grammar
