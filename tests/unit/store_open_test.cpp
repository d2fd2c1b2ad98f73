// Opening a database folder: a new database only where there is none; a
// damaged store or a folder of other files refused and left exactly as it
// was; a lost confirmed write never passed over in silence.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>

#include "engine/storage/codec.hpp"
#include "engine/storage/testing/store_testing.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

namespace fs = std::filesystem;
using testing::RunCausalkg;

// Every file under `dir` with its size and a hash of its bytes.
std::map<std::string, std::pair<std::uintmax_t, std::size_t>> Snapshot(const std::string& dir) {
  std::map<std::string, std::pair<std::uintmax_t, std::size_t>> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string name = fs::relative(entry.path(), dir).string();
    if (entry.is_directory()) {
      files[name + "/"] = {0, 0};
    } else {
      const std::string bytes = testing::ReadFile(entry.path().string());
      files[name] = {bytes.size(), std::hash<std::string>()(bytes)};
    }
  }
  return files;
}

std::vector<std::string> FilesEndingIn(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      out.push_back(entry.path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The commands a user may run on a folder: writing, reading, exporting,
// and the shell reading a piped script; each is refused with `refusal`
// and none changes a byte of the folder.
void CheckEveryCommandRefuses(const std::string& db, const std::string& refusal) {
  const auto before = Snapshot(db);
  const std::vector<std::pair<std::vector<std::string>, std::string>> commands = {
      {{"--db", db, "query", "ADD screen_time increases loneliness"}, ""},
      {{"--db", db, "query", "MATCH ?s ?r ?o RETURN ?s LIMIT 1"}, ""},
      {{"--db", db, "stats"}, ""},
      {{"--db", db, "export"}, ""},
      {{"--db", db}, ".stats\n"},
      {{"--db", db}, "ADD a amplifies b;\n"},
  };
  for (const auto& [args, input] : commands) {
    auto run = RunCausalkg(args, input);
    INFO("causalkg " << args.back() << " with input '" << input << "'");
    CHECK(run.exit_code == 1);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::StartsWith("Storage error: " + refusal));
    CHECK_THAT(run.err, !Catch::Contains("Internal error"));
    CHECK(Snapshot(db) == before);
  }
}

const std::string kClaim =
    R"({"claims":[{"subject":"a","relation":"amplifies","object":"b","source":"s","quote":"q"}]})";

// A store made and written by the binary, with its data in table files.
std::string MakeStore(const testing::TempDir& dir) {
  const std::string db = dir.File("db");
  const std::string file = dir.Write("claims.json", kClaim);
  REQUIRE(RunCausalkg({"--db", db, "load", file}).exit_code == 0);
  // Each open for writing moves what the log holds into table files.
  REQUIRE(RunCausalkg({"--db", db, "query", "ADD x amplifies y"}).exit_code == 0);
  REQUIRE_FALSE(FilesEndingIn(db, ".sst").empty());
  return db;
}

const std::string kDamaged = "the database at ";
const std::string kHint =
    "hint: causalkg does not repair a damaged database: move the folder aside";

TEST_CASE("a store whose CURRENT file is gone is refused and left exactly as it was",
          "[store][open]") {
  testing::TempDir dir;
  const std::string db = MakeStore(dir);
  fs::remove(db + "/CURRENT");
  CheckEveryCommandRefuses(db, kDamaged + db + " is damaged: its CURRENT file");
  auto run = RunCausalkg({"--db", db, "stats"});
  CHECK_THAT(run.err, Catch::Contains(kHint) &&
                          Catch::Contains("mv " + db + " " + db + ".damaged") &&
                          Catch::Contains("causalkg export"));
  // Put back, the store is whole: nothing was written over it.
  std::string manifest;
  for (const auto& entry : fs::directory_iterator(db)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("MANIFEST-", 0) == 0) manifest = name;
  }
  std::ofstream(db + "/CURRENT") << manifest << "\n";
  auto query = RunCausalkg({"--db", db, "query", "MATCH ?s amplifies ?o RETURN ?s, ?o"});
  CHECK(query.exit_code == 0);
  CHECK_THAT(query.out, Catch::Contains("a   b") && Catch::Contains("x   y"));
}

