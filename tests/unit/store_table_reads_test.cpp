// A store's table files are read through a memory map, for writers and
// readers alike: at ten million claims a look-up read with pread spent
// half its time copying blocks out of the kernel into new allocations.
#include <catch2/catch.hpp>

#include <fstream>

#include "engine/storage/store.hpp"
#include "engine/storage/testing/store_testing.hpp"
#include "engine/storage/write_set.hpp"
#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

TEST_CASE("a store reads its table files through a memory map, open for writing or reading",
          "[store][reads]") {
  testing::TempDir dir;
  const std::string claims = dir.File("claims.jsonl");
  {
    std::ofstream out(claims);
    for (int i = 0; i < 500; ++i) {
      out << R"({"subject":"cause)" << i << R"(","relation":"increases","object":"effect)" << i % 37
          << R"(","source":"s","quote":"q"})" << '\n';
    }
  }
  testing::ScratchStore db;
  {
    // A bulk load writes table files, so the answers below come from them.
    WriteSet write(*db.store);
    write.set_commit_path(CommitPath::kIngest);
    std::uint64_t staged = 0;
    REQUIRE(kb::StageJsonLines(write, claims, {}, 0, 0, staged).ok());
    REQUIRE(write.UsesIngest());
    REQUIRE(write.Commit().ok());
  }
  CHECK(store_testing::ReadsTablesByMemoryMap(*db.store));
  const std::string path = db.store->path();
  db.store.reset();

  auto reader = Store::Open(path, OpenMode::kReadOnly, false);
  REQUIRE(reader.ok());
  CHECK(store_testing::ReadsTablesByMemoryMap(**reader));
  auto tables = store_testing::FiltersOfTables(**reader, codec::kSpo);
  REQUIRE(tables.ok());
  REQUIRE_FALSE(tables->empty());
  const std::string exported = testing::ExportOf(**reader, kb::ExportFormat::kJsonLines);
  CHECK(exported.find("\"cause499\"") != std::string::npos);
  CHECK(exported.find("\"effect36\"") != std::string::npos);
}

}  // namespace
}  // namespace causalkg
