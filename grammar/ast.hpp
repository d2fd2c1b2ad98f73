// The parsed form of causalkg statements: plain structs, no parser types.
//
// The grammar (grammar/query*.{hpp,cpp}) produces these; the engine binds the
// names in them to store ids and evaluates them. Every name, variable and
// statement remembers the byte offset in the parsed text where it starts, so
// that errors found after parsing (an unknown name, a bad DEPTH) can point at
// the exact line and column.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace causalkg::ast {

// `?x`: `name` is stored without the question mark.
struct Variable {
  std::string name;
  std::size_t offset = 0;
};

// `$x`: a value given when the statement runs, not when it is parsed, so
// that one parsed statement runs many times (engine/binder/parameters.hpp
// puts the values in). `name` is stored without the dollar sign.
struct Parameter {
  std::string name;
  std::size_t offset = 0;
};

// A node or relation: an id (`social_cohesion`) or a quoted label
// (`'social cohesion'`, `"sociale samenhang"`). `text` is unescaped. With
// `parameter`, the name is a parameter's (`$x`, text "x") until bound.
struct Name {
  std::string text;
  bool quoted = false;
  std::size_t offset = 0;
  bool parameter = false;
};

using Term = std::variant<Variable, Name>;

struct TriplePattern {
  Term subject;
  Term relation;
  Term object;
  // `EVIDENCE ?e`: a row for each piece of the claim's evidence, bound to ?e.
  std::optional<Variable> evidence;
};

// `sign(?r)`: the polarity of the relation bound to ?r, compared with '+',
// '-', '?' or 'none'.
struct SignOf {
  Variable variable;
};

using Operand = std::variant<Variable, Name, SignOf>;

// = and != (also written <>), the orderings of numbers, and membership of a
// list: `IN (a, b)`, `NOT IN (a, b)`.
enum class CompareOp { kEqual, kNotEqual, kLess, kLessEqual, kGreater, kGreaterEqual, kIn, kNotIn };

// `?e.field` is a Variable whose name holds the dot and the field
// ("e.confidence"): the binder tells them apart. Numbers are Names too
// (`0.6`, `-1`), which the binder reads by what they are compared with.
struct Comparison {
  Operand left;
  CompareOp op = CompareOp::kEqual;
  Operand right;           // unused for IN and NOT IN
  std::vector<Name> list;  // IN and NOT IN: the values
};

struct OrderKey {
  Variable variable;
  bool descending = false;
};

// MATCH p1 [EVIDENCE ?e], p2 [WHERE c1 AND c2] [RETURN ?a, ?e.quote]
// [ORDER BY ?a [DESC]] [LIMIT n]. COUNT MATCH ... counts the rows instead of
// listing them. RETURN and ORDER BY name a variable, or a field of an
// evidence variable (`?e.confidence`: a Variable whose name holds the dot).
struct Match {
  bool count = false;
  std::vector<TriplePattern> patterns;
  std::vector<Comparison> where;  // a conjunction
  std::vector<Variable> returns;  // empty: every variable in order of appearance
  std::vector<OrderKey> order_by;
  std::optional<std::uint64_t> limit;
  std::optional<Parameter> limit_parameter;  // LIMIT $n, until bound
};

// The net sign after SIGN: `+`, `-`, or `?` (a chain with a step whose sign
// is not stated).
enum class Sign { kPositive, kNegative, kUnknown };

// A condition on the evidence of a step: `confidence >= 0.6`, `source IN
// (a, b)`. The field is a word as typed (`confidence`, `attributes.weight`);
// the values are numbers, bare words or quoted texts, which the binder reads
// by the field's kind.
struct EvidenceCondition {
  Name field;
  CompareOp op = CompareOp::kEqual;
  std::vector<Name> values;  // one; for IN and NOT IN, the list
};

// ORDER BY belief [DESC | ASC]: where ORDER stands, and the direction (the
// most believable first by default).
struct BeliefOrder {
  bool descending = true;
  std::size_t offset = 0;
};

// The options of the chain statements, in any order, each at most once.
// The grammar checks ranges (DEPTH 1..12, LIMIT >= 1, MIN BELIEF 0..1).
struct ChainOptions {
  std::optional<int> depth;
  std::vector<Name> via;  // relations to follow; empty: every causal relation
  std::optional<Sign> sign;
  std::optional<std::uint64_t> limit;
  std::vector<EvidenceCondition> where;  // a conjunction, on each piece
  std::optional<double> min_belief;      // MIN BELIEF x
  std::optional<BeliefOrder> order_by_belief;
  // DEPTH $d, LIMIT $n, MIN BELIEF $b, until bound.
  std::optional<Parameter> depth_parameter;
  std::optional<Parameter> limit_parameter;
  std::optional<Parameter> min_belief_parameter;
};

