// The grammar of one causalkg statement. Included only by query.cpp.
//
//   statement  = [EXPLAIN | PROFILE] body [AS (TABLE | JSON | DOT)] [TO quoted]
//   body       = match | paths | shortest | effects | causes | loops | levers
//              | blindspots | contradictions | why | add | remove_node | remove | load
//              | rename | merge
//   match      = [COUNT] MATCH pattern {"," pattern}
//                [WHERE comparison {AND comparison}] [RETURN var {"," var}]
//                [ORDER BY var [ASC | DESC] {"," var [ASC | DESC]}] [LIMIT n]
//   pattern    = term relation_term term [EVIDENCE var]     term = var | name
//   relation_term = var | relation_name          (a relation keyword is a name here)
//   comparison = operand ( compare_op operand | [NOT] IN value_list )
//   compare_op = "=" | "!=" | "<>" | "<" | "<=" | ">" | ">="
//   operand    = SIGN "(" var ")" | var | name | + | - | ? | -number
//   value_list = "(" name {"," name} ")"
//   (a var may be `?e.field`: one word, which the binder splits)
//   paths      = PATHS FROM name TO name options
//   shortest   = SHORTEST FROM name TO name options
//   effects    = EFFECTS OF name options        causes = CAUSES OF name options
//   loops      = LOOPS [THROUGH name] loop_options
//              | LOOPS INDEPENDENT [THROUGH name] { VIA ... | WHERE ... | MIN BELIEF ...
//                                                 | LIMIT 1.. }
//              | COUNT LOOPS [THROUGH name] { DEPTH loop_depth | VIA ... | WHERE ...
//                                           | MIN BELIEF ... }
//   loop_options = { DEPTH loop_depth | VIA ... | SIGN (+ | - | ?) | evidence | LIMIT 1.. }
//   loop_depth = 1..kMaxLoopDepth | ALL
//   levers     = LEVERS FOR name options        blindspots = BLINDSPOTS FOR name options
//   contradictions = CONTRADICTIONS ( CHAINS FROM name TO name
//                                     { DEPTH 1..kMaxDepth | VIA ... | evidence | LIMIT 1.. }
//                                   | [FOR name] { VIA ... | LIMIT 1.. } )
//   options    = { DEPTH 1..kMaxDepth | VIA relation_name {"," relation_name}
//                 | SIGN (+ | - | ?) | evidence | LIMIT 1.. }
//   evidence   = WHERE condition {AND condition} | MIN BELIEF 0..1
//              | ORDER BY BELIEF [DESC | ASC]
//   condition  = field ( compare_op name | [NOT] IN value_list )
//   field      = a bare word: a field of evidence (keywords.hpp: IsEvidenceFieldWord)
//   why        = WHY name relation_name [name]
//   add        = ADD name relation_name name { QUOTE quoted | SOURCE name | CONFIDENCE 0..1
//                                            | MODALITY name }
//   remove     = REMOVE name relation_name name
//   load       = LOAD quoted [FORMAT format_name]
//   rename     = RENAME NODE name TO name
//   merge      = MERGE name INTO name
//   remove_node = REMOVE NODE name                (tried before remove)
// Each option at most once. A relation_name is a name, or a keyword that is
// also a built-in relation (`causes`: kRelationKeywords). A format_name is
// a quoted name or any word but AS and TO (kFormatKeyword). Names, variables,
// quotes, numbers and comments: lexical.hpp; the keywords and where each may
// come: keywords.hpp; kMaxDepth: limits.hpp.
//
// Conventions:
// - `>` binds looser than `>>`: `a > b >> c` expects `b >> c`, whose failure
//   has no name. Parenthesise so that `>` is always followed by a named rule,
//   a keyword or a primitive.
// - `>` after every keyword: once a statement's keyword is seen, a failure is
//   an error at that spot, not a reason to try another statement.
// - A rule's name is the key an expectation failure reports when the rule
//   cannot start; keywords and primitives carry their own key. The facade
//   turns keys into sentences (diagnostics.cpp).
// - Options that may come in any order but at most once (chain options, ADD
//   options) are filled by semantic actions, which also reject repeats.
#pragma once

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>
#include <limits>

#include "grammar/limits.hpp"
#include "grammar/x3/ast_adapted.hpp"
#include "grammar/x3/query.hpp"

