#include "kb/ingest/bundled.hpp"

namespace causalkg::kb {

namespace generated {
std::string_view ScpKnowledgeBase();  // bundled_data.cpp, made by CMake from scp-2025.json
}

std::string_view BundledKnowledgeBase() { return generated::ScpKnowledgeBase(); }

Result<LoadSummary> SeedWithBundled(Store& store) {
  return LoadDocumentText(store, BundledKnowledgeBase(), kBundledName);
}

}  // namespace causalkg::kb
