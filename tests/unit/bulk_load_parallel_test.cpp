// A bulk load commits through SST files with its stages on two threads; the
// store it makes must be the one the stages make one after the other, entry
// for entry.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <random>

#include "engine/storage/testing/store_testing.hpp"
#include "engine/storage/write_set.hpp"
#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

// Claims on random names, with what a bulk load also meets: declared
// relations and nodes with labels, undeclared relations, repeated claims,
// evidence from several sources, names that fold to the same text.
std::string RandomClaims(const testing::TempDir& dir, std::uint32_t seed, int n) {
  std::mt19937 random(seed);
  auto pick = [&](int below) { return static_cast<int>(random() % static_cast<unsigned>(below)); };
  const std::string path = dir.File("claims-" + std::to_string(seed) + ".jsonl");
  std::ofstream out(path);
  out << R"({"relation": {"id": "feeds", "polarity": "+", "label": {"en": "Feeds"}}})" << '\n';
  out << R"({"relation": {"id": "starves", "polarity": "-"}})" << '\n';
  out << R"({"source": {"id": "s1", "systematic_error": 0.1, "random_error": 0.2}})" << '\n';
  for (int i = 0; i < 40; ++i) {
    out << R"({"node": {"id": "n)" << pick(3000) << R"(", "label": {"en": "Label )" << pick(60)
        << R"(", "nl": "etiket )" << i << R"("}}})" << '\n';
  }
  const char* relations[] = {"amplifies", "weakens", "feeds", "starves", "mentions", "increases"};
  for (int i = 0; i < n; ++i) {
    const int subject = pick(3000), object = pick(3000);
    // Some names differ from others only in case: their labels' keys fold together.
    const std::string s = (subject % 97 == 0 ? "N" : "n") + std::to_string(subject);
    out << R"({"subject":")" << s << R"(","relation":")" << relations[pick(6)] << R"(","object":"n)"
        << object << '"';
    if (pick(3) > 0) {
      out << R"(,"source":"s)" << pick(5) << R"(","quote":"q)" << pick(40) << R"(","confidence":0.)"
          << 1 + pick(9);
    }
    out << "}\n";
  }
  return path;
}

// Every entry of every family, by family.
std::vector<std::map<std::string, std::string>> EntriesOf(const Store& store) {
  std::vector<std::map<std::string, std::string>> entries(codec::kFamilies.size());
  for (std::size_t family = 0; family < codec::kFamilies.size(); ++family) {
    REQUIRE(store_testing::ForEachEntry(store, static_cast<codec::Family>(family),
                                        [&](std::string_view key, std::string_view value) {
                                          entries[family].emplace(key, value);
                                          return true;
                                        })
                .ok());
  }
  return entries;
}

struct Loaded {
  std::vector<std::map<std::string, std::string>> entries;
  WriteSummary summary;
  StoreCounts counts;
};

// Loads `files` one commit each into a fresh store through SST files, the
// stages in parallel or not.
Loaded LoadBulk(const std::vector<std::string>& files, bool parallel) {
  testing::ScratchStore db;
  Loaded loaded;
  for (const std::string& file : files) {
    WriteSet write(*db.store);
    write.set_commit_path(CommitPath::kIngest);
    write.set_parallel(parallel);
    std::uint64_t claims = 0;
    REQUIRE(kb::StageJsonLines(write, file, {}, 0, 0, claims).ok());
    REQUIRE(write.UsesIngest());
    auto committed = write.Commit();
    INFO((committed.ok() ? std::string() : committed.status().ToString()));
    REQUIRE(committed.ok());
    loaded.summary = *committed;
  }
  loaded.entries = EntriesOf(*db.store);
  loaded.counts = db.store->counts();
  return loaded;
}

TEST_CASE("a bulk load staged on two threads writes every entry the stages in turn write",
          "[load][bulk]") {
  testing::TempDir dir;
  for (std::uint32_t seed : {1u, 2u, 3u}) {
    // A second file on top of the first: terms of the store are touched too.
    const std::vector<std::string> files = {RandomClaims(dir, seed, 6000),
                                            RandomClaims(dir, seed + 100, 3000)};
    const Loaded serial = LoadBulk(files, false);
    const Loaded parallel = LoadBulk(files, true);
    for (std::size_t family = 0; family < codec::kFamilies.size(); ++family) {
      INFO("seed " << seed << ", family " << codec::kFamilies[family]);
      CHECK(parallel.entries[family] == serial.entries[family]);
    }
    CHECK(serial.entries[codec::kTerm].size() > 2000);
    CHECK(serial.entries[codec::kEvidence].size() > 1000);
    CHECK(parallel.summary.new_nodes == serial.summary.new_nodes);
    CHECK(parallel.summary.new_relations == serial.summary.new_relations);
    CHECK(parallel.summary.new_edges == serial.summary.new_edges);
    CHECK(parallel.summary.evidence_added == serial.summary.evidence_added);
    CHECK(parallel.summary.warnings == serial.summary.warnings);
    CHECK(parallel.counts.nodes == serial.counts.nodes);
    CHECK(parallel.counts.relations == serial.counts.relations);
    CHECK(parallel.counts.edges == serial.counts.edges);
  }
}

}  // namespace
}  // namespace causalkg
