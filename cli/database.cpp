#include "cli/database.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "engine/common/visible_text.hpp"
#include "engine/storage/store_folder.hpp"
#include "kb/ingest/bundled.hpp"

namespace causalkg::cli {

std::string DataHome() {
  std::filesystem::path data;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    data = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    data = std::filesystem::path(home) / ".local" / "share";
  } else if (const passwd* user = getpwuid(getuid()); user && user->pw_dir && *user->pw_dir) {
    // HOME unset (cron, some containers): the account's home, not whatever
    // directory the command happens to run in.
    data = std::filesystem::path(user->pw_dir) / ".local" / "share";
  } else {
    data = ".";
  }
  return (data / "causalkg").string();
}

std::string DatabasePath(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("CAUSALKG_DB"); env && *env) return env;
  return DataHome() + "/default";
}

Result<std::unique_ptr<Store>> OpenDatabase(const OpenRequest& request) {
  // A new database is made only where there is none; whatever else the
  // folder holds is left to Store::Open to refuse, untouched.
  auto contents = InspectStoreFolder(request.path);
  if (!contents.ok()) return std::move(contents).TakeStatus();
  if (*contents == FolderContents::kNothing) {
    std::error_code ec;
    const bool folder_existed = std::filesystem::exists(request.path, ec);
    auto created = Store::Open(request.path, OpenMode::kReadWrite, /*create_if_missing=*/true);
    if (!created.ok()) return created;
    if (request.seed) {
      auto seeded = kb::SeedWithBundled(**created);
      if (!seeded.ok()) {
        // Made and seeded as one step: a store left without its seed would
        // never get it.
        created->reset();
        RemoveNewStore(request.path, folder_existed);
        return std::move(seeded).TakeStatus();
      }
    }
    if (request.mode == OpenMode::kReadWrite) return created;
  }
  auto store = Store::Open(request.path, request.mode, /*create_if_missing=*/false);
  // Said once: the store is not migrated again.
  if (store.ok()) {
    for (const std::string& note : (*store)->notes())
      std::cerr << "note: " << Visible(note) << '\n';
  }
  if (store.ok() && !(*store)->damage().ok()) {
    // Only a reader gets here: it answers from what is intact, and says so.
    const Status& damage = (*store)->damage();
    std::cerr << "Warning: " << damage.message()
              << ".\nThis command reads the database as it was before the damage.\nhint: "
              << damage.hint() << '\n';
  }
  return store;
}

Result<std::unique_ptr<Store>> OpenDatabase(const GlobalOptions& global, OpenMode mode) {
  return OpenDatabase(OpenRequest{DatabasePath(global.db), mode, !global.empty});
}

}  // namespace causalkg::cli
