// The bound form of a statement: what the parser's tree says, with every
// name resolved to a term of the store, every default applied and every
// error that needs no run found. The planner and the executor work on this
// form only, so that nothing after binding looks a name up or fails on one.
//
// Each statement has here its bound type, which says whether running it
// changes the store (kWrites), and the two functions of its binder
// (engine/binder/bind_<statement>.cpp): Bind, from its AST node, and PlanOf,
// the plan tree EXPLAIN shows (MATCH's is chosen by the planner).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/binder/name_resolver.hpp"
#include "engine/common/status.hpp"
#include "engine/model/evidence_condition.hpp"
#include "engine/model/model.hpp"
#include "engine/model/result.hpp"
#include "engine/model/write_summary.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

class BindContext;

// A name of the statement bound to a term.
struct BoundTerm {
  TermId id = kNoTerm;
  // The name is no term of the store yet (`id` is kNoTerm): a new name in
  // ADD, or a built-in relation no claim has used (engine/model/
  // vocabulary.hpp), which any statement may name. A write creates the
  // term with `name` as its id; a read finds nothing of it, as no triple
  // holds kNoTerm.
  bool is_new = false;
  std::string name;        // the term's id in the store: how plans show it
  std::string typed;       // as the statement spelt it: how messages quote it
  std::size_t offset = 0;  // where it starts in the statement's text
};

// ORDER BY belief: the most believable chains first, or the least.
enum class BeliefOrder { kDescending, kAscending };

// The options of the chain statements, defaults applied.
struct BoundChainOptions {
  int depth = 0;
  std::vector<BoundTerm> via;  // causal relations; empty: every causal relation
  // Only chains of this net sign: kPositiveSign, kNegativeSign, or
  // kUnknownSign for `?` (engine/model/model.hpp).
  std::optional<int> sign;
  std::uint64_t limit = 0;
  // The steps followed: those with a piece of evidence that meets WHERE's
  // conditions, whose claim's belief is at least MIN BELIEF's. Empty:
  // every step.
  EvidenceFilter filter;
  // The chains ordered by their belief before LIMIT keeps the first; only
  // statements whose answer is chains take it.
  std::optional<BeliefOrder> order_by_belief;
};

// --- MATCH ------------------------------------------------------------------

// A position of a pattern: a constant term, or a variable by its index in
// BoundMatch::variables.
struct BoundSlot {
  int variable = -1;
  BoundTerm constant;  // when variable < 0
};

struct BoundPattern {
  std::array<BoundSlot, 3> terms;  // subject, relation, object
  // EVIDENCE ?e: the variable each piece of the claim's evidence is bound
  // to, a row a piece; -1 for none.
  int evidence = -1;
};

struct BoundOperand {
  enum class Kind { kTerm, kVariable, kSign, kSignText };
  Kind kind = Kind::kTerm;
  BoundTerm term;         // kTerm
  int variable = -1;      // kVariable, and kSign: sign(?v)
  std::string sign_text;  // kSignText: "+", "-", "?", or "" for 'none'
};

struct BoundComparison {
  BoundOperand left;
  BoundOperand right;
  bool equal = true;           // = (else <>)
  std::vector<int> variables;  // those it needs bound before it can be checked
};

// A condition on a field of an evidence variable: ?e.confidence >= 0.6.
struct BoundEvidenceCheck {
  int variable = -1;
  EvidenceCondition condition;  // its text names the field as ?e.field
};

// A column of RETURN or a key of ORDER BY: a variable, or a field of an
// evidence variable (?e.quote).
struct BoundColumn {
  int variable = -1;
  std::optional<EvidenceFieldRef> field;
  friend bool operator==(const BoundColumn&, const BoundColumn&) = default;
};

struct BoundOrderKey {
  BoundColumn column;
  bool descending = false;
};

