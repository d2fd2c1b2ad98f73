// Statement texts parsed once per process: a script that runs the same text
// again and again (`.param set`, then the statement), and the checks a
// script gets before it runs (does it write? does it parse?), parse it once.
// A parse depends on the text alone, never on the store or the settings, so
// a cached one is never stale. Beside each statement is what its runs keep
// of its binding (engine/exec/binding_reuse.hpp), which checks the store's
// generation itself.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "engine/exec/binding_reuse.hpp"
#include "grammar/parse.hpp"

namespace causalkg::cli {

struct ParsedStatements {
  grammar::ParseResult parse;
  std::vector<std::unique_ptr<BindingReuse>> reuse;  // one a statement
};

std::shared_ptr<const ParsedStatements> ParsedText(std::string_view text);

}  // namespace causalkg::cli
