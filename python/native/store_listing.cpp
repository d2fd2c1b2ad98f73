#include "python/native/store_listing.hpp"

#include <set>

#include "engine/common/text_fold.hpp"
#include "engine/model/vocabulary.hpp"

namespace causalkg::python {

Result<std::vector<NodeEntry>> ListNodes(const Store& store, const std::string& pattern) {
  const std::string folded = FoldCase(pattern);
  std::vector<NodeEntry> nodes;
  Status s = store.ForEachTerm([&](TermId, const std::string& name, const TermInfo& info) {
    if (!(info.roles & kRoleNode)) return true;
    bool hit = folded.empty() || FoldCase(name).find(folded) != std::string::npos;
    for (const auto& [language, label] : info.labels)
      hit = hit || FoldCase(label).find(folded) != std::string::npos;
    if (hit) nodes.push_back({name, info.labels});
    return true;
  });
  if (!s.ok()) return s;
  return nodes;
}

Result<std::vector<RelationEntry>> ListRelations(const Store& store) {
  std::vector<RelationEntry> relations;
  std::set<std::string, std::less<>> stored;
  Status s = store.ForEachTerm([&](TermId, const std::string& name, const TermInfo& info) {
    if (!(info.roles & kRoleRelation)) return true;
    stored.insert(name);
    RelationEntry entry{name, info.polarity, FindBuiltin(name) != nullptr, true, info.labels};
    AddBuiltinLabels(name, entry.labels);
    relations.push_back(std::move(entry));
    return true;
  });
  if (!s.ok()) return s;
  for (const BuiltinRelation& builtin : BuiltinRelations()) {
    if (stored.count(builtin.id)) continue;
    RelationEntry entry{std::string(builtin.id), builtin.polarity, true, false, {}};
    AddBuiltinLabels(builtin.id, entry.labels);
    relations.push_back(std::move(entry));
  }
  return relations;
}

}  // namespace causalkg::python
