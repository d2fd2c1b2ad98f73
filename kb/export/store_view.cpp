#include "kb/export/store_view.hpp"

#include <algorithm>
#include <tuple>

#include "engine/common/utf8.hpp"

namespace causalkg::kb {

Result<StoreView> StoreView::Read(const Store& store) {
  StoreView view(store);
  CAUSALKG_RETURN_IF_ERROR(
      store.ForEachTerm([&](TermId id, const std::string& name, const TermInfo& info) {
        view.terms_.emplace(id, Term{name, info});
        return true;
      }));
  for (const auto& [id, term] : view.terms_) {
    if (term.info.roles & kRoleNode) view.nodes_.push_back(id);
  }
  std::sort(view.nodes_.begin(), view.nodes_.end(),
            [&](TermId a, TermId b) { return view.Name(a) < view.Name(b); });
  CAUSALKG_RETURN_IF_ERROR(store.Scan({}, [&](const Triple& t) {
    view.triples_.push_back(t);
    return true;
  }));
  std::sort(view.triples_.begin(), view.triples_.end(), [&](const Triple& a, const Triple& b) {
    return std::tie(view.Name(a.subject), view.Name(a.relation), view.Name(a.object)) <
           std::tie(view.Name(b.subject), view.Name(b.relation), view.Name(b.object));
  });
  return view;
}

Result<std::vector<Evidence>> StoreView::EvidenceOf(const Triple& t) const {
  if (store_->counts().evidence == 0) return std::vector<Evidence>{};
  auto found = store_->EvidenceOf(t);
  if (!found.ok()) return found;
  std::vector<Evidence> evidence = std::move(found).value();
  std::sort(evidence.begin(), evidence.end(), [](const Evidence& a, const Evidence& b) {
    return std::tie(a.source, a.quote, a.modality, a.confidence) <
           std::tie(b.source, b.quote, b.modality, b.confidence);
  });
  return evidence;
}

std::string ValidUtf8(std::string_view text, bool& replaced) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      replaced = true;
      ++i;
      continue;
    }
    out.append(text, i, length);
    i += length;
  }
  return out;
}

}  // namespace causalkg::kb