namespace causalkg::grammar::x3_parser {

// The error handler: records the first failure for the caller; the statement
// fails. It sits on the top rule only.
struct statement_class {
  template <typename Exception, typename Context>
  x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const& failure,
                                    Context const& context) {
    SyntaxFailure& out = x3::get<failure_tag>(context);
    out.where = failure.where();
    out.key = failure.which();
    return x3::error_handler_result::fail;
  }
};

namespace keywords {
// Every keyword the rules spell is a word of the keyword table: a literal
// missing from grammar/keywords.hpp is not a constant expression, and fails
// the build here.
consteval Keyword Kw(char const* word, char const* key) {
  if (!IsTableWord(word)) throw "a keyword of the rules is missing from grammar/keywords.hpp";
  return Keyword(word, key);
}
consteval Keyword Kw(char const* word) { return Kw(word, word); }

constexpr Keyword add = Kw("ADD"), and_ = Kw("AND"), as = Kw("AS"), asc = Kw("ASC");
constexpr Keyword all = Kw("ALL"), independent = Kw("INDEPENDENT");
constexpr Keyword blindspots = Kw("BLINDSPOTS"), causes = Kw("CAUSES"), chains = Kw("CHAINS");
constexpr Keyword contradictions = Kw("CONTRADICTIONS"), for_ = Kw("FOR");
constexpr Keyword confidence = Kw("CONFIDENCE"), count = Kw("COUNT"), depth = Kw("DEPTH");
constexpr Keyword desc = Kw("DESC"), dot = Kw("DOT"), effects = Kw("EFFECTS");
constexpr Keyword explain = Kw("EXPLAIN"), format = Kw("FORMAT"), json = Kw("JSON");
constexpr Keyword levers = Kw("LEVERS");
constexpr Keyword limit = Kw("LIMIT"), load = Kw("LOAD"), loops = Kw("LOOPS");
constexpr Keyword match = Kw("MATCH"), modality = Kw("MODALITY"), order = Kw("ORDER");
constexpr Keyword paths = Kw("PATHS"), profile = Kw("PROFILE"), quote = Kw("QUOTE");
constexpr Keyword remove = Kw("REMOVE"), return_ = Kw("RETURN"), shortest = Kw("SHORTEST");
constexpr Keyword sign = Kw("SIGN"), source = Kw("SOURCE"), table = Kw("TABLE");
constexpr Keyword through = Kw("THROUGH"), to = Kw("TO"), via = Kw("VIA"), where = Kw("WHERE");
constexpr Keyword why = Kw("WHY");
constexpr Keyword rename = Kw("RENAME"), merge = Kw("MERGE"), node = Kw("NODE");
constexpr Keyword min = Kw("MIN"), in = Kw("IN"), not_ = Kw("NOT"), evidence = Kw("EVIDENCE");
// The same words where the message should say what came before them.
constexpr Keyword match_after_count = Kw("MATCH", "MATCH_after_COUNT");
constexpr Keyword by_after_order = Kw("BY", "BY_after_ORDER");
constexpr Keyword from_after_paths = Kw("FROM", "FROM_after_PATHS");
constexpr Keyword to_after_paths = Kw("TO", "TO_after_PATHS");
constexpr Keyword from_after_shortest = Kw("FROM", "FROM_after_SHORTEST");
constexpr Keyword to_after_shortest = Kw("TO", "TO_after_SHORTEST");
constexpr Keyword of_after_effects = Kw("OF", "OF_after_EFFECTS");
constexpr Keyword of_after_causes = Kw("OF", "OF_after_CAUSES");
constexpr Keyword for_after_levers = Kw("FOR", "FOR_after_LEVERS");
constexpr Keyword for_after_blindspots = Kw("FOR", "FOR_after_BLINDSPOTS");
constexpr Keyword from_after_chains = Kw("FROM", "FROM_after_CHAINS");
constexpr Keyword to_after_chains = Kw("TO", "TO_after_CHAINS");
constexpr Keyword node_after_rename = Kw("NODE", "NODE_after_RENAME");
constexpr Keyword to_after_rename = Kw("TO", "TO_after_RENAME");
constexpr Keyword into_after_merge = Kw("INTO", "INTO_after_MERGE");
constexpr Keyword belief_after_min = Kw("BELIEF", "BELIEF_after_MIN");
constexpr Keyword belief_after_by = Kw("BELIEF", "BELIEF_after_BY");
constexpr Keyword in_after_not = Kw("IN", "IN_after_NOT");
}  // namespace keywords

