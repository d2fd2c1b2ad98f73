// Stores written by earlier releases, kept as they were written, one a
// format: each opens read-only without a byte of it changing, reads back
// every claim and piece of evidence it was made with, and, opened for
// writing, is brought to the current format and takes writes.
//
// How each fixture was made, by the causalkg of its time (a second step puts
// a write in the write-ahead log, so that the fixture has one there too):
//
//   causalkg --db tests/fixtures/store-causalkg-N --empty load tests/fixtures/store-causalkg-N.json
//   causalkg --db tests/fixtures/store-causalkg-N query "<kAdded[N]>"
//
// store-causalkg-1: format 'causalkg/1', evidence without locators.
// store-causalkg-2: format 'causalkg/2', its JSON using every field evidence has.
// store-causalkg-3: format 'causalkg/3' (evidence_by_object), from the JSON of
// store-causalkg-2.
// When the format changes next, make store-causalkg-4 the same way, with the
// causalkg of the format it replaces, and add it to kFixtures.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "engine/storage/acknowledged_writes.hpp"
#include "engine/storage/codec.hpp"
#include "engine/storage/testing/store_testing.hpp"
#include "store_entries.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

namespace fs = std::filesystem;
using testing::CheckSameContents;
using testing::Contents;
using testing::ContentsOf;
using testing::RunCausalkg;

struct Fixture {
  const char* name;      // under tests/fixtures: the folder, and NAME.json
  const char* mark;      // the format it was written in
  const char* added;     // the statement that made it after its load
  StoreCounts counts;    // as written
  std::uint64_t pieces;  // of evidence, indexed by object when it is migrated
  const char* migrated;  // what the migration does to them besides: " rewritten and" or ""
};

const Fixture kFixtures[] = {
    {"store-causalkg-1",
     codec::kFormat1,
     "ADD fatigue reduces trust QUOTE 'tired people trust less' SOURCE notes-2024 CONFIDENCE 0.5",
     {5, 7, 7, 3, 1},
     3,
     " rewritten and"},
    {"store-causalkg-2",
     codec::kFormat2,
     "ADD fatigue reduces trust QUOTE 'tired people trust less' SOURCE notes-2025 CONFIDENCE 0.5",
     {5, 8, 8, 6, 2},
     6,
     ""},
    {"store-causalkg-3",
     codec::kFormat,
     "ADD fatigue reduces trust QUOTE 'tired people trust less' SOURCE notes-2025 CONFIDENCE 0.5",
     {5, 8, 8, 6, 2},
     6,
     ""},
};

std::string FixturePath(const Fixture& fixture) {
  return std::string(CAUSALKG_SOURCE_DIR "/tests/fixtures/") + fixture.name;
}

// A copy of the fixture's store, which a test may change.
std::string CopyOf(const Fixture& fixture, const testing::TempDir& dir) {
  const std::string db = dir.File(fixture.name);
  fs::copy(FixturePath(fixture), db, fs::copy_options::recursive);
  return db;
}

// Every file of a folder with its bytes.
std::map<std::string, std::string> FolderBytes(const std::string& folder) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file())
      out[fs::relative(entry.path(), folder).string()] = testing::ReadFile(entry.path().string());
  }
  return out;
}

// What the fixture was made of, made again by the causalkg of now: its JSON
// loaded into a new store, and the statement after it.
Contents Remade(const Fixture& fixture, const testing::TempDir& dir) {
  const std::string db = dir.File(std::string(fixture.name) + "-remade");
  auto load = RunCausalkg({"--db", db, "--empty", "load", FixturePath(fixture) + ".json"});
  INFO(load.err);
  REQUIRE(load.exit_code == 0);
  auto add = RunCausalkg({"--db", db, "query", fixture.added});
  INFO(add.err);
  REQUIRE(add.exit_code == 0);
  auto store = Store::Open(db, OpenMode::kReadOnly);
  REQUIRE(store.ok());
  return ContentsOf(**store);
}

Result<std::optional<std::string>> MarkOf(const Store& store) {
  return store_testing::GetEntry(store, codec::kMeta, codec::kFormatKey);
}

