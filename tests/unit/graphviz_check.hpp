// Reading DOT as Graphviz and a person do: whether `dot` draws it without a
// word of complaint, the lines of its edges, and their attributes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace causalkg::testing {

// Runs `dot -Tsvg` on `dot_text`: what dot said on stderr, "" when it drew
// the diagram without a warning. A failure is said as "dot failed: ...".
std::string DotComplaints(const TempDir& dir, const std::string& dot_text);

// The lines of `dot_text` that draw an edge from the node of DOT id `from`
// (its name, unquoted) to that of `to`, outside the legend.
std::vector<std::string> EdgeLines(const std::string& dot_text, const std::string& from,
                                   const std::string& to);

// The value of `name` in an attribute list line (`penwidth=2.5` gives
// "2.5", `label="x\"y\ny"` gives `x"y`, a line break, `y`); none when absent.
std::optional<std::string> Attribute(const std::string& line, const std::string& name);

// The legend's cluster of `dot_text`, "" when it has none.
std::string LegendOf(const std::string& dot_text);

// The graph's title (its label).
std::string TitleOf(const std::string& dot_text);

}  // namespace causalkg::testing