namespace kw = keywords;

// Primitives, each with the key of what was expected.
constexpr Here here;
constexpr NameParser node{"node"};
constexpr NameParser relation{"relation", NamePlace::kRelation};
constexpr NameParser object{"object"};
constexpr NameParser why_second{"why_second", NamePlace::kRelation};
constexpr NameParser via_relation{"via_relation", NamePlace::kRelation};
constexpr NameParser term_name{"term"};
constexpr NameParser relation_term_name{"term", NamePlace::kRelation};
constexpr NameParser operand_name{"operand", NamePlace::kOperand};
constexpr SignParser sign_value{"sign_value"};
constexpr NameParser source_name{"source"};
constexpr NameParser modality_name{"modality"};
constexpr VariableParser variable{"variable"};
constexpr PositionedQuotedParser quote_text{"quote_text"};
constexpr QuotedParser load_file{"load_file"};
constexpr NameParser format_name{"format_name", NamePlace::kFormat};
constexpr QuotedParser output_file{"output_file"};
constexpr NumberParser<int> depth_value{"depth_value", "depth_range", kMinDepth, kMaxDepth};
constexpr NumberParser<int> loop_depth_number{"loop_depth_value", "loop_depth_range", kMinDepth,
                                               kMaxLoopDepth};
constexpr NumberParser<std::uint64_t> limit_value{"limit_value", "limit_range", 1,
                                                  std::numeric_limits<std::uint64_t>::max()};
constexpr NumberParser<double> confidence_value{"confidence_value", "confidence_range", 0.0, 1.0};
constexpr NameParser new_name{"new_name"};
constexpr NameParser merged_into{"merged_into"};
constexpr NumberParser<double> belief_value{"belief_value", "belief_range", 0.0, 1.0};
constexpr NameParser evidence_field{"evidence_field", NamePlace::kField};
constexpr NameParser evidence_value{"evidence_value", NamePlace::kOperand};

// Semantic actions for options given in any order. The attribute of
// `here >> keyword > value` is (position of the keyword, value).
inline bool IsSet(auto const& slot) {
  if constexpr (requires { slot.empty(); }) {
    return !slot.empty();
  } else {
    return static_cast<bool>(slot);
  }
}

template <typename Member>
auto SetOnce(Member member, char const* twice_key) {
  return [member, twice_key](auto& context) {
    auto& slot = x3::_val(context).*member;
    auto& attribute = x3::_attr(context);
    if (IsSet(slot)) Fail(boost::fusion::at_c<0>(attribute), twice_key);
    slot = std::move(boost::fusion::at_c<1>(attribute));
  };
}

auto const set_value = [](auto& context) { x3::_val(context) = x3::_attr(context); };

// ORDER BY belief: the position of ORDER and the direction, once.
auto const set_belief_order = [](auto& context) {
  auto& slot = x3::_val(context).order_by_belief;
  auto& attribute = x3::_attr(context);
  Iterator const where = boost::fusion::at_c<0>(attribute);
  if (slot) Fail(where, "twice:ORDER BY");
  slot = x3_ast::BeliefOrder{where, boost::fusion::at_c<1>(attribute)};
};

// The operator of a comparison or a condition, and what it compares with:
// the attribute of `op > what`.
template <typename Member>
auto SetTest(Member member) {
  return [member](auto& context) {
    auto& attribute = x3::_attr(context);
    x3::_val(context).op = boost::fusion::at_c<0>(attribute);
    x3::_val(context).*member = std::move(boost::fusion::at_c<1>(attribute));
  };
}
auto const set_single_value = [](auto& context) {
  auto& attribute = x3::_attr(context);
  x3::_val(context).op = boost::fusion::at_c<0>(attribute);
  x3::_val(context).values.push_back(std::move(boost::fusion::at_c<1>(attribute)));
};