TEST_CASE("a store of each earlier format reads, read-only, all it was made with, unchanged",
          "[store][fixtures]") {
  for (const Fixture& fixture : kFixtures) {
    INFO(fixture.name);
    testing::TempDir dir;
    const std::string db = CopyOf(fixture, dir);
    const auto before = FolderBytes(db);
    {
      auto store = Store::Open(db, OpenMode::kReadOnly);
      INFO((store.ok() ? "" : store.status().ToString()));
      REQUIRE(store.ok());
      const Store& s = **store;
      CHECK(s.damage().ok());
      CHECK(s.notes().empty());
      CHECK(s.counts() == fixture.counts);
      auto mark = MarkOf(s);
      REQUIRE(mark.ok());
      CHECK(mark->value_or("") == fixture.mark);
      testing::CheckEveryEntryDecodes(s, fixture.mark);
      CheckSameContents(ContentsOf(s), Remade(fixture, dir));
    }
    // Through the binary: a read-only command reads it, and says nothing of
    // its format.
    auto why = RunCausalkg({"--db", db, "query", "WHY fatigue reduces trust"});
    INFO(why.err);
    CHECK(why.exit_code == 0);
    CHECK_THAT(why.out, Catch::Contains("\"tired people trust less\""));
    CHECK(why.err.empty());
    auto exported = RunCausalkg({"--db", db, "export", "--format", "jsonl"});
    CHECK(exported.exit_code == 0);
    CHECK(FolderBytes(db) == before);
  }
}

TEST_CASE("a store of each earlier format, opened for writing, is brought to the current one",
          "[store][fixtures]") {
  for (const Fixture& fixture : kFixtures) {
    INFO(fixture.name);
    const bool older = std::string(fixture.mark) != codec::kFormat;
    testing::TempDir dir;
    const std::string db = CopyOf(fixture, dir);
    const std::optional<std::uint64_t> acknowledged = ReadAcknowledged(db);
    REQUIRE(acknowledged);

    auto add = RunCausalkg({"--db", db, "query", "ADD cooperation reduces fatigue"});
    INFO(add.err);
    REQUIRE(add.exit_code == 0);
    CHECK_THAT(add.out, Catch::StartsWith("Added cooperation reduces fatigue"));
    if (older) {
      // Told once, in words of causalkg's, no RocksDB text.
      CHECK(add.err == "note: the database at " + db + " was in the format '" + fixture.mark +
                           "' of an earlier causalkg; it is now in the format '" + codec::kFormat +
                           "' (" + std::to_string(fixture.pieces) + " pieces of evidence" +
                           fixture.migrated +
                           " indexed by their claims' objects); a causalkg older than this one "
                           "cannot open it\n");
      CHECK(ReadAcknowledged(db) > acknowledged);
    } else {
      CHECK(add.err.empty());
    }
    auto again = RunCausalkg({"--db", db, "query", "ADD trust feeds cooperation"});
    CHECK(again.exit_code == 0);
    CHECK(again.err.empty());

    auto store = Store::Open(db, OpenMode::kReadOnly);
    REQUIRE(store.ok());
    const Store& s = **store;
    CHECK(s.damage().ok());
    auto mark = MarkOf(s);
    REQUIRE(mark.ok());
    CHECK(mark->value_or("") == codec::kFormat);
    testing::CheckEveryEntryDecodes(s, codec::kFormat);
    StoreCounts counts = fixture.counts;
    counts.edges += 2;
    CHECK(s.counts() == counts);
    // Everything it held reads back as it was made, with the two new claims.
    Contents contents = ContentsOf(s);
    CHECK(contents.claims.erase({"cooperation", "reduces", "fatigue"}) == 1);
    CHECK(contents.claims.erase({"trust", "feeds", "cooperation"}) == 1);
    CheckSameContents(contents, Remade(fixture, dir));
  }
}

