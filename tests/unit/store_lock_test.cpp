// Another writer is told from the lock RocksDB holds, not from the words of
// its error: a shell holding a database keeps `causalkg query` from writing
// to it with causalkg's own message, a second shell reads and refuses writes
// with one message, and a failure to take the lock for another reason is not
// passed off as another writer.
#include <catch2/catch.hpp>
#include <filesystem>

#include "pty_session.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

constexpr const char* kHeld = " is open for writing in another process";

TEST_CASE("while a shell holds the database for writing, query may read but not write",
          "[store][lock][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "query", "ADD a amplifies b"}).exit_code == 0);
  testing::PtySession shell({"--db", db},
                            {{"CAUSALKG_HISTORY", dir.File("history")}, {"NO_COLOR", "1"}});
  REQUIRE(shell.WaitFor("causalkg> "));
  REQUIRE_THAT(shell.screen(), !Catch::Contains("read-only"));

  auto write = RunCausalkg({"--db", db, "query", "ADD b amplifies c"});
  CHECK(write.exit_code == 1);
  CHECK(write.err == "Storage error: the database at " + db + kHeld +
                         "\nhint: close the other causalkg session, or use a read-only command "
                         "(query with a read statement, export, stats)\n");
  auto read = RunCausalkg({"--db", db, "query", "PATHS FROM a TO b"});
  CHECK(read.exit_code == 0);
  CHECK_THAT(read.out, Catch::Contains("a -[amplifies +]-> b"));

  // A second shell is told so, and reads.
  testing::PtySession second({"--db", db},
                             {{"CAUSALKG_HISTORY", dir.File("history2")}, {"NO_COLOR", "1"}});
  CHECK(second.WaitFor("Storage error: the database at " + db + kHeld + "; opening it read-only."));
  CHECK(second.WaitFor("(read-only)"));
  // Refused as a write to a read-only database, by a statement as by .load.
  const std::string read_only =
      "Storage error: the database at " + db + " is open read-only, so it cannot be changed";
  second.Send("ADD b amplifies c\r");
  CHECK(second.WaitFor(read_only));
  const std::string file =
      dir.Write("more.json", R"({"claims":[{"subject":"b","relation":"amplifies","object":"c"}]})");
  second.Send(".load " + file + "\r");
  CHECK(second.WaitFor(read_only));
  second.Send(".quit\r");
  CHECK(second.Wait() == 0);

  shell.Send(".quit\r");
  REQUIRE(shell.Wait() == 0);
  // Let go, the database takes the write.
  auto after = RunCausalkg({"--db", db, "query", "ADD b amplifies c"});
  INFO(after.err);
  CHECK(after.exit_code == 0);
}

TEST_CASE("a lock file that cannot be opened is not taken for another writer", "[store][lock]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "query", "ADD a amplifies b"}).exit_code == 0);
  // RocksDB cannot open a folder as its LOCK file: an IO error that names
  // the LOCK file, with nobody holding it.
  std::filesystem::remove(db + "/LOCK");
  std::filesystem::create_directory(db + "/LOCK");

  auto write = RunCausalkg({"--db", db, "query", "ADD b amplifies c"});
  CHECK(write.exit_code == 1);
  CHECK_THAT(
      write.err,
      Catch::StartsWith("Storage error: failed while opening in the database at " + db + " (") &&
          !Catch::Contains("another process"));
  auto read = RunCausalkg({"--db", db, "query", "PATHS FROM a TO b"});
  CHECK(read.exit_code == 0);
}

}  // namespace
}  // namespace causalkg
