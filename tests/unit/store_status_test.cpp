// The store's failures carry codes callers decide on, and one failure is one
// kind of error wherever it is met: a write to a read-only store, another
// writer, damage, a text the store cannot hold, a fault of causalkg's own.
#include <catch2/catch.hpp>

#include "engine/exec/executor.hpp"
#include "engine/storage/codec.hpp"
#include "engine/storage/testing/store_testing.hpp"
#include "engine/storage/write_set.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::IdOf;
using testing::MustLoad;
using testing::RunCausalkg;
using testing::ScratchStore;

constexpr const char* kClaim =
    R"({"claims":[{"subject":"a","relation":"amplifies","object":"b","quote":"a grows b"}]})";

Status Execute(Store& store, const std::string& text) {
  auto parsed = grammar::Parse(text);
  REQUIRE_FALSE(parsed.error);
  Executor executor(store, {});
  auto result = executor.Execute(parsed.statements.at(0));
  return result.ok() ? Status::Ok() : result.status();
}

TEST_CASE("a write to a read-only store is one Storage error, by statement or by write set",
          "[store][status]") {
  ScratchStore db;
  MustLoad(*db.store, kClaim);
  const std::string path = db.store->path();
  db.store.reset();
  auto reader = Store::Open(path, OpenMode::kReadOnly);
  REQUIRE(reader.ok());
  Store& store = **reader;

  const std::string message =
      "the database at " + path + " is open read-only, so it cannot be changed";
  for (const char* statement : {"ADD b amplifies c", "REMOVE a amplifies b"}) {
    INFO(statement);
    Status s = Execute(store, statement);
    CHECK(s.kind() == ErrorKind::kStorage);
    CHECK(s.code() == StatusCode::kReadOnly);
    CHECK(s.message() == message);
  }
  WriteSet write(store);
  auto id = write.Intern("c");
  REQUIRE(id.ok());
  REQUIRE(write.MarkNode(*id).ok());
  auto committed = write.Commit();
  REQUIRE_FALSE(committed.ok());
  CHECK(committed.status().kind() == ErrorKind::kStorage);
  CHECK(committed.status().code() == StatusCode::kReadOnly);
  CHECK(committed.status().message() == message);
  CHECK(store.counts().nodes == 2);
}

TEST_CASE("another writer in this process is told by code", "[store][status]") {
  ScratchStore db;
  auto second = Store::Open(db.store->path(), OpenMode::kReadWrite);
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().kind() == ErrorKind::kStorage);
  CHECK(second.status().code() == StatusCode::kLocked);
  // Closed, it is free again: the table of this process's writers forgets it.
  const std::string path = db.store->path();
  db.store.reset();
  auto reopened = Store::Open(path, OpenMode::kReadWrite);
  CHECK(reopened.ok());
}

TEST_CASE("a damaged term record is a Storage error of code kCorrupt, read by any command",
          "[store][status]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "query", "ADD a amplifies b"}).exit_code == 0);
  TermId b = kNoTerm;
  {
    auto store = Store::Open(db, OpenMode::kReadWrite);
    REQUIRE(store.ok());
    b = IdOf(**store, "b");
    // Two bytes: shorter than the smallest term record.
    REQUIRE(store_testing::PutEntry(**store, codec::kId, codec::IdKey(b), "\x01\x00").ok());
    std::string name;
    TermInfo info;
    Status read = (*store)->ReadTerm(b, name, info);
    CHECK(read.kind() == ErrorKind::kStorage);
    CHECK(read.code() == StatusCode::kCorrupt);
  }
  const std::string damaged = "Storage error: the database at " + db +
                              " has no readable record of term " + std::to_string(b);
  auto query = RunCausalkg({"--db", db, "query", "PATHS FROM a TO b"});
  CHECK(query.exit_code == 1);
  CHECK_THAT(query.err, Catch::StartsWith(damaged));
  auto script = RunCausalkg({"--db", db}, "PATHS FROM a TO b;\n");
  CHECK(script.exit_code == 1);
  CHECK_THAT(script.err, Catch::Contains(damaged));
  auto exported = RunCausalkg({"--db", db, "export"});
  CHECK(exported.exit_code == 1);
  CHECK_THAT(exported.err, Catch::StartsWith("Storage error: the database at " + db +
                                             " has a corrupt term record"));
}

TEST_CASE("a text the store cannot hold is invalid, and a fault of causalkg's own internal",
          "[store][status]") {
  ScratchStore db;
  WriteSet write(*db.store, ErrorKind::kQuery);
  auto bad = write.Intern("line\nbreak");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().kind() == ErrorKind::kQuery);
  CHECK(bad.status().code() == StatusCode::kInvalid);

  TermInfo info;
  auto too_long = codec::EncodeTermRecord(
      std::string(codec::MaxBytesOfWidth(codec::kTermNameWidth) + 1, 'n'), info);
  REQUIRE_FALSE(too_long.ok());
  CHECK(too_long.status().code() == StatusCode::kInvalid);

  REQUIRE(write.Commit().ok());
  auto twice = write.Commit();
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.status().kind() == ErrorKind::kInternal);
  CHECK(twice.status().code() == StatusCode::kInternal);
}

}  // namespace
}  // namespace causalkg
