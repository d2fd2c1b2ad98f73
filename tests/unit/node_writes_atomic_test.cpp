// RENAME NODE, MERGE and REMOVE NODE are one write each: cut off by a file
// size limit at any point (a full disk, as the store sees it), the store
// holds all of the statement's change or none of it.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "store_entries.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

namespace fs = std::filesystem;

constexpr const char* kGraph = R"({
  "nodes": [{"id": "digitalisation", "label": {"en": "digitalisation"}},
            {"id": "digitalisaton", "label": {"fr": "numérisation"}}],
  "claims": [
    {"subject": "digitalisaton", "relation": "amplifies", "object": "loneliness",
     "source": "s1", "quote": "q1"},
    {"subject": "digitalisation", "relation": "amplifies", "object": "loneliness",
     "source": "s1", "quote": "q1", "confidence": 0.9},
    {"subject": "screens", "relation": "increases", "object": "digitalisaton"},
    {"subject": "digitalisaton", "relation": "weakens", "object": "cohesion",
     "source": "s2", "quote": "q2"}
  ]
})";

// Runs causalkg `args` with its files limited to `max_file_bytes`; its exit
// code, or -1 when a signal ended it.
int RunLimited(const std::vector<std::string>& args, rlim_t max_file_bytes) {
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(null, 2);
    ::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG instead
    rlimit limit{max_file_bytes, max_file_bytes};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    testing::ExecCausalkg(args);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

testing::Contents ContentsAt(const std::string& db) {
  auto store = Store::Open(db, OpenMode::kReadOnly);
  INFO((store.ok() ? "" : store.status().ToString()));
  REQUIRE(store.ok());
  testing::CheckEveryEntryDecodes(**store);
  return testing::ContentsOf(**store);
}

bool Same(const testing::Contents& a, const testing::Contents& b) {
  return a.claims == b.claims && a.terms == b.terms && a.sources.size() == b.sources.size();
}

TEST_CASE("a node statement cut off by a full disk leaves all of its change or none",
          "[nodes][disk]") {
  testing::TempDir dir;
  const std::string original = dir.File("original");
  REQUIRE(
      testing::RunCausalkg({"--db", original, "--empty", "load", dir.Write("graph.json", kGraph)})
          .exit_code == 0);
  const testing::Contents before = ContentsAt(original);
  for (const std::string statement :
       {"MERGE digitalisaton INTO digitalisation", "RENAME NODE digitalisaton TO digitisation",
        "REMOVE NODE digitalisaton", "REMOVE screens increases digitalisaton"}) {
    INFO(statement);
    const std::string done = dir.File("done");
    fs::remove_all(done);
    fs::copy(original, done, fs::copy_options::recursive);
    REQUIRE(testing::RunCausalkg({"--db", done, "query", statement}).exit_code == 0);
    const testing::Contents after = ContentsAt(done);
    REQUIRE_FALSE(Same(after, before));
    bool failed = false, succeeded = false;
    for (rlim_t limit : {1, 100, 1000, 2000, 4000, 8000, 10000, 20000, 40000, 100000, 1000000}) {
      INFO("files limited to " << limit << " bytes");
      const std::string db = dir.File("db-" + std::to_string(limit));
      fs::remove_all(db);
      fs::copy(original, db, fs::copy_options::recursive);
      const int exit_code = RunLimited({"--db", db, "query", statement}, limit);
      CHECK((exit_code == 0 || exit_code == 1));
      const testing::Contents now = ContentsAt(db);
      CHECK((Same(now, before) || Same(now, after)));
      if (exit_code == 0) CHECK(Same(now, after));
      succeeded |= exit_code == 0;
      failed |= exit_code == 1 && Same(now, before);
    }
    // The limits cut some runs off, the store as it was, and let others
    // through.
    CHECK(failed);
    CHECK(succeeded);
  }
}

}  // namespace
}  // namespace causalkg