TEST_CASE("a store with damaged metadata is refused, whatever the damage, and left as it was",
          "[store][open]") {
  testing::TempDir dir;
  const std::string db = MakeStore(dir);
  SECTION("CURRENT garbled") {
    std::ofstream(db + "/CURRENT", std::ios::trunc) << "garbage\n";
    CheckEveryCommandRefuses(db, kDamaged + db + " is damaged: its CURRENT file is garbled");
  }
  SECTION("the MANIFEST that CURRENT names is missing") {
    for (const auto& entry : fs::directory_iterator(db)) {
      if (entry.path().filename().string().rfind("MANIFEST-", 0) == 0) fs::remove(entry.path());
    }
    CheckEveryCommandRefuses(db, kDamaged + db + " is damaged: its CURRENT file names MANIFEST-");
  }
  SECTION("only an OPTIONS file") {
    for (const auto& entry : fs::directory_iterator(db)) {
      if (entry.path().filename().string().rfind("OPTIONS-", 0) != 0) fs::remove_all(entry.path());
    }
    REQUIRE_FALSE(fs::is_empty(db));
    CheckEveryCommandRefuses(db, kDamaged + db + " is damaged: its CURRENT file");
  }
  SECTION("table files and nothing else") {
    for (const auto& entry : fs::directory_iterator(db)) {
      if (entry.path().extension() != ".sst") fs::remove_all(entry.path());
    }
    REQUIRE_FALSE(fs::is_empty(db));
    CheckEveryCommandRefuses(db, kDamaged + db + " is damaged: its CURRENT file");
  }
  SECTION("a table file it lists is missing") {
    fs::remove(FilesEndingIn(db, ".sst").front());
    CheckEveryCommandRefuses(db, kDamaged + db + " is damaged: RocksDB cannot read it back");
  }
}

TEST_CASE("a folder of other files is not taken for a new database", "[store][open]") {
  testing::TempDir dir;
  const std::string folder = dir.File("notes");
  fs::create_directory(folder);
  std::ofstream(folder + "/thesis.txt") << "chapter one";
  CheckEveryCommandRefuses(
      folder, folder + " is not a causalkg database: the folder holds other files (thesis.txt)");
  CHECK_THAT(RunCausalkg({"--db", folder, "stats"}).err,
             Catch::Contains("hint: name a new or empty folder with --db"));

  const std::string file = dir.Write("plain-file", "text");
  auto run = RunCausalkg({"--db", file, "stats"});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::StartsWith("Storage error: " + file + " is not a folder"));
  CHECK(testing::ReadFile(file) == "text");
}

TEST_CASE("a new database is made in a missing or an empty folder", "[store][open]") {
  testing::TempDir dir;
  const std::string empty = dir.File("empty");
  fs::create_directory(empty);
  for (const std::string& db : {empty, dir.File("missing/nested")}) {
    auto stats = RunCausalkg({"--db", db, "stats"});
    INFO(db << ": " << stats.err);
    CHECK(stats.exit_code == 0);
    CHECK_THAT(stats.out, Catch::Contains("scp-2025"));  // seeded with the bundled report
    CHECK(fs::exists(db + "/CURRENT"));
  }
}

// Writes `value` under the key "format" of the store at `db`, or deletes
// the key when `value` is empty: the store as another program, or another
// causalkg, might have left it.
void SetFormatMark(const std::string& db, const std::string& value) {
  auto store = Store::Open(db, OpenMode::kReadWrite);
  REQUIRE(store.ok());
  Status s = store_testing::PutEntry(
      **store, codec::kMeta, codec::kFormatKey,
      value.empty() ? std::nullopt : std::optional<std::string_view>(value));
  INFO(s.ToString());
  REQUIRE(s.ok());
}

TEST_CASE("a store without causalkg's format mark, or with another format, is refused",
          "[store][open]") {
  testing::TempDir dir;
  const std::string db = MakeStore(dir);
  SECTION("another format") {
    SetFormatMark(db, "causalkg/7");
    CheckEveryCommandRefuses(db, kDamaged + db +
                                     " is in the format 'causalkg/7', which this "
                                     "causalkg does not read");
  }
  SECTION("no mark on a store with data") {
    SetFormatMark(db, "");
    CheckEveryCommandRefuses(db, kDamaged + db + " is damaged: it has no causalkg format mark");
  }
}

