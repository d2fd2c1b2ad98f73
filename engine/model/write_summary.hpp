// What a write changed: counted by the store's write set, reported by ADD,
// REMOVE, LOAD and the statements that rename, merge and remove nodes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace causalkg {

// A warning about a name of a statement, with where the name starts in the
// statement's text (a byte offset), for the caller, who has the text, to say
// its line and column.
struct PlacedWarning {
  std::size_t offset = 0;
  std::string text;
};

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
  // Nodes removed: by REMOVE NODE or MERGE, and those a removal left with no
  // claim and no label of their own (also named in dropped_nodes).
  std::uint64_t removed_nodes = 0;
  std::vector<std::string> dropped_nodes;
  std::vector<std::string> warnings;
  // Warnings about names of the statement (placed before `warnings` when
  // shown).
  std::vector<PlacedWarning> placed_warnings;
};

}  // namespace causalkg
