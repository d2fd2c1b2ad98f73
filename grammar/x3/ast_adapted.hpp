// Fusion adaptation of the X3 attribute structs, so that X3 sequences fill
// them member by member. Positions (`where`) are set by the primitives, not
// by adaptation; structs filled by semantic actions are not adapted.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/x3/x3_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::TriplePattern, subject, relation, object,
                          evidence)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Comparison, left, test)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::EvidenceCondition, field, test)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::OrderKey, variable, descending)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Match, count, patterns, where, returns,
                          order_by, limit)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Paths, from, to, options)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Shortest, from, to, options)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Reach, direction, node, options)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Loops, form, through, options)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Levers, target, options)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Blindspots, target, options)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::ChainContradictions, from, to, options)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::ClaimContradictions, focus, options)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Why, first, second, third)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Add, subject, relation, object, options)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Remove, subject, relation, object)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Load, path, options)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Rename, node, new_name)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Merge, from, into)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Output, format, file)
BOOST_FUSION_ADAPT_STRUCT(causalkg::grammar::x3_ast::Statement, mode, body, output)
