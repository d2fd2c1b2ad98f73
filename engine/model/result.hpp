// The results of evaluating a statement: typed, with every term as an id and
// a table of the names and labels of the ids they mention, so that output
// formats (table, JSON, DOT) need no store.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "engine/model/belief.hpp"
#include "engine/model/evidence_condition.hpp"
#include "engine/model/evidence_summary.hpp"
#include "engine/model/model.hpp"
#include "engine/model/write_summary.hpp"

namespace causalkg {

// A set of net signs: which of +, - and ? (a chain with a step of unknown
// sign) the chains into or out of a node have.
struct SignSet {
  bool positive = false;
  bool negative = false;
  bool unknown = false;
  // Whether these are the signs of all the chains, or of part of them (a
  // search's budget ran out): the text then ends in "…".
  bool complete = true;
  void Add(int sign) { (sign > 0 ? positive : sign < 0 ? negative : unknown) = true; }
  bool Has(int sign) const { return sign > 0 ? positive : sign < 0 ? negative : unknown; }
  // The signs in the order + - ?, joined by "/": "+", "-", "?", "+/-",
  // "+/?", "-/?", "+/-/?"; "" for none; ending in "…" when not complete.
  std::string Text() const;
  std::vector<std::string> List() const;  // the same order: ["+"], ["+", "-", "?"], ...
};

struct Step {
  TermId relation = kNoTerm;
  Polarity polarity = Polarity::kNone;
  // The evidence of the claim this step follows, when the answer looked.
  std::optional<EvidenceSummary> evidence;
};

// A chain of effects: nodes[i] -steps[i]-> nodes[i+1]. For a loop, `nodes`
// does not repeat the first node at the end and steps.size() == nodes.size().
struct Path {
  std::vector<TermId> nodes;
  std::vector<Step> steps;
  // The net sign (model.hpp): the product of the steps' signs, +1, -1, or
  // kUnknownSign when a step's sign is not stated.
  int sign = kPositiveSign;
  bool is_loop = false;
  // The chain's belief, when its steps' evidence was looked at: the
  // product of its steps' beliefs (ChainBelief).
  std::optional<double> belief;
  // R (reinforcing: an even number of negative steps), B (balancing: an odd
  // number), or U (unknown: a step of unknown sign).
  char LoopType() const { return sign > 0 ? 'R' : sign < 0 ? 'B' : 'U'; }
};

// One end of an edge drawn from MATCH rows: a column of the row, or a
// constant of the pattern.
struct EdgeEnd {
  int column = -1;
  TermId constant = kNoTerm;
};

// A column of a MATCH that shows evidence (EVIDENCE ?e): one field of its
// pieces (RETURN ?e.quote), or the whole piece (RETURN ?e) when none.
struct MatchEvidenceColumn {
  std::optional<EvidenceFieldRef> field;
};

struct MatchResult {
  std::vector<std::string> columns;  // "?a", "?b", "?e.quote"
  // By column, when some column shows evidence: that column's field, or
  // none for a column of terms. Empty when every column holds terms.
  std::vector<std::optional<MatchEvidenceColumn>> evidence_columns;
  // The patterns whose subject, relation and object all appear in a row (as
  // returned columns or constants): each row draws these edges.
  std::vector<std::array<EdgeEnd, 3>> edge_patterns;
  // A cell a column: a term's id, or in a column of evidence the index of
  // its piece in `pieces`.
  std::vector<std::vector<TermId>> rows;
  std::vector<Evidence> pieces;
  bool count_only = false;
  std::uint64_t count = 0;
  bool truncated = false;  // more rows than LIMIT
  // Cut at what one result may hold (engine/model/result_bounds.hpp), whatever
  // the LIMIT. Implies `truncated`.
  bool capped = false;
  // Whether column `c` shows evidence, whose cells index `pieces`.
  bool IsEvidence(std::size_t c) const {
    return c < evidence_columns.size() && evidence_columns[c].has_value();
  }
};

enum class PathKind { kPaths, kShortest, kLoops };

// A strongly connected component of the causal graph, as LOOPS INDEPENDENT
// reports it: its size, its cyclomatic number (links - nodes + 1: how many
// independent loops it has) and how many loops the independent set holds.
struct LoopComponent {
  TermId first = kNoTerm;  // its node of smallest id, to name it
  std::uint64_t nodes = 0;
  std::uint64_t links = 0;
  std::uint64_t independent_loops = 0;
  std::int64_t Cyclomatic() const {
    return static_cast<std::int64_t>(links) - static_cast<std::int64_t>(nodes) + 1;
  }
};

struct PathsResult {
  PathKind kind = PathKind::kPaths;
  std::vector<Path> paths;
  bool truncated = false;
  bool capped = false;  // cut at what one result may hold; implies `truncated`
  // LOOPS INDEPENDENT: the loops are a shortest independent loop set, and
  // these the components it covers.
  bool independent = false;
  std::vector<LoopComponent> components;
};

// COUNT LOOPS: how many loops there are of each length, by type.
struct LoopTally {
  int length = 0;
  std::uint64_t reinforcing = 0;  // R
  std::uint64_t balancing = 0;    // B
  std::uint64_t unknown = 0;      // U: a link of unknown sign
  std::uint64_t Total() const { return reinforcing + balancing + unknown; }
};

struct LoopCountResult {
  std::optional<TermId> through;
  int depth = 0;  // the most steps counted; kAllDepths (engine/exec/loops.hpp) for any
  bool all_depths = false;
  std::vector<LoopTally> lengths;  // the lengths that have loops, shortest first
  LoopTally Sum() const {
    LoopTally sum;
    for (const LoopTally& t : lengths) {
      sum.reinforcing += t.reinforcing;
      sum.balancing += t.balancing;
      sum.unknown += t.unknown;
    }
    return sum;
  }
};

// How a node of EFFECTS, CAUSES or BLINDSPOTS is reached by the most
// believable of its shortest chains from the statement's node (against the
// arrows for CAUSES and BLINDSPOTS): that chain's step at the node, and the
// chain's belief. Of the chains of fewest steps, the one whose product of
// beliefs is highest; of several as high, the one whose step at the node
// comes first by the store's order of terms (its ids): its nearer node,
// then its relation.
struct ChainEnd {
  // The other end of that step: the node one step nearer the statement's
  // node. The step leads from it (EFFECTS) or to it (CAUSES, BLINDSPOTS).
  TermId nearer = kNoTerm;
  Step step;          // its relation, sign and evidence
  double belief = 0;  // the chain's: the product of its steps' beliefs
};

// A strongly connected component (or a node with a link to itself) whose
// chains the step budget for net signs could not finish walking: named by
// its node of smallest id, with its size in nodes and the budgeted steps
// spent walking its links.
struct SignComponent {
  TermId node = kNoTerm;
  std::uint32_t size = 0;
  std::uint64_t steps = 0;
};

struct ReachedNode {
  TermId id = kNoTerm;
  int distance = 0;
  SignSet signs;
  std::optional<ChainEnd> chain;  // when the answer weighed its chains
  // When its signs are not complete: the components of the result's
  // `incomplete_components` (by their node) its unsettled signs pass through.
  std::vector<TermId> signs_depend_on;
};

struct ReachResult {
  bool upstream = false;  // CAUSES OF
  TermId origin = kNoTerm;
  std::vector<ReachedNode> nodes;
  std::uint64_t total = 0;  // nodes reached, also those past LIMIT
  bool truncated = false;
  bool capped = false;  // cut at what one result may hold; implies `truncated`
  // The net signs come from part of the chains: the search's step budget
  // ran out (distances stay exact). Implies `truncated`.
  bool signs_partial = false;
  // The components whose chains the budget could not finish, largest first.
  std::vector<SignComponent> incomplete_components;
};

struct LeverRow {
  TermId lever = kNoTerm;
  TermId relation = kNoTerm;
  TermId target = kNoTerm;  // the node the lever acts on
  int distance = 0;         // from target to the statement's node
  SignSet signs;            // of target's chains into the statement's node
  bool recommended = false;
  // When the answer weighed the evidence: that of the lever's own claim
  // (lever -relation-> target); the belief of target's most believable
  // shortest chain into the statement's node (1 when target is that node);
  // and their product, what the lever's reach is worth.
  std::optional<EvidenceSummary> evidence;
  std::optional<double> chain_belief;
  std::optional<double> belief;
  std::vector<TermId> signs_depend_on;  // as ReachedNode's
};

struct LeversResult {
  TermId target = kNoTerm;
  std::vector<LeverRow> levers;
  bool truncated = false;
  bool capped = false;  // cut at what one result may hold; implies `truncated`
  // The net signs come from part of the chains: the search's step budget
  // ran out (distances stay exact). Implies `truncated`.
  bool signs_partial = false;
  // The components whose chains the budget could not finish, largest first.
  std::vector<SignComponent> incomplete_components;
};

struct BlindspotRow {
  TermId id = kNoTerm;
  int distance = 0;
  SignSet signs;
  std::vector<TermId> recommendations;
  std::optional<ChainEnd> chain;        // into the statement's node, when weighed
  std::vector<TermId> signs_depend_on;  // as ReachedNode's
};

struct BlindspotsResult {
  TermId target = kNoTerm;
  std::vector<BlindspotRow> nodes;
  bool truncated = false;
  bool capped = false;  // cut at what one result may hold; implies `truncated`
  // The net signs come from part of the chains: the search's step budget
  // ran out (distances stay exact). Implies `truncated`.
  bool signs_partial = false;
  // The components whose chains the budget could not finish, largest first.
  std::vector<SignComponent> incomplete_components;
};

// A claim and the evidence recorded for it (none for a claim added bare),
// with the belief its evidence gives it (engine/model/belief.hpp).
struct ClaimEvidence {
  Triple triple;
  std::vector<Evidence> evidence;
  Belief belief;
};

struct WhyResult {
  std::optional<Path> chain;          // WHY a b: the shortest chain explained
  std::vector<ClaimEvidence> claims;  // the claim, or each step of the chain, in order
  // The claim's belief, or the chain's: the product of its steps' beliefs,
  // also of steps left out below.
  double belief = 1;
  // Evidence cut at what one result may hold (engine/model/result_bounds.hpp):
  // later pieces, and the later steps' claims, are left out.
  bool capped = false;
  std::size_t EvidenceCount() const {
    std::size_t n = 0;
    for (const ClaimEvidence& c : claims) n += c.evidence.size();
    return n;
  }
};

// One side of a contradiction: a claim (a chain of one step) or a chain,
// with its belief and, for a claim, the pieces of evidence that side rests
// on.
struct ContradictionSide {
  Path chain;
  // The side's belief: a claim's (its supporting pieces' against its
  // refuting ones'), a chain's (the product of its steps'), or, for the
  // refuting side of a refuted claim, that of the pieces that refute it.
  double belief = 0;
  std::vector<double> step_beliefs;  // a chain's, step by step
  std::vector<Evidence> evidence;    // a claim's pieces: both stances, or those of its side
};

enum class ContradictionKind {
  kOppositeSigns,   // the same subject and object, relations of polarity + and -
  kRefuted,         // a claim, and pieces of its evidence that refute it
  kOppositeChains,  // chains of net sign + and - between the same ends
};

// "opposite signs", "refuted", "opposite chains".
const char* ContradictionKindText(ContradictionKind kind);

// Two sides that disagree: `side` is the + claim or chain, or the refuted
// claim's support; `against` the - one, or the refuting pieces.
struct Contradiction {
  ContradictionKind kind = ContradictionKind::kOppositeSigns;
  ContradictionSide side;
  ContradictionSide against;
  // How much the disagreement weighs: the belief of its weaker side.
  double Strength() const { return side.belief < against.belief ? side.belief : against.belief; }
};

struct ContradictionsResult {
  bool chains = false;                  // CONTRADICTIONS CHAINS
  std::optional<TermId> focus;          // FOR x
  TermId from = kNoTerm, to = kNoTerm;  // CHAINS FROM a TO b
  // The strongest first: by the weaker side's belief, then the stronger's.
  std::vector<Contradiction> pairs;
  bool truncated = false;
  bool capped = false;  // cut at what one result may hold; implies `truncated`
  // CHAINS: there were more chains than are paired (engine/exec's
  // kMaxPairedChains); the pairs come from the shortest. Implies `truncated`.
  bool chains_partial = false;
};

struct WriteResult {
  std::string message;  // "Added ...", "Removed ...", "Loaded ..."
  WriteSummary summary;
};

// EXPLAIN / PROFILE: how a statement runs, as a tree of operators whose
// children feed them. Details name terms and variables as a person reads
// them, never by internal id. PROFILE fills in what the run counted.
struct PlanCounter {
  std::string name;  // "adjacency lists read"
  std::uint64_t value = 0;
};

struct PlanNode {
  std::string operation;  // "scan", "index join", "filter", "bidirectional BFS", "write"
  std::string detail;     // "(?a, increases, ?b) ~120 triples"
  std::vector<PlanNode> children;
  // PROFILE only: the rows this operator gave, the time of the whole
  // statement (on the root), and other work it counted.
  std::optional<std::uint64_t> rows;
  std::optional<double> milliseconds;
  std::vector<PlanCounter> counters;
};

struct PlanResult {
  PlanNode root;
};

using ResultBody =
    std::variant<MatchResult, PathsResult, ReachResult, LeversResult, BlindspotsResult,
                 ContradictionsResult, WhyResult, WriteResult, PlanResult, LoopCountResult>;

// An edge of a result's diagram: a causal step (polarity +, - or ?) or a
// policy acting on a node (Polarity::kNone).
struct GraphEdge {
  TermId from = kNoTerm;
  TermId relation = kNoTerm;
  TermId to = kNoTerm;
  Polarity polarity = Polarity::kNone;
  // The evidence of the claim drawn, when the answer looked.
  std::optional<EvidenceSummary> evidence;
};

struct TermNames {
  std::string name;
  Labels labels;
  Polarity polarity = Polarity::kNone;  // for relations
  bool is_lever = false;
  bool is_recommendation = false;
};

struct QueryResult {
  ResultBody body;
  std::unordered_map<TermId, TermNames> names;
  // For EFFECTS, CAUSES, LEVERS and BLINDSPOTS: the edges among the nodes
  // involved, so that the result can be drawn.
  std::vector<GraphEdge> diagram;
  // For PROFILE: the result's own plan with timings.
  std::optional<PlanResult> profile;
};

}  // namespace causalkg
