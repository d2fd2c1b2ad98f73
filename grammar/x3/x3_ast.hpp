// The attributes the X3 grammar fills in. They mirror grammar/ast.hpp but use
// x3::variant and boost::optional, which X3 1.74 knows how to fill (it cannot
// fill std::variant), and keep positions as pointers into the parsed text.
// statement_parser.cpp converts them into the public ast types.
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "grammar/ast.hpp"

namespace causalkg::grammar::x3_ast {

namespace x3 = boost::spirit::x3;

struct Variable {
  std::string name;
  char const* where = nullptr;
};

// A parameter (`$x`) has its name in `text`, without the dollar sign.
struct Name {
  std::string text;
  bool quoted = false;
  char const* where = nullptr;
  bool parameter = false;
};

// A number, or a parameter (`$x`) that stands for one: then `parameter`
// holds its name and `value` is unset.
template <typename T>
struct Number {
  T value{};
  std::string parameter;
  char const* where = nullptr;
};

struct Term : x3::variant<Variable, Name> {
  using base_type::base_type;
  using base_type::operator=;
};

struct TriplePattern {
  Term subject;
  Term relation;
  Term object;
  boost::optional<Variable> evidence;
};

// Filled by a semantic action: one-member structs do not adapt well in X3.
struct SignOf {
  Variable variable;
};

struct Operand : x3::variant<Variable, Name, SignOf> {
  using base_type::base_type;
  using base_type::operator=;
};

// The operator and what it compares with: an operand, or for IN and NOT
// IN a list of names. Filled by semantic actions.
struct ComparisonTest {
  ast::CompareOp op = ast::CompareOp::kEqual;
  boost::optional<Operand> right;
  std::vector<Name> list;
};

struct Comparison {
  Operand left;
  ComparisonTest test;
};

// The operator and the values of a condition on evidence. Filled by
// semantic actions.
struct EvidenceTest {
  ast::CompareOp op = ast::CompareOp::kEqual;
  std::vector<Name> values;
};

struct EvidenceCondition {
  Name field;
  EvidenceTest test;
};

// ORDER BY belief [DESC | ASC], with where ORDER stands.
struct BeliefOrder {
  char const* where = nullptr;
  bool descending = true;
};

struct OrderKey {
  Variable variable;
  bool descending = false;
};

struct Match {
  bool count = false;
  std::vector<TriplePattern> patterns;
  std::vector<Comparison> where;
  std::vector<Variable> returns;
  std::vector<OrderKey> order_by;
  boost::optional<Number<std::uint64_t>> limit;
};

// Filled by semantic actions, which also reject an option given twice.
struct ChainOptions {
  boost::optional<Number<int>> depth;
  std::vector<Name> via;
  boost::optional<ast::Sign> sign;
  boost::optional<Number<std::uint64_t>> limit;
  std::vector<EvidenceCondition> where;
  boost::optional<Number<double>> min_belief;
  boost::optional<BeliefOrder> order_by_belief;
};

struct Paths {
  Name from;
  Name to;
  ChainOptions options;
};

struct Shortest {
  Name from;
  Name to;
  ChainOptions options;
};

struct Reach {
  ast::Direction direction = ast::Direction::kDownstream;
  Name node;
  ChainOptions options;
};

struct Loops {
  ast::LoopsForm form = ast::LoopsForm::kList;
  boost::optional<Name> through;
  ChainOptions options;
};

struct Levers {
  Name target;
  ChainOptions options;
};

struct Blindspots {
  Name target;
  ChainOptions options;
};

// CONTRADICTIONS CHAINS FROM a TO b ...
struct ChainContradictions {
  Name from;
  Name to;
  ChainOptions options;
};

// CONTRADICTIONS [FOR x] ...
struct ClaimContradictions {
  boost::optional<Name> focus;
  ChainOptions options;
};

struct Contradictions : x3::variant<ChainContradictions, ClaimContradictions> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Why {
  Name first;
  Name second;
  boost::optional<Name> third;
};

// A quoted string that is not a name, with where it starts; or a parameter
// (`$x`) that stands for one, with its name in `text`.
struct Quoted {
  std::string text;
  char const* where = nullptr;
  bool parameter = false;
};

// Filled by semantic actions, like ChainOptions.
struct AddOptions {
  boost::optional<Quoted> quote;
  boost::optional<Name> source;
  boost::optional<Number<double>> confidence;
  boost::optional<Name> modality;
};

struct Add {
  Name subject;
  Name relation;
  Name object;
  AddOptions options;
};

struct Remove {
  Name subject;
  Name relation;
  Name object;
};

// Filled by semantic actions, like ChainOptions.
struct LoadOptions {
  boost::optional<Name> format;
};

struct Load {
  std::string path;
  LoadOptions options;
};

struct Rename {
  Name node;
  Name new_name;
};

struct Merge {
  Name from;
  Name into;
};

struct RemoveNode {
  Name node;
};

struct Body : x3::variant<Match, Paths, Shortest, Reach, Loops, Levers, Blindspots, Contradictions,
                          Why, Add, Remove, Load, Rename, Merge, RemoveNode> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Output {
  ast::Format format = ast::Format::kDefault;
  boost::optional<std::string> file;
};

struct Statement {
  ast::Mode mode = ast::Mode::kRun;
  Body body;
  Output output;
};

}  // namespace causalkg::grammar::x3_ast
