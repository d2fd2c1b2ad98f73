// A result as rows: the one tabular view of every result type, with named
// columns of typed cells, for anything that lays results out as a table
// (the table renderer, a CSV writer, a DataFrame) or compares them (the
// query tests). Terms stay ids, each with what the result knows of it, so
// that a reader chooses how to show them (id, label in some language).
//
// The rows of each result type:
//   MATCH                 one column a returned variable: terms
//   COUNT MATCH           count: integer, one row
//   PATHS, SHORTEST       chain: chain | net sign: signs | belief: real (the chain's)
//   LOOPS                 type: text (R, B or U) | loop: chain | belief: real
//   EFFECTS / CAUSES      effect / cause: term | distance: integer | net sign: signs |
//                         belief: real | step: chain, the belief of the node's most
//                         believable shortest chain and that chain's step at the node
//                         (ChainEnd in result.hpp), a chain of one step along the arrows
//   LEVERS                lever: term | status: text (in place, recommended) | acts on: term |
//                         through: term | distance: integer | net sign: signs | belief: real
//                         (the lever's claim's times its node's best chain's)
//   BLINDSPOTS            blind spot: term | distance: integer | net sign: signs |
//                         recommended for it: terms | belief: real (its best chain's)
//                         A belief the answer did not weigh is an empty cell.
//   WHY                   subject | relation | object: terms | source: text | modality: text |
//                         confidence: real | quote: text | stance: text (supports, refutes) |
//                         belief: real (the claim's), one row a piece of evidence; a claim
//                         without evidence is one row whose five evidence cells are empty (the
//                         store keeps no piece with none of them)
//   CONTRADICTIONS        kind: text (opposite signs, refuted) | claim: chain | belief: real |
//                         sources: text | against: chain | belief against: real |
//                         sources against: text, one row a pair (a refuted claim is its own
//                         against, with the belief and sources of the pieces that refute it)
//   CONTRADICTIONS CHAINS chain | belief | against | belief against: a + chain, a - chain
//   ADD, REMOVE, LOAD,    new edges | new nodes | new relations | new sources | evidence added |
//   RENAME, MERGE         removed edges | removed evidence | removed nodes: integers, one row
//   EXPLAIN, PROFILE      step: text | rows: integer | ms: real
// What a result says beside its rows (cut short, a total, WHY's chain, a
// write's message) is in its facts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "engine/model/result.hpp"

namespace causalkg {

using NameTable = std::unordered_map<TermId, TermNames>;

// A node or relation: its id and what the result knows of it.
struct TermCell {
  TermId id = kNoTerm;
  const TermNames* names = nullptr;  // null when the result holds no names for the id
  // The term's name (its id text, e.g. "social_cohesion"); "" without names.
  const std::string& Name() const;
};

// Terms in order (BLINDSPOTS' recommendations); possibly none.
struct TermListCell {
  std::vector<TermCell> terms;
};

// A chain of causal steps: a path, a loop, WHY's chain. Step i leads from
// From(i) through Relation(i) to To(i); a loop's last step leads back to its
// first node.
struct ChainCell {
  const Path* path = nullptr;
  const NameTable* names = nullptr;
  // Or, without a path, a chain of one step (the step of EFFECTS' and
  // CAUSES' rows): `step` from `from` to `to`.
  const Step* step = nullptr;
  TermId from = kNoTerm;
  TermId to = kNoTerm;

  std::size_t steps() const { return path ? path->steps.size() : 1; }
  bool is_loop() const { return path && path->is_loop; }
  TermCell From(std::size_t step) const;
  TermCell Relation(std::size_t step) const;
  Polarity StepSign(std::size_t step) const { return StepAt(step).polarity; }
  TermCell To(std::size_t step) const;
  int NetSign() const { return path ? path->sign : SignOf(step->polarity); }
  // The step itself, with its evidence when the answer weighed it.
  const Step& StepAt(std::size_t i) const { return path ? path->steps[i] : *step; }
};

struct IntegerCell {
  std::int64_t value = 0;
};
struct RealCell {
  double value = 0;
};
// A net sign, or the set of net signs of several chains.
struct SignCell {
  SignSet signs;
};
// Text the result holds (or a fixed word such as "in place"), as stored:
// a reader escapes it for where it goes.
struct TextCell {
  std::string_view text;
};
// Nothing: a confidence not given, the evidence of a claim that has none.
struct EmptyCell {};

using Cell = std::variant<EmptyCell, TermCell, TermListCell, ChainCell, IntegerCell, RealCell,
                          SignCell, TextCell>;

// What the cells of a column are (a cell may also be empty).
enum class CellType { kTerm, kTerms, kChain, kInteger, kReal, kSigns, kText };

struct Column {
  std::string name;
  CellType type = CellType::kText;
};

// What a result says beside its rows.
struct ResultFacts {
  // There are more rows than these: cut at the LIMIT or the caps, or (for
  // net signs) at the step budget.
  bool truncated = false;
  // Cut at what one result may hold, whatever the LIMIT (result_bounds.hpp).
  bool capped = false;
  // The net signs come from part of the chains, those through these
  // components (null for none).
  bool signs_partial = false;
  const std::vector<SignComponent>* incomplete_components = nullptr;
  // EFFECTS, CAUSES: the nodes reached, also those past the LIMIT.
  std::optional<std::uint64_t> total;
  // WHY a b: the chain whose steps the rows explain.
  std::optional<ChainCell> chain;
  // ADD, REMOVE, LOAD: what was done, and the warnings of the write.
  std::string_view message;
  std::vector<std::string_view> warnings;
};

// The rows of `result`, made one at a time when asked for, so that a large
// result is never copied. `result` must outlive the view.
class ResultRows {
 public:
  explicit ResultRows(const QueryResult& result);

  const std::vector<Column>& columns() const { return columns_; }
  std::size_t size() const { return size_; }
  // Row `i` (< size()), one cell a column.
  std::vector<Cell> Row(std::size_t i) const;
  const ResultFacts& facts() const { return facts_; }

 private:
  std::vector<Column> columns_;
  std::size_t size_ = 0;
  std::function<void(std::size_t, std::vector<Cell>&)> row_;
  ResultFacts facts_;
};

}  // namespace causalkg
