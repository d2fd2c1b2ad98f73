#include "cli/database.hpp"

#include <cstdlib>
#include <filesystem>

#include "kb/bundled.hpp"

namespace causalkg::cli {

std::string DataHome() {
  std::filesystem::path data;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    data = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    data = std::filesystem::path(home) / ".local" / "share";
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
  const bool is_new = !std::filesystem::exists(std::filesystem::path(request.path) / "CURRENT");
  if (is_new) {
    auto created = Store::Open(request.path, OpenMode::kReadWrite, /*create_if_missing=*/true);
    if (!created.ok()) return created;
    if (request.seed) {
      auto seeded = kb::SeedWithBundled(**created);
      if (!seeded.ok()) return std::move(seeded).TakeStatus();
    }
    if (request.mode == OpenMode::kReadWrite) return created;
  }
  return Store::Open(request.path, request.mode, /*create_if_missing=*/false);
}

Result<std::unique_ptr<Store>> OpenDatabase(const GlobalOptions& global, OpenMode mode) {
  return OpenDatabase(OpenRequest{DatabasePath(global.db), mode, !global.empty});
}

}  // namespace causalkg::cli
