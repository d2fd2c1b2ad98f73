// The types the grammar is instantiated with (grammar/x3/query.cpp) and called
// with (grammar/x3/statement_parser.cpp). They must match exactly: a mismatch
// shows up as an undefined parse_rule at link time.
#pragma once

#include <boost/spirit/home/x3/core/parse.hpp>
#include <boost/spirit/home/x3/support/context.hpp>
#include <string>

#include "grammar/x3/primitives.hpp"

namespace causalkg::grammar::x3_parser {

// What the error handler of the statement rule records: the position and key
// of the first expectation that failed.
struct SyntaxFailure {
  Iterator where = nullptr;
  std::string key;
};

struct failure_tag;

using iterator_type = Iterator;
using skipper_type = BlankSkipper;
using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type = x3::context<failure_tag, SyntaxFailure, phrase_context_type>;

}  // namespace causalkg::grammar::x3_parser
