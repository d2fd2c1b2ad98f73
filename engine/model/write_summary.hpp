// What a write changed: counted by the store's write set, reported by ADD,
// REMOVE and LOAD.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace causalkg {

struct WriteSummary {
  std::uint64_t new_edges = 0;
  std::uint64_t new_nodes = 0;
  std::uint64_t new_relations = 0;
  std::uint64_t new_sources = 0;
  std::uint64_t evidence_added = 0;
  // Pieces already stored (the same source and quote) that now say more or
  // other: a locator, a stance, attributes.
  std::uint64_t evidence_updated = 0;
  std::uint64_t removed_edges = 0;
  std::uint64_t removed_evidence = 0;
  std::vector<std::string> warnings;
};

}  // namespace causalkg
