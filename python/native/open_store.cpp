#include "python/native/open_store.hpp"

#include <filesystem>

#include "engine/storage/store_folder.hpp"
#include "kb/ingest/bundled.hpp"

namespace causalkg::python {

Result<OpenedStore> OpenStore(const std::string& path, OpenMode mode, bool seed) {
  // A new database is made only where there is none; whatever else the
  // folder holds is left to Store::Open to refuse, untouched.
  auto contents = InspectStoreFolder(path);
  if (!contents.ok()) return std::move(contents).TakeStatus();
  OpenedStore opened;
  if (*contents == FolderContents::kNothing) {
    std::error_code ec;
    const bool folder_existed = std::filesystem::exists(path, ec);
    auto created = Store::Open(path, OpenMode::kReadWrite, /*create_if_missing=*/true);
    if (!created.ok()) return std::move(created).TakeStatus();
    if (seed) {
      auto seeded = kb::SeedWithBundled(**created);
      if (!seeded.ok()) {
        // Made and seeded as one step: a store left without its seed would
        // never get it.
        created->reset();
        RemoveNewStore(path, folder_existed);
        return std::move(seeded).TakeStatus();
      }
    }
    if (mode == OpenMode::kReadWrite) {
      opened.store = std::move(created).value();
      return opened;
    }
  }
  auto store = Store::Open(path, mode, /*create_if_missing=*/false);
  if (!store.ok()) return std::move(store).TakeStatus();
  opened.store = std::move(store).value();
  for (const std::string& note : opened.store->notes()) opened.warnings.push_back(note);
  if (const Status& damage = opened.store->damage(); !damage.ok()) {
    opened.warnings.push_back(damage.message() +
                              "; this database is read as it was before the damage (" +
                              damage.hint() + ")");
  }
  return opened;
}

}  // namespace causalkg::python