// Rules. The name of each is its key.
x3::rule<class term_class, x3_ast::Term> const subject_term = "pattern";
x3::rule<class relation_term_class, x3_ast::Term> const relation_term = "pattern_relation";
x3::rule<class object_term_class, x3_ast::Term> const object_term = "pattern_object";
x3::rule<class pattern_class, x3_ast::TriplePattern> const pattern = "pattern";
x3::rule<class pattern_list_class, std::vector<x3_ast::TriplePattern>> const pattern_list =
    "pattern";
x3::rule<class sign_of_class, x3_ast::SignOf> const sign_of = "operand";
x3::rule<class operand_class, x3_ast::Operand> const operand = "operand";
x3::rule<class compare_op_class, ast::CompareOp> const compare_op = "compare_op";
x3::rule<class list_op_class, ast::CompareOp> const list_op = "compare_op";
x3::rule<class close_list_class> const close_list = "close_list";
x3::rule<class value_list_class, std::vector<x3_ast::Name>> const value_list = "value_list";
x3::rule<class comparison_test_class, x3_ast::ComparisonTest> const comparison_test = "compare_op";
x3::rule<class comparison_class, x3_ast::Comparison> const comparison = "comparison";
x3::rule<class where_class, std::vector<x3_ast::Comparison>> const where_clause = "comparison";
x3::rule<class return_class, std::vector<x3_ast::Variable>> const return_clause = "variable";
x3::rule<class order_key_class, x3_ast::OrderKey> const order_key = "order_key";
x3::rule<class order_class, std::vector<x3_ast::OrderKey>> const order_clause = "order_key";
x3::rule<class match_class, x3_ast::Match> const match = "match";
x3::rule<class via_list_class, std::vector<x3_ast::Name>> const via_list = "via_relation";
x3::rule<class evidence_test_class, x3_ast::EvidenceTest> const evidence_test = "evidence_operator";
x3::rule<class evidence_condition_class, x3_ast::EvidenceCondition> const evidence_condition =
    "evidence_condition";
x3::rule<class evidence_conditions_class, std::vector<x3_ast::EvidenceCondition>> const
    evidence_conditions = "evidence_condition";
x3::rule<class belief_direction_class, bool> const belief_direction = "belief_direction";
x3::rule<class chain_options_class, x3_ast::ChainOptions> const chain_options = "chain_options";
x3::rule<class paths_class, x3_ast::Paths> const paths = "paths";
x3::rule<class shortest_class, x3_ast::Shortest> const shortest = "shortest";
x3::rule<class effects_class, x3_ast::Reach> const effects = "effects";
x3::rule<class causes_class, x3_ast::Reach> const causes = "causes";
x3::rule<class loops_class, x3_ast::Loops> const loops = "loops";
x3::rule<class loop_depth_class, x3_ast::Number<int>> const loop_depth_value = "loop_depth_value";
x3::rule<class loop_options_class, x3_ast::ChainOptions> const loop_options = "chain_options";
x3::rule<class count_loop_options_class, x3_ast::ChainOptions> const count_loop_options =
    "chain_options";
x3::rule<class independent_loop_options_class, x3_ast::ChainOptions> const
    independent_loop_options = "chain_options";
x3::rule<class levers_class, x3_ast::Levers> const levers = "levers";
x3::rule<class blindspots_class, x3_ast::Blindspots> const blindspots = "blindspots";
x3::rule<class contradiction_chain_options_class, x3_ast::ChainOptions> const
    contradiction_chain_options = "chain_options";
x3::rule<class contradiction_claim_options_class, x3_ast::ChainOptions> const
    contradiction_claim_options = "chain_options";
x3::rule<class chain_contradictions_class, x3_ast::ChainContradictions> const chain_contradictions =
    "contradictions";
x3::rule<class claim_contradictions_class, x3_ast::ClaimContradictions> const claim_contradictions =
    "contradictions";
x3::rule<class contradictions_class, x3_ast::Contradictions> const contradictions =
    "contradictions";
