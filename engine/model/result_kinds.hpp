// Questions every result type answers, asked without knowing the type; each
// answer is given per type (result_visit.hpp), so a new result type must
// give its own.
#pragma once

#include <cstdint>

#include "engine/model/result.hpp"

namespace causalkg {

// The rows a statement produced, as PROFILE reports them: MATCH's rows (a
// COUNT's count), chains, loops, nodes, levers, WHY's pieces of evidence;
// 0 for a write or a plan.
std::uint64_t RowsOf(const ResultBody& body);

// Whether the result is of a statement that changed the store (ADD,
// REMOVE, LOAD), so that what was read from it before is out of date.
bool ChangedStore(const ResultBody& body);

// Whether the result can be drawn as a graph: every result but a write, a
// plan, COUNT MATCH and a MATCH whose returned columns form no edge.
bool IsGraphShaped(const ResultBody& body);

}  // namespace causalkg
