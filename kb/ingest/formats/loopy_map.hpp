// LOOPY's saved models (ncase.me/loopy) as causal maps.
//
// LOOPY saves a model as one JSON array (js/Model.js, serialize):
//   [nodes, edges, labels, next id]
//   node:  [id, x, y, initial value, label, hue]
//   edge:  [from id, to id, arc, strength, rotation (self-loops only)]
//   label: [x, y, text]              (text written on the canvas)
// with the texts percent-encoded (encodeURIComponent). A file saved with
// "save as file" holds that array; a link to a model holds it percent-encoded
// once more after "?data=". Both are read: a file, the link itself, or the
// part after "data=".
//
// What becomes what: a node is a node labelled with its label (id made from
// the label); an edge a link whose sign is its strength's (+1 increases,
// -1 decreases) and whose weight is the strength. Arrows drawn twice between
// the same nodes with the same sign (LOOPY's way to draw a stronger link)
// are one link whose weight is their strengths' sum. Initial values, the
// layout and the canvas's texts are dropped, each said in a remark. An edge
// of strength 0 has no sign and is refused, as is one to a node the file
// does not have.
#pragma once

#include <string>
#include <string_view>

#include "engine/common/status.hpp"
#include "kb/ingest/formats/causal_map.hpp"

namespace causalkg::kb::maps {

Result<CausalMap> ParseLoopy(std::string_view text, const std::string& file);

// Whether `head` looks like a LOOPY model: "[[[" (a file) or a link with
// "data=[[[".
bool LooksLikeLoopy(std::string_view head);

}  // namespace causalkg::kb::maps
