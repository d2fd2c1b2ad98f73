// What a store holds, listed for Python: its nodes, its relations (also the
// built-in ones no claim uses yet, as `.relations` lists them), its sources
// and its counts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/model.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::python {

struct NodeEntry {
  std::string id;
  Labels labels;
};

struct RelationEntry {
  std::string id;
  Polarity polarity = Polarity::kNone;
  bool built_in = false;  // in causalkg's vocabulary (engine/model/vocabulary.hpp)
  bool stored = false;    // some claim uses it (else a built-in one no claim uses yet)
  Labels labels;          // a built-in one's labels where the store gives none
};

// The nodes whose id or a label holds `pattern` (case-folded), all of them
// for "", in id order.
Result<std::vector<NodeEntry>> ListNodes(const Store& store, const std::string& pattern);

// The relations in the store, in the order they came, then the built-in
// ones no claim uses yet.
Result<std::vector<RelationEntry>> ListRelations(const Store& store);

}  // namespace causalkg::python
