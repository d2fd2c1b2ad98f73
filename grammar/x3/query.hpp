// The declaration of the statement rule (the grammar's top rule). Its
// definition lives in query_def.hpp and is instantiated once, in query.cpp,
// so that only that translation unit pays for compiling the grammar.
#pragma once

#include <boost/spirit/home/x3/core.hpp>
#include <boost/spirit/home/x3/nonterminal/rule.hpp>

#include "grammar/x3/config.hpp"
#include "grammar/x3/x3_ast.hpp"

namespace causalkg::grammar::x3_parser {

struct statement_class;
using statement_type = x3::rule<statement_class, x3_ast::Statement>;
BOOST_SPIRIT_DECLARE(statement_type)

// One statement, without the `;` that ends it. Call it through
// x3::with<failure_tag>(failure)[...] with BlankSkipper as the skipper, so
// that the context matches context_type.
statement_type const& StatementRule();

}  // namespace causalkg::grammar::x3_parser
