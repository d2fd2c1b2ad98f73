// The only translation unit that instantiates the grammar.
#include "grammar/x3/query_def.hpp"

namespace causalkg::grammar::x3_parser {

BOOST_SPIRIT_INSTANTIATE(statement_type, iterator_type, context_type)

}  // namespace causalkg::grammar::x3_parser
