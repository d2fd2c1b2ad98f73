#include "kb/export/snapshot.hpp"

#include <algorithm>

namespace causalkg::kb {

Status TakeSnapshot(const Store& store, StoreSnapshot& snap) {
  CAUSALKG_RETURN_IF_ERROR(
      store.ForEachTerm([&](TermId id, const std::string& name, const TermInfo& info) {
        snap.terms.emplace(id, ExportTerm{name, info});
        return true;
      }));
  for (const auto& [id, term] : snap.terms) {
    if (term.info.roles & kRoleNode) snap.nodes.push_back(&term);
    if (term.info.roles & kRoleRelation) snap.relations.push_back(&term);
  }
  auto by_name = [](const ExportTerm* a, const ExportTerm* b) { return a->name < b->name; };
  std::sort(snap.nodes.begin(), snap.nodes.end(), by_name);
  std::sort(snap.relations.begin(), snap.relations.end(), by_name);
  CAUSALKG_RETURN_IF_ERROR(store.Scan({}, [&](const Triple& t) {
    snap.triples.push_back(t);
    return true;
  }));
  std::sort(snap.triples.begin(), snap.triples.end(), [&](const Triple& a, const Triple& b) {
    const std::string &as = snap.Name(a.subject), &bs = snap.Name(b.subject);
    if (as != bs) return as < bs;
    const std::string &ar = snap.Name(a.relation), &br = snap.Name(b.relation);
    if (ar != br) return ar < br;
    return snap.Name(a.object) < snap.Name(b.object);
  });
  auto sources = store.Sources();
  if (!sources.ok()) return std::move(sources).TakeStatus();
  snap.sources = std::move(sources).value();
  return Status::Ok();
}

}  // namespace causalkg::kb
