// Kumu's JSON ("blueprints", and the project backups Kumu exports) as a
// causal map.
//
// A blueprint is {"elements": [...], "connections": [...], "loops": [...]};
// an element has a label, and optionally an id, a type, a description and
// tags; a connection goes from an element to another, named by id or label,
// with a type and a direction (directed, undirected or mutual). A backup
// holds the same under "_id" and "attributes", with the project's maps and
// views beside them. Field names are read case-insensitively, as Kumu does.
//
// What becomes what (each sentence of what was kept or dropped goes into
// the map's remarks):
// - an element: a node labelled with its label (id: the element's "id", or
//   one made from the label); its type: the node's kind; "label.nl" and
//   the like: labels in those languages; its description and tags: dropped;
// - a connection: a link. Its sign is read from its type when that is a
//   sign marker (+, -, ++, --, +-, -+, same, opposite, ...; see
//   SignOfMarker), from its label when that is one, or from a "polarity",
//   "sign" or "effect" field (a marker, a number, or null for a link that
//   is not causal); those that disagree are refused. Its relation is its
//   type when that names one (a built-in relation, or a relation of the
//   map's own with the one sign all its connections have), else increases,
//   decreases or influences by its sign. Its description is the quote of
//   its evidence, with the "source", "confidence" and "modality" fields
//   when present. An undirected connection is dropped (it has no cause);
//   a mutual one is a link each way; a reversed one is dropped (Kumu does
//   not document which way it then points); "delayed" is the link's
//   `delayed`, "weight" or "strength" its `weight`;
// - loops as drawn: named in a remark (LOOPS finds a map's loops itself).
#pragma once

#include <string>
#include <string_view>

#include "engine/common/status.hpp"
#include "kb/ingest/formats/causal_map.hpp"

namespace causalkg::kb::maps {

// The map in `text`, the content of `file`; a Load error at the line and
// column of the element or connection it is about.
Result<CausalMap> ParseKumu(std::string_view text, const std::string& file);

// Whether `head`, the start of a file, looks like Kumu JSON: an object with
// an "elements" or "connections" array and no "claims" array.
bool LooksLikeKumu(std::string_view head);

}  // namespace causalkg::kb::maps
