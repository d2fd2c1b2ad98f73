// A causal map (Kumu, LOOPY, Mental Modeler) into the claim sink: the one
// step every map reader ends with, so that all maps become claims alike.
//
// The map becomes a source named after its file (its tool, title and what
// it says of itself); each node a node with its labels and kind; each
// relation of the map's own a declared relation; each link a claim with one
// piece of evidence, from the map's source unless the link names another,
// imported from the map's tool, with the link's weight and delay as its
// attributes. The notes say so, with the map's own remarks.
#pragma once

#include <string>
#include <string_view>

#include "engine/common/status.hpp"
#include "kb/ingest/claim_sink.hpp"
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/formats/causal_map.hpp"

namespace causalkg::kb::maps {

// Hands `map`, read from `file`, to `sink`. An error names the element,
// node or concept it is about.
Status SinkMap(const CausalMap& map, const std::string& file, ClaimSink& sink);

// Reads all of `input` with `parse` and hands the map to `sink`.
Status ReadMap(FormatInput& input, ClaimSink& sink,
               Result<CausalMap> (*parse)(std::string_view text, const std::string& file));

// The id of the source a map read from `file` becomes: its name without
// its folders.
std::string MapSourceId(std::string_view file);

// The tool a map's evidence is imported from, as evidence names it: "kumu",
// "loopy", "mental-modeler".
std::string ToolId(std::string_view tool);

// A delayed link's attribute: delay=yes (the maps say that a link is
// delayed, not by how much).
inline constexpr std::string_view kDelayAttribute = "delay";
inline constexpr std::string_view kDelayed = "yes";

}  // namespace causalkg::kb::maps
