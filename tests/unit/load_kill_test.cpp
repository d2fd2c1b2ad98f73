// A load killed with SIGKILL half-way leaves the store as it was.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <thread>

#include "engine/storage/write_set.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::ExportOf;

// A JSON Lines file of `n` distinct claims over a few thousand nodes.
std::string WriteBigFile(const testing::TempDir& dir, int n) {
  const std::string path = dir.File("big.jsonl");
  std::ofstream out(path);
  const char* relations[] = {"amplifies", "weakens", "increases", "erodes"};
  for (int i = 0; i < n; ++i) {
    out << R"({"subject":"n)" << i % 5000 << R"(","relation":")" << relations[i % 4]
        << R"(","object":"m)" << i << R"(","source":"bulk","quote":"claim )" << i << "\"}\n";
  }
  return path;
}

pid_t StartLoad(const std::string& db, const std::string& file) {
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    ::execl(CAUSALKG_BINARY, CAUSALKG_BINARY, "--db", db.c_str(), "load", file.c_str(), nullptr);
    ::_exit(127);
  }
  return pid;
}

TEST_CASE("a load killed half-way leaves the store exactly as it was", "[load][kill]") {
  testing::TempDir dir;
  // Large enough for the bulk path (SST files ingested at the end), so that
  // kills land while reading, while staging files, or around the ingest.
  const int kClaims = 300000;
  static_assert(3 * kClaims > kIngestThreshold);
  const std::string big = WriteBigFile(dir, kClaims);
  const std::string db = dir.File("db");
  const std::string base = dir.Write(
      "base.json",
      R"({"claims":[{"subject":"a","relation":"amplifies","object":"b","source":"s","quote":"q"}]})");
  REQUIRE(testing::RunCausalkg({"--db", db, "--empty", "load", base}).exit_code == 0);
  std::string before;
  {
    auto store = Store::Open(db, OpenMode::kReadOnly);
    REQUIRE(store.ok());
    before = ExportOf(**store, kb::ExportFormat::kJsonLines);
  }

  int killed_mid_load = 0;
  for (int delay_ms : {30, 120, 250, 400, 600, 900}) {
    const pid_t pid = StartLoad(db, big);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    const bool was_killed = WIFSIGNALED(status);
    auto store = Store::Open(db, OpenMode::kReadWrite);  // also clears what a killed load staged
    REQUIRE(store.ok());
    const std::uint64_t edges = (*store)->counts().edges;
    INFO("killed after " << delay_ms << " ms; edges " << edges);
    if (edges == 1) {
      CHECK(ExportOf(**store, kb::ExportFormat::kJsonLines) == before);
      killed_mid_load += was_killed;
    } else {
      // The load finished before the kill: then all of it is there.
      CHECK(edges == 1 + kClaims);
      CHECK((*store)->counts().evidence == 1 + kClaims);
      break;
    }
  }
  // Without a kill that landed during the load this test would prove nothing.
  CHECK(killed_mid_load >= 1);
}

}  // namespace
}  // namespace causalkg