struct Paths {  // PATHS FROM a TO b
  Name from;
  Name to;
  ChainOptions options;
};

struct Shortest {  // SHORTEST FROM a TO b
  Name from;
  Name to;
  ChainOptions options;
};

enum class Direction { kDownstream, kUpstream };

struct Reach {  // EFFECTS OF x (downstream) / CAUSES OF x (upstream)
  Direction direction = Direction::kDownstream;
  Name node;
  ChainOptions options;
};

// LOOPS lists the loops; COUNT LOOPS counts them by length and type;
// LOOPS INDEPENDENT lists a shortest independent loop set.
enum class LoopsForm { kList, kCount, kIndependent };

// LOOPS [INDEPENDENT] [THROUGH x], COUNT LOOPS [THROUGH x]. Their DEPTH may
// exceed kMaxDepth, up to kMaxLoopDepth, or be kAllDepths (DEPTH ALL):
// grammar/limits.hpp.
struct Loops {
  std::optional<Name> through;
  ChainOptions options;
  LoopsForm form = LoopsForm::kList;
};

struct Levers {  // LEVERS FOR t
  Name target;
  ChainOptions options;
};

struct Blindspots {  // BLINDSPOTS FOR t
  Name target;
  ChainOptions options;
};

// CONTRADICTIONS [FOR x] [LIMIT n]: pairs of claims that disagree.
// CONTRADICTIONS CHAINS FROM a TO b [DEPTH n] [VIA ...] [WHERE ...] [MIN
// BELIEF x] [ORDER BY belief] [LIMIT n]: pairs of chains of opposite net
// sign between a and b.
struct Contradictions {
  bool chains = false;
  std::optional<Name> focus;  // FOR x
  std::optional<Name> from;   // CHAINS FROM a TO b
  std::optional<Name> to;
  ChainOptions options;
};

// WHY s r o: the evidence of one claim.
// WHY a b:   the evidence for every step of the shortest chain from a to b.
struct Why {
  Name first;
  Name second;
  std::optional<Name> third;
};

// ADD s r o [QUOTE '...'] [SOURCE id] [CONFIDENCE x] [MODALITY m]
struct Add {
  Name subject;
  Name relation;
  Name object;
  std::optional<std::string> quote;
  std::optional<std::string> source;
  std::optional<double> confidence;
  std::optional<std::string> modality;
  // Where the quote, source and modality start, when given.
  std::size_t quote_offset = 0;
  std::size_t source_offset = 0;
  std::size_t modality_offset = 0;
  // QUOTE $q, SOURCE $s, CONFIDENCE $c, MODALITY $m, until bound.
  std::optional<Parameter> quote_parameter;
  std::optional<Parameter> source_parameter;
  std::optional<Parameter> confidence_parameter;
  std::optional<Parameter> modality_parameter;
};

struct Remove {  // REMOVE s r o
  Name subject;
  Name relation;
  Name object;
};

// LOAD 'file' [FORMAT name]
struct Load {
  std::string path;
  // The format named, which the engine checks against the formats it is
  // given; without one, the file's extension or content chooses.
  std::optional<Name> format;
};

// RENAME NODE a TO b: `node` gets the new id `new_name`.
struct Rename {
  Name node;
  Name new_name;
};

// MERGE a INTO b: `from`'s claims move onto `into`, and `from` goes.
struct Merge {
  Name from;
  Name into;
};

// REMOVE NODE a: the node with every claim that touches it.
struct RemoveNode {
  Name node;
};

using Body = std::variant<Match, Paths, Shortest, Reach, Loops, Levers, Blindspots, Contradictions,
                          Why, Add, Remove, Load, Rename, Merge, RemoveNode>;

enum class Mode { kRun, kExplain, kProfile };

enum class Format { kDefault, kTable, kJson, kDot };

// [AS TABLE|JSON|DOT] [TO 'file'] after any statement.
struct Output {
  Format format = Format::kDefault;
  std::optional<std::string> file;
};

struct Statement {
  Mode mode = Mode::kRun;
  Body body;
  Output output;
  // The parameters the statement uses, in order of appearance, each name
  // once (the first use); empty once their values are put in.
  std::vector<Parameter> parameters;
  std::size_t offset = 0;  // where the statement starts in the parsed text
  std::size_t length = 0;  // its length, without the closing `;`
};

}  // namespace causalkg::ast
