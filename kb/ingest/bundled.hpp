// The knowledge base that ships inside the binary: the SCP report of
// February 2025 on digitalisation and social cohesion (kb/scp-2025.json).
// A new default database is seeded with it.
#pragma once

#include <string_view>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"
#include "kb/ingest/load.hpp"

namespace causalkg::kb {

inline constexpr const char* kBundledName = "scp-2025.json";

std::string_view BundledKnowledgeBase();

// Loads the bundled knowledge base into `store`.
Result<LoadSummary> SeedWithBundled(Store& store);

}  // namespace causalkg::kb