x3::rule<class why_class, x3_ast::Why> const why = "why";
x3::rule<class add_options_class, x3_ast::AddOptions> const add_options = "add_options";
x3::rule<class add_class, x3_ast::Add> const add = "add";
x3::rule<class remove_class, x3_ast::Remove> const remove = "remove";
x3::rule<class load_options_class, x3_ast::LoadOptions> const load_options = "load_options";
x3::rule<class load_class, x3_ast::Load> const load = "load";
x3::rule<class rename_class, x3_ast::Rename> const rename = "rename";
x3::rule<class merge_class, x3_ast::Merge> const merge = "merge";
x3::rule<class remove_node_class, x3_ast::RemoveNode> const remove_node = "remove_node";
x3::rule<class body_class, x3_ast::Body> const body = "statement";
x3::rule<class mode_class, ast::Mode> const mode = "mode";
x3::rule<class format_class, ast::Format> const format = "format";
x3::rule<class output_class, x3_ast::Output> const output = "output";
statement_type const statement = "statement";

// The rules are laid out by hand to follow the grammar.
// clang-format off

// MATCH ?a r ?b, ... [WHERE c AND ...] [RETURN ?a, ...] [ORDER BY ?a [DESC], ...] [LIMIT n]
auto const term = variable | term_name;
auto const subject_term_def = term;
auto const relation_term_def = variable | relation_term_name;
auto const object_term_def = term;
auto const pattern_def =
    subject_term > relation_term > object_term > -(kw::evidence > variable);
auto const pattern_list_def = pattern >> *(',' > pattern);
auto const sign_of_def = (kw::sign > '(' > variable > ')')[([](auto& context) {
  x3::_val(context).variable = x3::_attr(context);
})];
auto const operand_def = sign_of | variable | operand_name;
auto const compare_op_def =
    (x3::lit("!=") >> x3::attr(ast::CompareOp::kNotEqual)) |
    (x3::lit("<>") >> x3::attr(ast::CompareOp::kNotEqual)) |
    (x3::lit("<=") >> x3::attr(ast::CompareOp::kLessEqual)) |
    (x3::lit(">=") >> x3::attr(ast::CompareOp::kGreaterEqual)) |
    (x3::lit('=') >> x3::attr(ast::CompareOp::kEqual)) |
    (x3::lit('<') >> x3::attr(ast::CompareOp::kLess)) |
    (x3::lit('>') >> x3::attr(ast::CompareOp::kGreater));
auto const list_op_def =
    (kw::in >> x3::attr(ast::CompareOp::kIn)) |
    ((kw::not_ > kw::in_after_not) >> x3::attr(ast::CompareOp::kNotIn));
auto const close_list_def = x3::lit(')');
auto const value_list_def =
    (x3::lit('(') > evidence_value) >> *(',' > evidence_value) > close_list;
auto const comparison_test_def =
    (list_op > value_list)[SetTest(&x3_ast::ComparisonTest::list)] |
    (compare_op > operand)[SetTest(&x3_ast::ComparisonTest::right)];
auto const comparison_def = operand > comparison_test;
auto const where_clause_def = (kw::where > comparison) >> *(kw::and_ > comparison);
auto const return_clause_def = (kw::return_ > variable) >> *(',' > variable);
auto const order_key_def =
    variable >> ((kw::desc >> x3::attr(true)) | (-kw::asc >> x3::attr(false)));
auto const order_clause_def =
    (kw::order > kw::by_after_order > order_key) >> *(',' > order_key);
auto const match_def =
    (((kw::count > kw::match_after_count) >> x3::attr(true)) | (kw::match >> x3::attr(false)))
    > pattern_list > -where_clause > -return_clause > -order_clause > -(kw::limit > limit_value);

// [DEPTH n] [VIA r, ...] [SIGN + | - | ?] [WHERE c AND ...] [MIN BELIEF x]
// [ORDER BY belief [DESC | ASC]] [LIMIT n], in any order, each at most once.
auto const via_list_def = via_relation >> *(',' > via_relation);
auto const evidence_test_def =
    (list_op > value_list)[SetTest(&x3_ast::EvidenceTest::values)] |
    (compare_op > evidence_value)[set_single_value];
auto const evidence_condition_def = evidence_field > evidence_test;
auto const evidence_conditions_def =
    evidence_condition >> *(kw::and_ > evidence_condition);
auto const belief_direction_def =
    (kw::desc >> x3::attr(true)) | (kw::asc >> x3::attr(false)) | x3::attr(true);
auto const where_option =
    (here >> kw::where > evidence_conditions)[SetOnce(&x3_ast::ChainOptions::where, "twice:WHERE")];
