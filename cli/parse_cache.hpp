// Statement texts parsed once per process: a script that runs the same text
// again and again (`.param set`, then the statement), and the checks a
// script gets before it runs (does it write? does it parse?), parse it once.
// A parse depends on the text alone, never on the store or the settings, so
// a cached one is never stale.
#pragma once

#include <memory>
#include <string_view>

#include "grammar/parse.hpp"

namespace causalkg::cli {

std::shared_ptr<const grammar::ParseResult> ParsedText(std::string_view text);

}  // namespace causalkg::cli
