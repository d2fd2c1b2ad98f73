// The shell's help on the query language: what each statement does, with an
// example on the bundled SCP report, and what each keyword means and where it
// goes. The synopses, summaries and places come from the keyword table
// (grammar/keywords.hpp); this file adds each statement's explanation.
#pragma once

#include <string>

namespace causalkg::cli {

// The help on `topic` (any case): a statement's synopsis, explanation and
// examples, or a keyword's syntax, meaning and places; "" when it is no
// keyword.
std::string StatementHelp(const std::string& topic);

// One line a statement, for .help without a topic.
std::string StatementSummary();

}  // namespace causalkg::cli
