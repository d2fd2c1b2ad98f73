#include "engine/exec/write_messages.hpp"

#include <algorithm>

#include "engine/binder/name_resolver.hpp"

namespace causalkg {

std::string DroppedText(const WriteSummary& summary) {
  const auto& dropped = summary.dropped_nodes;
  if (dropped.empty()) return "";
  // Named up to a few; a node with thousands of leaves gets a count.
  constexpr std::size_t kNamed = 5;
  const std::size_t named = std::min(dropped.size(), kNamed);
  std::string names;
  for (std::size_t i = 0; i < named; ++i) {
    const bool last = i + 1 == named && dropped.size() <= kNamed;
    names += (i == 0 ? "" : last ? " and " : ", ") + Quote(dropped[i]);
  }
  if (dropped.size() > kNamed) names += " and " + std::to_string(dropped.size() - kNamed) + " more";
  return dropped.size() == 1
             ? "; node " + names +
                   " was left with no claim and no label of its own, and is removed too"
             : "; nodes " + names +
                   " were left with no claim and no label of their own, and are removed too";
}

}  // namespace causalkg
