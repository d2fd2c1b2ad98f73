// The export formats' table, and `causalkg export` choosing its format by
// name, else by the extension of the file it writes.
#include <catch2/catch.hpp>

#include <filesystem>

#include "kb/export/export.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

TEST_CASE("the export formats are found by name and by extension", "[export][formats]") {
  CHECK(kb::DescribeExportFormats() == "json, jsonl, ntriples, kumu or csv");
  const kb::ExportWriter* nt = kb::FindExportWriter("nt");
  REQUIRE(nt != nullptr);
  CHECK(nt->format == kb::ExportFormat::kNTriples);
  CHECK(kb::FindExportWriter("yaml") == nullptr);
  const kb::ExportWriter* lines = kb::ExportWriterForFile("out/claims.JSONL");
  REQUIRE(lines != nullptr);
  CHECK(lines->format == kb::ExportFormat::kJsonLines);
  CHECK(kb::ExportWriterForFile("claims.txt") == nullptr);
  CHECK(kb::ExportWriterForFile("out/.json") == nullptr);  // a name that is all extension
}

TEST_CASE(
    "causalkg export writes the format named, else its file's, else (no extension) a JSON "
    "document",
    "[export][formats][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "query", "ADD a amplifies b QUOTE 'q'"}).exit_code ==
          0);
  auto to_stdout = [&](const std::string& format) {
    auto run = RunCausalkg({"--db", db, "export", "--format", format});
    REQUIRE(run.exit_code == 0);
    return run.out;
  };
  auto to_file = [&](const std::string& name, std::vector<std::string> more = {}) {
    std::vector<std::string> args = {"--db", db, "export", "-o", dir.File(name)};
    args.insert(args.end(), more.begin(), more.end());
    auto run = RunCausalkg(args);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return testing::ReadFile(dir.File(name));
  };
  const std::string json = to_stdout("json"), jsonl = to_stdout("jsonl"),
                    nt = to_stdout("ntriples");
  CHECK(json != jsonl);
  CHECK(to_file("claims.jsonl") == jsonl);
  CHECK(to_file("graph.nt") == nt);
  CHECK(to_file("claims") == json);
  CHECK(to_file("named.jsonl", {"--format", "json"}) == json);
  CHECK(to_file("claims.txt", {"--format", "jsonl"}) == jsonl);
  // An extension no format has is refused, not filled with what it does
  // not say, and nothing is written.
  auto refused = RunCausalkg({"--db", db, "export", "-o", dir.File("notes.txt")});
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.err, Catch::Contains("cannot export to a file ending in .txt"));
  CHECK_THAT(refused.err, Catch::Contains(".jsonl"));
  CHECK_FALSE(std::filesystem::exists(dir.File("notes.txt")));
  auto again = RunCausalkg({"--db", db, "export", "-o", dir.File("more.xml")});
  CHECK(again.exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(dir.File("more.xml")));
}

}  // namespace
}  // namespace causalkg
