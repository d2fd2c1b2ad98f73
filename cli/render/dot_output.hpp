// Results as Graphviz DOT: a causal loop diagram.
//
// Nodes are labelled in the chosen language; causal edges carry their sign
// as a label, in a colour and line weight that still read in grey-scale (+
// dark blue, - red and thick, ? grey and dashed, with a legend that says
// so whenever a ? link is drawn); levers are boxes (recommendations dashed
// boxes) with dashed edges to what they act on, labelled by the relation;
// blind spots are filled; loops are marked R / B / U; a chain's net sign is
// in the graph's label. Valid DOT for any label.
#pragma once

#include <string>

#include "engine/common/status.hpp"
#include "engine/model/result.hpp"

namespace causalkg::cli {

// Whether `result` can be drawn (paths, loops, effects, causes, levers,
// blind spots, WHY, MATCH rows that form edges).
bool IsGraphShaped(const QueryResult& result);

// The DOT text; a Usage error when the result is not graph-shaped.
Result<std::string> ResultAsDot(const QueryResult& result, const std::string& language);

// `text` as a DOT double-quoted string, escaped.
std::string DotQuote(const std::string& text);

}  // namespace causalkg::cli