struct BoundMatch {
  static constexpr bool kWrites = false;
  bool count = false;                  // COUNT MATCH
  std::vector<std::string> variables;  // "?a", in order of first appearance
  std::vector<NameRole> roles;         // of each variable, as first used
  // By variable: the pattern whose claim's pieces it ranges over (EVIDENCE
  // ?e), or -1 for a variable of terms.
  std::vector<int> evidence_of;
  std::vector<BoundPattern> patterns;              // as typed; the planner orders them
  std::vector<BoundComparison> where;              // on terms and signs, a conjunction
  std::vector<BoundEvidenceCheck> evidence_where;  // on evidence fields, a conjunction too
  std::vector<BoundColumn> returned;               // every variable when RETURN is left out
  std::vector<BoundOrderKey> order_by;             // empty: rows as the join finds them
  std::uint64_t limit = 0;                         // rows; for COUNT, where counting stops
  bool IsEvidence(int variable) const { return evidence_of[variable] >= 0; }
};
Result<BoundMatch> Bind(const ast::Match& match, const BindContext& context);
// How a pattern, a comparison and a column read in a plan: "(?a, increases,
// ?b)", "sign(?r) = '-'", "?e.quote".
std::string PatternText(const BoundMatch& match, const BoundPattern& pattern);
std::string ComparisonText(const BoundMatch& match, const BoundComparison& comparison);
std::string ColumnText(const BoundMatch& match, const BoundColumn& column);

// --- chains -----------------------------------------------------------------

struct BoundPaths {
  static constexpr bool kWrites = false;
  BoundTerm from;
  BoundTerm to;
  BoundChainOptions options;
};
Result<BoundPaths> Bind(const ast::Paths& paths, const BindContext& context);
PlanNode PlanOf(const BoundPaths& paths);

struct BoundShortest {
  static constexpr bool kWrites = false;
  BoundTerm from;
  BoundTerm to;
  BoundChainOptions options;
};
Result<BoundShortest> Bind(const ast::Shortest& shortest, const BindContext& context);
PlanNode PlanOf(const BoundShortest& shortest);

struct BoundReach {  // EFFECTS OF (downstream) / CAUSES OF (upstream)
  static constexpr bool kWrites = false;
  bool upstream = false;
  BoundTerm origin;
  BoundChainOptions options;
};
Result<BoundReach> Bind(const ast::Reach& reach, const BindContext& context);
PlanNode PlanOf(const BoundReach& reach);

// LOOPS, COUNT LOOPS, LOOPS INDEPENDENT. options.depth may be
// grammar::kAllDepths (DEPTH ALL).
struct BoundLoops {
  static constexpr bool kWrites = false;
  ast::LoopsForm form = ast::LoopsForm::kList;
  std::optional<BoundTerm> through;
  BoundChainOptions options;
  bool limit_given = false;  // a LIMIT was written: a stream stops at it too
};
Result<BoundLoops> Bind(const ast::Loops& loops, const BindContext& context);
PlanNode PlanOf(const BoundLoops& loops);

struct BoundLevers {
  static constexpr bool kWrites = false;
  BoundTerm target;
  BoundChainOptions options;
};
Result<BoundLevers> Bind(const ast::Levers& levers, const BindContext& context);
PlanNode PlanOf(const BoundLevers& levers);

struct BoundBlindspots {
  static constexpr bool kWrites = false;
  BoundTerm target;
  BoundChainOptions options;
};
Result<BoundBlindspots> Bind(const ast::Blindspots& blindspots, const BindContext& context);
PlanNode PlanOf(const BoundBlindspots& blindspots);

// CONTRADICTIONS [FOR x]: pairs of claims that disagree, of the VIA
// relations when given. CONTRADICTIONS CHAINS FROM a TO b: pairs of chains
// of opposite net sign (`chains`; `options.depth` bounds them).
struct BoundContradictions {
  static constexpr bool kWrites = false;
  bool chains = false;
  std::optional<BoundTerm> focus;
  BoundTerm from;  // CHAINS
  BoundTerm to;
  BoundChainOptions options;  // no sign
};
Result<BoundContradictions> Bind(const ast::Contradictions& contradictions,
                                 const BindContext& context);
PlanNode PlanOf(const BoundContradictions& contradictions);

// --- evidence and writes ----------------------------------------------------

// WHY s r o: the evidence of that claim (`relation` set).
// WHY a b: the evidence of each step of the shortest chain from `subject`
// to `object`, within `depth` steps.
struct BoundWhy {
  static constexpr bool kWrites = false;
  BoundTerm subject;
  std::optional<BoundTerm> relation;
  BoundTerm object;
  int depth = 0;
};
Result<BoundWhy> Bind(const ast::Why& why, const BindContext& context);
PlanNode PlanOf(const BoundWhy& why);

