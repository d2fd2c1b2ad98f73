// The property that the two ways of loading claims agree, for one line of
// input: loaded as a one-line JSON Lines file (read by the fast claim reader
// when it can, else by the general reader) and as the JSON document that
// holds the same object, the line stores the same thing, or both loads fail.
//
// A line that is not one JSON value on its own must fail as JSON Lines (a
// document around it would be a different document). A declaration line
// ({"relation": {...}}, {"node": ...}, {"source": {...}}) is compared with a
// document that declares the same object in its "relations", "nodes" or
// "sources"; any other line with {"claims": [line]}.
//
// The two stores are kept from one call to the next while the loads agree
// (they then hold the same), so a line is also checked against what earlier
// lines stored; they start empty after a disagreement and every 100 lines
// that load. A disagreement is checked again on empty stores, and `why` says
// whether the line disagrees on its own.
//
// Shared by the unit tests and the loader's fuzz target; no test framework.
#pragma once

#include <string>
#include <string_view>

namespace causalkg::testing {

// True when the two loads of `line` agree; otherwise false, and `why` (when
// given) says how they differ. `loaded` (when given) says whether both loads
// stored the line. A `line` holding a newline is several lines of JSON
// Lines, outside the property: true.
bool LoadPathsAgree(std::string_view line, std::string* why, bool* loaded = nullptr);

}  // namespace causalkg::testing
