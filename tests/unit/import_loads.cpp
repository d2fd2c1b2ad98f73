#include "import_loads.hpp"

#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg::testing {

LoadedFile LoadIntoFreshStore(const std::string& path, const std::string& format) {
  ScratchStore db;
  kb::LoadOptions options;
  options.format = format;
  auto loaded = kb::LoadFiles(*db.store, {path}, options);
  if (!loaded.ok()) return {"error: " + loaded.status().ToString(), {}};
  return {ExportOf(*db.store, kb::ExportFormat::kJsonLines), loaded->notes};
}

std::vector<std::string> NotesOf(const std::string& file, std::vector<std::string> notes) {
  for (std::string& note : notes) note = file + ": " + note;
  return notes;
}

}  // namespace causalkg::testing
