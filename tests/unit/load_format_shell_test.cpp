// `.load FILE... --format NAME` in the shell: the files read in the format
// named; a name no format has, a missing name or file refused before any
// file is read; a file in another format refused by its reader; the store as
// it was after every refusal. And what the shell offers for it: completion
// of a format's name after FORMAT and --format, and LOAD's help.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "cli/help_topics.hpp"
#include "cli/shell/completion.hpp"
#include "kb/ingest/format_registry.hpp"
#include "map_import_support.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

constexpr const char* kDocument =
    R"({"claims": [{"subject": "drought", "relation": "decreases", "object": "crop_yield"}]})";

std::vector<std::string> FormatNames() {
  std::vector<std::string> names;
  for (const kb::Format& format : kb::Formats().formats()) names.push_back(format.name);
  return names;
}

struct Binary {
  testing::TempDir dir;
  std::string db = dir.File("db");
  Binary() {
    REQUIRE(RunCausalkg({"--db", db, "--empty", "query", "ADD x amplifies y"}).exit_code == 0);
  }
  std::string Export() const {
    auto run = RunCausalkg({"--db", db, "export", "--format", "jsonl"});
    REQUIRE(run.exit_code == 0);
    return run.out;
  }
  // `script` piped into the shell.
  testing::RunResult Shell(const std::string& script) const {
    return RunCausalkg({"--db", db}, script);
  }
};

TEST_CASE(".load FILE --format NAME reads the files in the format named", "[load][formats][cli]") {
  Binary b;
  // A Kumu map under a name that says nothing of its format.
  const std::string map = b.dir.Write("housing.txt", testing::ImportData("kumu/backup_shape.json"));
  for (const std::string option : {"--format kumu", "--format=KUMU", "-f kumu"}) {
    INFO(option);
    auto run = b.Shell(".load " + map + " " + option + "\n");
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::StartsWith("Loaded 7 claims"));
    CHECK_THAT(run.out, Catch::Contains("Kumu: 2 loops as drawn not stored"));
  }
  // JSON Lines in a file named as a JSON document: refused as one, read as
  // named, with the option before the file; then what was loaded answers.
  const std::string lines = b.dir.Write(
      "lines.json",
      "{\"subject\": \"rainfall\", \"relation\": \"increases\", \"object\": \"crop_yield\"}\n"
      "{\"subject\": \"crop_yield\", \"relation\": \"increases\", \"object\": \"farm_income\"}\n");
  auto as_document = b.Shell(".load " + lines + "\n");
  CHECK(as_document.exit_code == 1);
  CHECK_THAT(as_document.err, Catch::StartsWith("Load error: " + lines + ", line 2, column 1:"));
  auto as_named =
      b.Shell(".load --format jsonl " + lines + "\nPATHS FROM rainfall TO farm_income;\n");
  INFO(as_named.err);
  CHECK(as_named.exit_code == 0);
  CHECK_THAT(as_named.out, Catch::StartsWith("Loaded 2 claims: 2 new edges"));
  CHECK_THAT(as_named.out, Catch::Contains("\n1 path\n"));
}

TEST_CASE(
    ".load refuses a format no reader has, a missing name, and a file in another format, "
    "and changes nothing",
    "[load][formats][cli]") {
  Binary b;
  const std::string map = b.dir.Write("housing.txt", testing::ImportData("kumu/backup_shape.json"));
  const std::string before = b.Export();

  SECTION("an unknown name, refused before any file is read") {
    auto run = b.Shell(".load " + map + " --format spreadsheet\n");
    CHECK(run.exit_code == 1);
    CHECK(run.err == "Load error: unknown format 'spreadsheet'; causalkg reads " +
                         kb::Formats().Describe() + "\n");
    auto missing_file = b.Shell(".load " + b.dir.File("nothing-here") + " --format nosuch\n");
    CHECK_THAT(missing_file.err, Catch::StartsWith("Load error: unknown format 'nosuch'"));
  }
  SECTION("no name, a name twice, no file") {
    const std::string formats = "hint: NAME is one of: " + kb::Formats().Describe() + "\n";
    CHECK(b.Shell(".load " + map + " --format\n").err ==
          "Error: which format? --format needs a name\n" + formats);
    CHECK(b.Shell(".load " + map + " --format=\n").err ==
          "Error: which format? --format needs a name\n" + formats);
    CHECK(b.Shell(".load " + map + " -f kumu --format csv\n").err ==
          "Error: --format is given twice\nhint: .load FILE... [--format NAME]\n");
    CHECK(b.Shell(".load --format kumu\n").err ==
          "Error: which file?\nhint: .load FILE... [--format NAME]\n");
  }
  SECTION("a file that is not in the format named") {
    auto run = b.Shell(".load " + map + " --format mmp\n");
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::StartsWith("Load error: " + map));
    CHECK_THAT(run.err, Catch::Contains("Mental Modeler"));
    CHECK_THAT(run.err, Catch::EndsWith("Nothing was loaded; the database is as it was.\n"));
  }
  CHECK(b.Export() == before);
}

TEST_CASE("the shell completes a format's name after FORMAT and .load's --format",
          "[load][formats][shell]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, kDocument);
  cli::Completions completions(*db.store, {".help", ".load", ".lang", ".quit"});
  std::vector<std::string> all = FormatNames();
  std::sort(all.begin(), all.end());

  CHECK(completions.For("", false, "LOAD 'map.txt' FORMAT ") == all);
  CHECK(completions.For("cs", false, "load 'map.txt' format ") == std::vector<std::string>{"csv"});
  CHECK(completions.For("JSON", false, "LOAD 'map.txt' FORMAT ") ==
        std::vector<std::string>{"json", "jsonl"});
  // Not a node there.
  CHECK(completions.For("dr", false, "LOAD 'map.txt' FORMAT ").empty());

  CHECK(completions.For("", false, ".load map.txt --format ") == all);
  CHECK(completions.For("ku", false, ".lo map.txt -f ") == std::vector<std::string>{"kumu"});
  CHECK(completions.For("v", false, ".load map.txt --format=") ==
        std::vector<std::string>{"vensim"});
  CHECK(completions.For("--f", false, ".load map.txt ") == std::vector<std::string>{"--format"});
  // A file is the user's to type: no node names, no keywords.
  CHECK(completions.For("dr", false, ".load ").empty());
  // .l is .load or .lang: no format there.
  CHECK(completions.For("", false, ".l map.txt --format ") != all);
}

TEST_CASE("LOAD's help lists the formats it reads", "[load][formats][help]") {
  const std::string help = cli::StatementHelp("load");
  for (const kb::Format& format : kb::Formats().formats()) {
    INFO(format.name);
    CHECK_THAT(help, Catch::Contains("\n  " + format.name + " "));
    for (const std::string& extension : format.extensions) {
      CHECK_THAT(help, Catch::Contains(extension));
    }
  }
  CHECK_THAT(help, Catch::Contains("LOAD 'file' [FORMAT name]"));
  CHECK_THAT(help, Catch::Contains("LOAD 'map.txt' FORMAT kumu"));
  CHECK_THAT(cli::StatementHelp("format"), Catch::Contains("in LOAD"));
}

}  // namespace
}  // namespace causalkg