// Names that are no term yet are bound as new terms (is_new); every text is
// checked against the store's field rules.
struct BoundAdd {
  static constexpr bool kWrites = true;
  BoundTerm subject;
  BoundTerm relation;
  BoundTerm object;
  Evidence evidence;
  // A new node whose name is close to a node's already there
  // (engine/binder/near_names.hpp), said at the name.
  std::vector<PlacedWarning> warnings;
};
Result<BoundAdd> Bind(const ast::Add& add, const BindContext& context);
PlanNode PlanOf(const BoundAdd& add);

struct BoundRemove {
  static constexpr bool kWrites = true;
  BoundTerm subject;
  BoundTerm relation;
  BoundTerm object;
};
Result<BoundRemove> Bind(const ast::Remove& remove, const BindContext& context);
PlanNode PlanOf(const BoundRemove& remove);

struct BoundLoad {
  static constexpr bool kWrites = true;
  std::string path;
  // The format named, as the loader names it; empty to choose by the
  // file's extension, else its content.
  std::string format;
};
Result<BoundLoad> Bind(const ast::Load& load, const BindContext& context);
PlanNode PlanOf(const BoundLoad& load);

// --- the statement ----------------------------------------------------------

// --- nodes -----------------------------------------------------------------

// What a node has that a write takes along or away: its claims (as subject
// or object; a claim on itself once) and their pieces of evidence.
struct NodeClaims {
  std::vector<Triple> claims;
  std::uint64_t evidence = 0;
};

// RENAME NODE a TO b: the node keeps its number, and with it its claims,
// evidence and labels; only its id changes.
struct BoundRename {
  static constexpr bool kWrites = true;
  BoundTerm node;
  std::string new_name;
  std::size_t new_name_offset = 0;
  NodeClaims has;
  std::size_t labels = 0;
};
Result<BoundRename> Bind(const ast::Rename& rename, const BindContext& context);
PlanNode PlanOf(const BoundRename& rename);

// MERGE a INTO b: each claim of `from` becomes the same claim of `into`,
// joining the claim `into` has when it has it already (its evidence kept,
// a piece with the same source and quote once: the store's evidence key);
// `from`'s labels go to `into` in the languages `into` has none in; `from`
// goes. A claim between the two, which would make `into` a cause of
// itself, is refused: REMOVE it first.
struct BoundMerge {
  static constexpr bool kWrites = true;
  BoundTerm from;
  BoundTerm into;
  NodeClaims has;
  std::uint64_t joined = 0;          // claims `into` has already
  std::uint64_t evidence_there = 0;  // pieces those have already
  Labels labels_kept;                // given to `into`
  Labels labels_dropped;             // `into` has its own in their language
};
Result<BoundMerge> Bind(const ast::Merge& merge, const BindContext& context);
PlanNode PlanOf(const BoundMerge& merge);
// `triple` with `from` in its place, as MERGE makes it.
Triple Merged(const BoundMerge& merge, const Triple& triple);

// REMOVE NODE a: the node, its claims and their evidence.
struct BoundRemoveNode {
  static constexpr bool kWrites = true;
  BoundTerm node;
  NodeClaims has;
};
Result<BoundRemoveNode> Bind(const ast::RemoveNode& remove, const BindContext& context);
PlanNode PlanOf(const BoundRemoveNode& remove);

using BoundBody =
    std::variant<BoundMatch, BoundPaths, BoundShortest, BoundReach, BoundLoops, BoundLevers,
                 BoundBlindspots, BoundContradictions, BoundWhy, BoundAdd, BoundRemove, BoundLoad,
                 BoundRename, BoundMerge, BoundRemoveNode>;

struct BoundStatement {
  ast::Mode mode = ast::Mode::kRun;
  // Whether running it changes the store: ADD, REMOVE, LOAD and the
  // statements on nodes, unless only explained.
  bool writes = false;
  std::size_t offset = 0;  // where the statement starts in its text
  BoundBody body;
};

}  // namespace causalkg