TEST_CASE("a store opened for writing in the API is migrated once, and says so once",
          "[store][fixtures]") {
  testing::TempDir dir;
  const std::string db = CopyOf(kFixtures[0], dir);
  {
    auto store = Store::Open(db, OpenMode::kReadWrite);
    REQUIRE(store.ok());
    REQUIRE((*store)->notes().size() == 1);
    CHECK_THAT((*store)->notes()[0],
               Catch::Contains("was in the format 'causalkg/1'") &&
                   Catch::Contains("3 pieces of evidence rewritten and indexed by their claims'"));
    // Reads after the migration are of the new layout.
    auto evidence =
        (*store)->EvidenceOf({testing::IdOf(**store, "fatigue"), testing::IdOf(**store, "reduces"),
                              testing::IdOf(**store, "trust")});
    REQUIRE(evidence.ok());
    REQUIRE(evidence->size() == 1);
    CHECK(evidence->front().quote == "tired people trust less");
    CHECK(evidence->front().locator.empty());
  }
  auto store = Store::Open(db, OpenMode::kReadWrite);
  REQUIRE(store.ok());
  CHECK((*store)->notes().empty());
}

// A store marked 'causalkg/1' with an evidence record that is no
// evidence_record_1: put there raw, under the old mark.
std::string StoreWithBadOldRecord(const testing::TempDir& dir) {
  const std::string db = CopyOf(kFixtures[0], dir);
  {
    auto store = Store::Open(db, OpenMode::kReadWrite);  // migrated here
    REQUIRE(store.ok());
    std::string key;
    REQUIRE(store_testing::ForEachEntry(**store, codec::kEvidence,
                                        [&](std::string_view k, std::string_view) {
                                          key = k;
                                          return false;
                                        })
                .ok());
    REQUIRE(
        store_testing::PutEntry(**store, codec::kEvidence, key, std::string_view("\x00", 1)).ok());
    REQUIRE(store_testing::PutEntry(**store, codec::kMeta, codec::kFormatKey,
                                    std::string_view(codec::kFormat1))
                .ok());
  }
  return db;
}

// Every entry of every family of the store at `db`, read-only.
std::vector<std::vector<std::pair<std::string, std::string>>> EntriesOf(const std::string& db) {
  auto store = Store::Open(db, OpenMode::kReadOnly);
  REQUIRE(store.ok());
  std::vector<std::vector<std::pair<std::string, std::string>>> out;
  for (std::size_t family = 0; family < codec::kFamilies.size(); ++family)
    out.push_back(testing::Entries(**store, static_cast<codec::Family>(family)));
  return out;
}

TEST_CASE("a store whose migration cannot read a record is refused and left as it was",
          "[store][fixtures]") {
  testing::TempDir dir;
  const std::string db = StoreWithBadOldRecord(dir);
  const auto before = EntriesOf(db);
  auto store = Store::Open(db, OpenMode::kReadWrite);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == StatusCode::kCorrupt);
  CHECK_THAT(store.status().message(),
             Catch::Contains("has a corrupt evidence record, so it cannot be brought to the "
                             "format 'causalkg/3'; causalkg has not changed it"));
  CHECK(EntriesOf(db) == before);  // the old mark, and every old record
  auto run = RunCausalkg({"--db", db, "query", "ADD a increases b"});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::StartsWith("Storage error: the database at " + db +
                                        " has a corrupt evidence record"));
  CHECK(EntriesOf(db) == before);
}

TEST_CASE("a store in a format newer than this causalkg's is refused, not migrated",
          "[store][fixtures]") {
  testing::TempDir dir;
  const std::string db = CopyOf(kFixtures[1], dir);
  {
    auto store = Store::Open(db, OpenMode::kReadWrite);
    REQUIRE(store.ok());
    REQUIRE(store_testing::PutEntry(**store, codec::kMeta, codec::kFormatKey,
                                    std::string_view("causalkg/4"))
                .ok());
  }
  const auto before = FolderBytes(db);
  for (const char* command : {"stats", "query"}) {
    std::vector<std::string> args = {"--db", db, command};
    if (std::string(command) == "query") args.push_back("ADD a increases b");
    auto run = RunCausalkg(args);
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("is in the format 'causalkg/4', which this causalkg does "
                                        "not read; causalkg has not changed it"));
    CHECK_THAT(run.err,
               Catch::Contains("this causalkg reads causalkg/1, causalkg/2 and causalkg/3"));
  }
  CHECK(FolderBytes(db) == before);
}

}  // namespace
}  // namespace causalkg
