// Results as Graphviz DOT: a causal loop diagram.
//
// Nodes are labelled in the chosen language, and so are the diagram's own
// words (title, legend, tooltips: Dutch under nl, else English). Causal
// edges carry their sign (and with DotStyle::verbs their relation's verb),
// in a colour and line weight that still read in grey-scale; an edge whose
// evidence was looked at is as wide as its belief and dashed when its
// evidence only hedges. Levers are boxes (recommendations dashed boxes)
// with dashed edges to what they act on; other relations from a policy
// (the report's `overlooks`) are dotted; blind spots are filled; loops are
// marked R / B / U, also those among a LEVERS or BLINDSPOTS diagram's edges;
// WHY hangs a note of each quote from its claim's edge; a legend explains
// what the diagram draws. Valid DOT for any label (dot_look.hpp, the looks;
// dot_diagram.hpp, the drawing).
#pragma once

#include <cstddef>
#include <string>

#include "cli/render/dot_style.hpp"
#include "engine/common/status.hpp"
#include "engine/model/result.hpp"

namespace causalkg::cli {

// Past this many nodes a diagram is hard to read: drawing it warns.
inline constexpr std::size_t kBigDiagramNodes = 50;

struct DotDrawing {
  std::string text;       // the DOT
  std::size_t nodes = 0;  // of the graph drawn (not the legend's)
  // For a diagram of more than kBigDiagramNodes nodes: how many it has and
  // how the statement could be narrowed; "" otherwise. For stderr, never
  // for the DOT.
  std::string warning;
};

// The diagram; a Usage error when the result is not graph-shaped.
Result<DotDrawing> DrawDot(const QueryResult& result, const std::string& language,
                           const DotStyle& style = {});

// The DOT text alone.
Result<std::string> ResultAsDot(const QueryResult& result, const std::string& language,
                                const DotStyle& style = {});

// `text` as a DOT double-quoted string, escaped.
std::string DotQuote(const std::string& text);

}  // namespace causalkg::cli
