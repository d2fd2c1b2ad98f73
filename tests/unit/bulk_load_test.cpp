// The bulk path (SST files ingested in one step) and the WriteBatch path
// make the same store, and a load big enough to take the bulk path is the
// one the kill test interrupts.
#include <catch2/catch.hpp>

#include <fstream>

#include "engine/storage/write_set.hpp"
#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

std::string Claims(const testing::TempDir& dir, int n) {
  const std::string path = dir.File("claims.jsonl");
  std::ofstream out(path);
  out << R"({"relation": {"id": "feeds", "polarity": "+", "label": {"en": "feeds", "nl": "voedt"}}})"
      << '\n';
  out << R"({"node": {"id": "n0", "kind": "lever", "label": {"en": "node zero"}}})" << '\n';
  const char* relations[] = {"amplifies", "weakens", "feeds", "addresses"};
  for (int i = 0; i < n; ++i) {
    out << R"({"subject":"n)" << i % 997 << R"(","relation":")" << relations[i % 4]
        << R"(","object":"n)" << (i * 7919) % 1009 << R"(","source":"s)" << i % 3
        << R"(","quote":"q)" << i % 50 << R"(","confidence":0.5})" << '\n';
  }
  return path;
}

// Loads `file` into a fresh store through `path`; returns the export.
std::string LoadThrough(const std::string& file, CommitPath path, bool& ingested) {
  testing::ScratchStore db;
  WriteSet write(*db.store);
  write.set_commit_path(path);
  std::uint64_t claims = 0;
  REQUIRE(kb::StageJsonLines(write, file, {}, 0, 0, claims).ok());
  ingested = write.UsesIngest();
  auto committed = write.Commit();
  INFO((committed.ok() ? std::string() : committed.status().ToString()));
  REQUIRE(committed.ok());
  return testing::ExportOf(*db.store, kb::ExportFormat::kJsonLines);
}

TEST_CASE("a bulk load through ingested files gives the same store as one WriteBatch",
          "[load][bulk]") {
  testing::TempDir dir;
  const std::string file = Claims(dir, 20000);
  bool batch_ingested = true, bulk_ingested = false;
  const std::string by_batch = LoadThrough(file, CommitPath::kWriteBatch, batch_ingested);
  const std::string by_ingest = LoadThrough(file, CommitPath::kIngest, bulk_ingested);
  CHECK_FALSE(batch_ingested);
  CHECK(bulk_ingested);
  CHECK(by_batch.size() > 100000);
  CHECK(by_batch == by_ingest);
}

TEST_CASE("a bulk load into a store that holds data merges like a small one", "[load][bulk]") {
  testing::TempDir dir;
  const std::string file = Claims(dir, 3000);
  const std::string base =
      R"({"claims":[{"subject":"n1","relation":"amplifies","object":"x","source":"s0","quote":"q0"}]})";
  std::string exports[2];
  for (CommitPath path : {CommitPath::kWriteBatch, CommitPath::kIngest}) {
    testing::ScratchStore db;
    testing::MustLoad(*db.store, base);
    WriteSet write(*db.store);
    write.set_commit_path(path);
    std::uint64_t claims = 0;
    REQUIRE(kb::StageJsonLines(write, file, {}, 0, 0, claims).ok());
    REQUIRE(write.Commit().ok());
    // Loading the file once more changes nothing, whichever path.
    WriteSet again(*db.store);
    again.set_commit_path(path);
    REQUIRE(kb::StageJsonLines(again, file, {}, 0, 0, claims).ok());
    auto second = again.Commit();
    REQUIRE(second.ok());
    CHECK(second->new_edges == 0);
    CHECK(second->evidence_added == 0);
    exports[path == CommitPath::kIngest] =
        testing::ExportOf(*db.store, kb::ExportFormat::kJsonLines);
  }
  CHECK(exports[0] == exports[1]);
}

}  // namespace
}  // namespace causalkg
