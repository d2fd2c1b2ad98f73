// The plan of a statement: the tree EXPLAIN shows, and the choices the
// executor follows (for MATCH, the order of its join). Built from the
// bound statement and the store's counts; planning runs nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/model/result.hpp"

namespace causalkg {

// One step of a MATCH join: the rows so far extended by the triples of one
// pattern, looked up with the variables already bound.
struct JoinStep {
  std::size_t pattern = 0;  // index in BoundMatch::patterns
  // How many triples the pattern's constants alone match, when estimated.
  std::optional<std::uint64_t> estimate;
  std::vector<int> join_on;         // variables bound by earlier steps
  std::vector<std::size_t> checks;  // WHERE comparisons all of whose variables are bound here
  // The pattern's EVIDENCE ?e, when it has one: its pieces are read once the
  // pattern is bound (after `checks`), a row a piece, and these conditions
  // on ?e's fields (BoundMatch::evidence_where) kept.
  std::vector<std::size_t> evidence_checks;
};

struct StatementPlan {
  // What EXPLAIN and PROFILE show; empty for a statement that only runs,
  // which has no use for its text.
  PlanNode tree;
  std::vector<JoinStep> join;  // MATCH: its patterns in the order they are joined
};

// What a run counted, for PROFILE.
struct JoinStepCounts {
  std::uint64_t lookups = 0;      // scans of the step's pattern, one per row coming in
  std::uint64_t matched = 0;      // rows out of the join, before the step's checks
  std::uint64_t kept = 0;         // rows that passed the step's checks
  std::uint64_t pieces = 0;       // EVIDENCE ?e: pieces read for the rows kept
  std::uint64_t pieces_kept = 0;  // of them, those that met the conditions on ?e
};

struct RunProfile {
  std::uint64_t rows = 0;  // of the result
  double milliseconds = 0;
  std::uint64_t adjacency_lists_read = 0;
  std::uint64_t evidence_scans = 0;  // of a node's claims, or of claims into a node
  // Triples read by scans of every triple, for the lists of most nodes at once.
  std::uint64_t triples_scanned = 0;
  std::uint64_t links_kept = 0;      // from such a scan by an earlier query of the same store state
  std::vector<JoinStepCounts> join;  // MATCH: by step of StatementPlan::join
  // EFFECTS, CAUSES, LEVERS, BLINDSPOTS: the strongly connected components
  // of 2+ nodes among the nodes reached, the largest's size, and the steps
  // enumerated inside them to settle net signs (engine/exec/net_signs.hpp).
  std::uint64_t strong_components = 0;
  std::uint64_t largest_component = 0;
  std::uint64_t steps_enumerated = 0;
  // When those steps ran out before every sign was settled: the budget they
  // had, and how many components' chains it left unfinished; else 0.
  std::uint64_t sign_budget = 0;
  std::uint64_t components_past_budget = 0;
};

}  // namespace causalkg
