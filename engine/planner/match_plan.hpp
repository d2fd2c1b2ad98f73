// The plan of a MATCH: the order of its join, chosen from how many triples
// each pattern's constants match, and the tree that shows it.
#pragma once

#include "engine/binder/bound_statement.hpp"
#include "engine/planner/plan.hpp"
#include "engine/storage/store.hpp"

namespace causalkg {

// The patterns in join order: at each step the one with the most positions
// already bound (constants, or variables of earlier steps), then the one
// whose constants match the fewest triples, then the first typed. Each WHERE
// comparison is checked at the first step that binds all it needs.
// Estimates read capped prefix counts from the store; with one pattern
// there is no order to choose, and they are read only when `shown`.
Result<std::vector<JoinStep>> PlanJoin(const Store& store, const BoundMatch& match, bool shown);

// The tree of `join`: scans, joins and filters from the bottom up, under
// the limit or ORDER BY, and the columns returned. With `profile`, each
// node carries the rows it gave.
PlanNode MatchTree(const BoundMatch& match, const std::vector<JoinStep>& join,
                   const RunProfile* profile = nullptr);

}  // namespace causalkg
