// What an export writes, read from the store once and ordered by name, so
// that every writer's output depends only on the store's content, never on
// its internal ids.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::kb {

struct ExportTerm {
  std::string name;
  TermInfo info;
};

struct StoreSnapshot {
  std::unordered_map<TermId, ExportTerm> terms;
  std::vector<const ExportTerm*> nodes;      // by name
  std::vector<const ExportTerm*> relations;  // by name
  std::vector<Triple> triples;               // by subject, relation, object name
  std::vector<SourceInfo> sources;           // by id
  const std::string& Name(TermId id) const { return terms.at(id).name; }
};

Status TakeSnapshot(const Store& store, StoreSnapshot& snap);

}  // namespace causalkg::kb
