// A bulk load's SST files are written outside RocksDB: they must still
// carry the bloom and prefix filters their families declare, or every seek
// of a bulk-loaded store reads blocks a filter would have skipped.
#include <catch2/catch.hpp>

#include <cctype>
#include <fstream>
#include <map>

#include "engine/storage/testing/store_testing.hpp"
#include "engine/storage/write_set.hpp"
#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

std::string Claims(const testing::TempDir& dir, int n) {
  const std::string path = dir.File("claims.jsonl");
  std::ofstream out(path);
  const char* relations[] = {"amplifies", "weakens", "increases"};
  for (int i = 0; i < n; ++i) {
    out << R"({"subject":"n)" << (i * 31) % 2003 << R"(","relation":")" << relations[i % 3]
        << R"(","object":"n)" << (i * 7919) % 1009 << R"(","source":"s)" << i % 3
        << R"(","quote":"q)" << i % 50 << R"("})" << '\n';
  }
  return path;
}

TEST_CASE("a bulk load's files carry the bloom and prefix filters of their families",
          "[load][bulk]") {
  testing::TempDir dir;
  testing::ScratchStore db;
  WriteSet write(*db.store);
  write.set_commit_path(CommitPath::kIngest);
  std::uint64_t claims = 0;
  REQUIRE(kb::StageJsonLines(write, Claims(dir, 4000), {}, 0, 0, claims).ok());
  REQUIRE(write.UsesIngest());
  REQUIRE(write.Commit().ok());
  // The orderings and the evidence are sought by their first term: a
  // prefix filter; the dictionary by whole keys.
  const std::map<codec::Family, bool> families = {{codec::kSpo, true},
                                                  {codec::kPos, true},
                                                  {codec::kOsp, true},
                                                  {codec::kEvidence, true},
                                                  {codec::kEvidenceByObject, true},
                                                  {codec::kTerm, false},
                                                  {codec::kId, false},
                                                  {codec::kLabel, false}};
  for (const auto& [family, by_prefix] : families) {
    INFO("family " << codec::kFamilies[family]);
    auto tables = store_testing::FiltersOfTables(*db.store, family);
    REQUIRE(tables.ok());
    REQUIRE_FALSE(tables->empty());
    for (const store_testing::TableFilters& table : *tables) {
      INFO("file " << table.file);
      CHECK(table.entries > 0);
      // RocksDB names its bloom filter "bloomfilter" (or, in other
      // versions, "rocksdb.BuiltinBloomFilter"); without a filter, nothing.
      std::string policy = table.filter_policy;
      for (char& c : policy) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      CHECK(policy.find("bloom") != std::string::npos);
      if (by_prefix) {
        CHECK(table.prefix_extractor == "rocksdb.FixedPrefix.4");
      } else {
        CHECK(table.prefix_extractor.find("FixedPrefix") == std::string::npos);
      }
    }
  }
}

}  // namespace
}  // namespace causalkg