TEST_CASE("an empty store made before stores were marked at creation still opens",
          "[store][open]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "stats"}).exit_code == 0);
  SetFormatMark(db, "");
  auto add = RunCausalkg({"--db", db, "query", "ADD a amplifies b"});
  INFO(add.err);
  CHECK(add.exit_code == 0);
  auto store = Store::Open(db, OpenMode::kReadOnly);
  REQUIRE(store.ok());
  auto mark = store_testing::GetEntry(**store, codec::kMeta, codec::kFormatKey);
  REQUIRE(mark.ok());
  CHECK(mark->value_or("") == codec::kFormat);
}

// A store with one confirmed write still in its write-ahead log.
std::string StoreWithLoggedWrite(const testing::TempDir& dir) {
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "query", "ADD a amplifies b"}).exit_code == 0);
  auto add = RunCausalkg({"--db", db, "query", "ADD screen_time increases loneliness"});
  REQUIRE(add.exit_code == 0);
  REQUIRE_THAT(add.out, Catch::StartsWith("Added screen_time increases loneliness"));
  return db;
}

std::string NewestLog(const std::string& db) {
  const auto logs = FilesEndingIn(db, ".log");
  REQUIRE_FALSE(logs.empty());
  REQUIRE(fs::file_size(logs.back()) > 0);
  return logs.back();
}

void CheckLostWriteIsSaid(const std::string& db) {
  const auto before = Snapshot(db);
  auto add = RunCausalkg({"--db", db, "query", "ADD c amplifies d"});
  CHECK(add.exit_code == 1);
  CHECK_THAT(add.err,
             Catch::StartsWith("Storage error: the database at " + db +
                               " is damaged: its write-ahead log is cut short or "
                               "missing, so writes that causalkg confirmed are not in it"));
  CHECK_THAT(add.err, Catch::Contains("export -o claims.json"));
  CHECK(Snapshot(db) == before);

  // A reader answers from what is intact, and says what is missing.
  auto query = RunCausalkg({"--db", db, "query", "MATCH ?s ?r ?o RETURN ?s"});
  CHECK(query.exit_code == 0);
  CHECK_THAT(query.out, Catch::Contains("a") && !Catch::Contains("screen_time"));
  CHECK_THAT(query.err, Catch::StartsWith("Warning: the database at " + db + " is damaged") &&
                            Catch::Contains("as it was before the damage"));
  auto exported = RunCausalkg({"--db", db, "export"});
  CHECK(exported.exit_code == 0);
  CHECK_THAT(exported.err, Catch::StartsWith("Warning: "));
  CHECK(Snapshot(db) == before);
}

TEST_CASE("a write-ahead log cut short never drops a confirmed write silently", "[store][wal]") {
  testing::TempDir dir;
  const std::string db = StoreWithLoggedWrite(dir);
  SECTION("cut inside the last record") {
    const std::string log = NewestLog(db);
    fs::resize_file(log, fs::file_size(log) - 5);
    CheckLostWriteIsSaid(db);
  }
  SECTION("cut by a whole record, so that what is left reads as whole") {
    // Opening for the ADD moved the earlier writes into table files: the
    // newest log holds the ADD alone.
    fs::resize_file(NewestLog(db), 0);
    CheckLostWriteIsSaid(db);
  }
  SECTION("the log removed") {
    fs::remove(NewestLog(db));
    CheckLostWriteIsSaid(db);
  }
}

TEST_CASE("a torn write that was never confirmed is dropped and the store goes on",
          "[store][wal]") {
  testing::TempDir dir;
  const std::string db = StoreWithLoggedWrite(dir);
  // A crash in the middle of a write leaves the start of a record at the
  // end of the log: the copy of a record header with its body cut off.
  const std::string log = NewestLog(db);
  const std::string bytes = testing::ReadFile(log);
  std::ofstream(log, std::ios::binary | std::ios::app) << bytes.substr(0, 12);
  auto add = RunCausalkg({"--db", db, "query", "ADD c amplifies d"});
  INFO(add.err);
  CHECK(add.exit_code == 0);
  CHECK(add.err.empty());
  auto query = RunCausalkg({"--db", db, "query", "MATCH ?s ?r ?o RETURN ?s ORDER BY ?s"});
  CHECK(query.exit_code == 0);
  CHECK(query.err.empty());
  CHECK_THAT(query.out, Catch::Contains("screen_time") && Catch::Contains("c"));
}

}  // namespace
}  // namespace causalkg
