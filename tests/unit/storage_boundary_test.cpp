// Only engine/storage knows RocksDB: no other source file includes it and no
// other target links it, so the store's format and handles stay behind
// Store's interface.
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "test_support.hpp"

namespace causalkg {
namespace {

namespace fs = std::filesystem;

// Files under the source folders, relative to the source directory, whose
// text matches `pattern`.
std::vector<std::string> FilesMatching(const std::regex& pattern, const std::regex& names) {
  const fs::path root = CAUSALKG_SOURCE_DIR;
  std::vector<std::string> found;
  for (const char* top : {"engine", "kb", "cli", "grammar", "tests", "bench"}) {
    if (!fs::exists(root / top)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
      const std::string relative = fs::relative(entry.path(), root).string();
      if (!entry.is_regular_file() || !std::regex_search(relative, names)) continue;
      if (std::regex_search(testing::ReadFile(entry.path().string()), pattern))
        found.push_back(relative);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

TEST_CASE("only engine/storage includes RocksDB or links it", "[store][boundary]") {
  const std::regex sources(R"(\.(cpp|hpp|h|cc)$)");
  std::vector<std::string> outside;
  for (const std::string& file : FilesMatching(std::regex(R"(#\s*include\s*<rocksdb/)"), sources)) {
    if (file.rfind("engine/storage/", 0) != 0) outside.push_back(file);
  }
  CHECK(outside == std::vector<std::string>{});

  const std::vector<std::string> linking =
      FilesMatching(std::regex(R"(RocksDB::)"), std::regex(R"(CMakeLists\.txt$)"));
  CHECK(linking == std::vector<std::string>{"engine/CMakeLists.txt"});
}

}  // namespace
}  // namespace causalkg