auto const min_belief_option =
    (here >> kw::min > kw::belief_after_min > belief_value)
        [SetOnce(&x3_ast::ChainOptions::min_belief, "twice:MIN BELIEF")];
auto const order_option =
    (here >> kw::order > kw::by_after_order > kw::belief_after_by > belief_direction)
        [set_belief_order];
auto const chain_options_def = *(
    (here >> kw::depth > depth_value)[SetOnce(&x3_ast::ChainOptions::depth, "twice:DEPTH")] |
    (here >> kw::via > via_list)[SetOnce(&x3_ast::ChainOptions::via, "twice:VIA")] |
    (here >> kw::sign > sign_value)[SetOnce(&x3_ast::ChainOptions::sign, "twice:SIGN")] |
    where_option | min_belief_option | order_option |
    (here >> kw::limit > limit_value)[SetOnce(&x3_ast::ChainOptions::limit, "twice:LIMIT")]);

auto const paths_def =
    kw::paths > kw::from_after_paths > node > kw::to_after_paths > node > chain_options;
auto const shortest_def =
    kw::shortest > kw::from_after_shortest > node > kw::to_after_shortest > node > chain_options;
auto const effects_def =
    kw::effects >> x3::attr(ast::Direction::kDownstream) > kw::of_after_effects > node
    > chain_options;
auto const causes_def =
    kw::causes >> x3::attr(ast::Direction::kUpstream) > kw::of_after_causes > node
    > chain_options;
// LOOPS [THROUGH x] [DEPTH n | ALL] ..., COUNT LOOPS ..., LOOPS INDEPENDENT ...:
// a loop search costs what it finds, not the depth, so DEPTH goes past
// kMaxDepth here.
auto const loop_depth_value_def =
    (kw::all >> x3::attr(x3_ast::Number<int>{kAllDepths, {}, nullptr})) | loop_depth_number;
auto const loop_options_def = *(
    (here >> kw::depth > loop_depth_value)[SetOnce(&x3_ast::ChainOptions::depth, "twice:DEPTH")] |
    (here >> kw::via > via_list)[SetOnce(&x3_ast::ChainOptions::via, "twice:VIA")] |
    (here >> kw::sign > sign_value)[SetOnce(&x3_ast::ChainOptions::sign, "twice:SIGN")] |
    where_option | min_belief_option | order_option |
    (here >> kw::limit > limit_value)[SetOnce(&x3_ast::ChainOptions::limit, "twice:LIMIT")]);
auto const count_loop_options_def = *(
    (here >> kw::depth > loop_depth_value)[SetOnce(&x3_ast::ChainOptions::depth, "twice:DEPTH")] |
    (here >> kw::via > via_list)[SetOnce(&x3_ast::ChainOptions::via, "twice:VIA")] |
    where_option | min_belief_option);
auto const independent_loop_options_def = *(
    (here >> kw::via > via_list)[SetOnce(&x3_ast::ChainOptions::via, "twice:VIA")] |
    where_option | min_belief_option |
    (here >> kw::limit > limit_value)[SetOnce(&x3_ast::ChainOptions::limit, "twice:LIMIT")]);
auto const loops_def =
    (((kw::count >> kw::loops) >> x3::attr(ast::LoopsForm::kCount))
        > -(kw::through > node) > count_loop_options) |
    (((kw::loops >> kw::independent) >> x3::attr(ast::LoopsForm::kIndependent))
        > -(kw::through > node) > independent_loop_options) |
    ((kw::loops >> x3::attr(ast::LoopsForm::kList)) > -(kw::through > node) > loop_options);
auto const levers_def = kw::levers > kw::for_after_levers > node > chain_options;
auto const blindspots_def = kw::blindspots > kw::for_after_blindspots > node > chain_options;

// CONTRADICTIONS CHAINS FROM a TO b [DEPTH n] [VIA r, ...] [WHERE ...] [MIN BELIEF x]
// [ORDER BY belief] [LIMIT n]
// CONTRADICTIONS [FOR x] [VIA r, ...] [LIMIT n]
// (no SIGN: they pair what differs in sign; no DEPTH and no conditions on
// steps for claims).
auto const contradiction_chain_options_def = *(
    (here >> kw::depth > depth_value)[SetOnce(&x3_ast::ChainOptions::depth, "twice:DEPTH")] |
    (here >> kw::via > via_list)[SetOnce(&x3_ast::ChainOptions::via, "twice:VIA")] |
    where_option | min_belief_option | order_option |
    (here >> kw::limit > limit_value)[SetOnce(&x3_ast::ChainOptions::limit, "twice:LIMIT")]);
