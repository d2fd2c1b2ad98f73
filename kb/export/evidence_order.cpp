#include "kb/export/evidence_order.hpp"

#include <algorithm>
#include <tuple>

#include "engine/common/utf8.hpp"

namespace causalkg::kb {

Result<std::vector<Evidence>> SortedEvidenceOf(const Store& store, const Triple& t) {
  if (store.counts().evidence == 0) return std::vector<Evidence>{};
  auto found = store.EvidenceOf(t);
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
