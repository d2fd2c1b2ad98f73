// The graph a result draws, as Python objects for networkx: the same nodes
// and edges that `AS DOT` draws (cli/render/dot_output.cpp) — a chain's
// steps, a diagram's edges, the edges a MATCH row's patterns form — each
// edge once, with its relation, sign and, when the answer looked, its
// evidence.
#pragma once

#include <pybind11/pybind11.h>

#include "engine/model/result.hpp"
#include "python/native/result_objects.hpp"

namespace causalkg::python {

// {"nodes": [(id, {label, labels, is_lever, is_recommendation})],
//  "edges": [(from, to, relation, {relation, sign, rows[, evidence]})],
//  "focus": [ids the statement named: FROM and TO, OF, FOR, THROUGH]}.
// An edge's sign is "+", "-", "?" or None (not causal); its "rows" are the
// indices of the result's rows that draw it (none for a diagram's edges).
// Throws StatusError (a Usage error) for a result that is no graph.
pybind11::dict ResultGraph(const QueryResult& result, const ResultObjects& objects);

}  // namespace causalkg::python