auto const contradiction_claim_options_def = *(
    (here >> kw::via > via_list)[SetOnce(&x3_ast::ChainOptions::via, "twice:VIA")] |
    (here >> kw::limit > limit_value)[SetOnce(&x3_ast::ChainOptions::limit, "twice:LIMIT")]);
auto const chain_contradictions_def =
    kw::chains > kw::from_after_chains > node > kw::to_after_chains > node
    > contradiction_chain_options;
auto const claim_contradictions_def = -(kw::for_ > node) > contradiction_claim_options;
auto const contradictions_def =
    kw::contradictions > (chain_contradictions | claim_contradictions);

// WHY s r o | WHY a b
auto const why_def = kw::why > node > why_second > -node;

// ADD s r o [QUOTE '...'] [SOURCE id] [CONFIDENCE x] [MODALITY m], options in any order.
auto const add_options_def = *(
    (here >> kw::quote > quote_text)[SetOnce(&x3_ast::AddOptions::quote, "twice:QUOTE")] |
    (here >> kw::source > source_name)[SetOnce(&x3_ast::AddOptions::source, "twice:SOURCE")] |
    (here >> kw::confidence > confidence_value)
        [SetOnce(&x3_ast::AddOptions::confidence, "twice:CONFIDENCE")] |
    (here >> kw::modality > modality_name)
        [SetOnce(&x3_ast::AddOptions::modality, "twice:MODALITY")]);
auto const add_def = kw::add > node > relation > object > add_options;
auto const remove_def = kw::remove > node > relation > object;

// LOAD 'file' [FORMAT name]
auto const load_options_def = *(
    (here >> kw::format > format_name)[SetOnce(&x3_ast::LoadOptions::format, "twice:FORMAT")]);
auto const load_def = kw::load > load_file > load_options;

// RENAME NODE a TO b, MERGE a INTO b, REMOVE NODE a
auto const rename_def = kw::rename > kw::node_after_rename > node > kw::to_after_rename > new_name;
auto const merge_def = kw::merge > node > kw::into_after_merge > merged_into;
auto const remove_node_def = ((kw::remove >> kw::node) > node)[([](auto& context) {
  x3::_val(context).node = x3::_attr(context);
})];

auto const body_def =
    loops | match | paths | shortest | effects | causes | levers | blindspots | contradictions |
    why | add | remove_node | remove | load | rename | merge;

// [EXPLAIN | PROFILE] body [AS TABLE|JSON|DOT] [TO 'file']
auto const mode_def =
    (kw::explain >> x3::attr(ast::Mode::kExplain)) |
    (kw::profile >> x3::attr(ast::Mode::kProfile)) |
    x3::attr(ast::Mode::kRun);
auto const format_def =
    (kw::table >> x3::attr(ast::Format::kTable)) |
    (kw::json >> x3::attr(ast::Format::kJson)) |
    (kw::dot >> x3::attr(ast::Format::kDot));
auto const output_def =
    ((kw::as > format) | x3::attr(ast::Format::kDefault)) >> -(kw::to > output_file);
auto const statement_def = mode > body > output;

// clang-format on

BOOST_SPIRIT_DEFINE(subject_term, relation_term, object_term, pattern, pattern_list, sign_of,
                    operand, compare_op, list_op, close_list, value_list, comparison_test,
                    comparison, where_clause, return_clause, order_key, order_clause, match,
                    via_list, evidence_test, evidence_condition, evidence_conditions,
                    belief_direction, chain_options, paths, shortest, effects, causes, loops,
                    loop_depth_value, loop_options, count_loop_options, independent_loop_options,
                    levers, blindspots, contradiction_chain_options, contradiction_claim_options,
                    chain_contradictions, claim_contradictions, contradictions, why, add_options,
                    add, remove, load_options, load, body, mode, format, output, statement, rename,
                    merge, remove_node)

statement_type const& StatementRule() { return statement; }

}  // namespace causalkg::grammar::x3_parser
