// XMILE models (.xmile, and Stella's .stmx and .itmx): the main model's
// variables, and the diagram's connectors for their polarity marks.
//
// A <stock> depends on its <inflow>s (+) and <outflow>s (-); its <eqn> is its
// initial value and names no dependency. A <flow> or <aux> depends on what
// its <eqn> names; with a graphical function (<gf>) every such dependency is
// of unknown sign, and an <aux> whose <gf> reads nothing, or a <gf> of its
// own, is a lookup table. Arrays are one variable for all their elements.
// Units, documentation, the simulation's specs, modules, macros, the
// layout, non_negative and the vendors' extensions (isee:...) are dropped.
// A <connector polarity="+"> (or "-") signs the dependency it draws, over
// what the equation says.
#pragma once

#include <string>
#include <string_view>

#include "engine/common/status.hpp"
#include "kb/ingest/formats/sd_model.hpp"

namespace causalkg::kb {

// The model in `text`, read from `file` (named in errors with a line).
Result<sd::Model> ParseXmile(std::string_view text, const std::string& file);

// ParseXmile, then its graph (sd::BuildImport).
Result<sd::Import> ReadXmile(std::string_view text, const std::string& file);

}  // namespace causalkg::kb
