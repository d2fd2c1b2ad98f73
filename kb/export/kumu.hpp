// Writing a store as a Kumu blueprint (JSON), so that a map can go back to
// Kumu, and come back again: loading the blueprint gives the same claims.
//
//   {"elements": [{"id": "digitalisation", "label": "digitalisation",
//                  "label.nl": "digitalisering", "type": "driver"}, ...],
//    "connections": [{"from": "digitalisation", "to": "individualisation",
//                     "type": "strengthens", "polarity": "+",
//                     "description": "<quote>", "source": "scp-2025",
//                     "confidence": 0.6, "modality": "can"}, ...]}
//
// An element is a node: its id, its English label (its id when it has
// none), its labels in other languages as "label.LANG", and a kind (the
// object of one of its is_a triples without evidence, whose name is an id
// as Kumu's types make them) as its type. A connection is a piece of
// evidence (or a triple that has none): its relation as type, the
// relation's sign as polarity (null for one declared not causal, none for
// one whose polarity was never given), the quote as description, and
// source, confidence and modality as fields of their own. Kumu has no place
// for a relation's labels; they are not written. (An element's label is
// its id when the node has no English label: Kumu shows elements by label.)
#pragma once

#include <cstdint>
#include <ostream>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"
#include "kb/export/snapshot.hpp"

namespace causalkg::kb {

// Writes all of `snapshot` (of `store`) to `out` as a Kumu blueprint. Text
// that is not valid UTF-8 is written with U+FFFD in place of its bad bytes;
// `not_utf8` counts the elements and connections that had such text.
Status WriteKumu(const Store& store, const StoreSnapshot& snapshot, std::ostream& out,
                 std::uint64_t& not_utf8);

}  // namespace causalkg::kb
