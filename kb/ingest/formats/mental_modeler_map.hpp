// Mental Modeler's models (.mmp; mentalmodeler.com) as causal maps.
//
// Mental Modeler saves a model as XML (<mentalmodeler> or <mentalModeler>)
// or, in its JavaScript versions, as JSON of the same shape: info (name,
// author, description), groupNames (index -> name), and concepts, each with
// an id, a name, notes, units, a group and relationships; a relationship
// names the concept it influences by id and has notes, a confidence and an
// influence: a number from -1 to 1, or H+, M+, L+, H-, M-, L-.
//
// What becomes what: a concept is a node labelled with its name; a named
// group is its kind. A relationship is a link whose sign is its
// influence's; the influence is its weight, H, M and L read as 1, 0.62 and
// 0.25 (Mental Modeler's own values, js/models/app.js and CMapConstants.as).
// A relationship's notes are the quote of its evidence. An influence left
// unset ("", undefined) is a link of unknown sign; one of 0 says there is
// no influence and is dropped. Concepts' notes and units, confidences
// (-2..2 in Mental Modeler, no 0..1 confidence), scenarios, preferred
// states and the layout are dropped; each is said in a remark.
#pragma once

#include <string>
#include <string_view>

#include "engine/common/status.hpp"
#include "kb/ingest/formats/causal_map.hpp"

namespace causalkg::kb::maps {

Result<CausalMap> ParseMentalModeler(std::string_view text, const std::string& file);

// Whether `head` looks like a Mental Modeler model: XML whose root is
// <mentalmodeler>, or JSON with "concepts" and Mental Modeler's "info" or
// "groupNames".
bool LooksLikeMentalModeler(std::string_view head);

}  // namespace causalkg::kb::maps
