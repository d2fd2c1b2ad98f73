// LOAD 'file' FORMAT name: a file is read in the format named whatever its
// name; a name no format has is refused at the name, with the formats
// listed, before anything is read; a file that is not in the format named is
// refused by its reader; and the store is as it was after every refusal.
// EXPLAIN shows the format and reads nothing. (.load: load_format_shell_test.)
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/exec/executor.hpp"
#include "grammar/parse.hpp"
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

// A table of claims, which only the csv format reads as one.
constexpr const char* kTable =
    "subject,relation,object,quote\n"
    "rainfall,increases,crop_yield,\"rain, in time, helps\"\n"
    "crop_yield,increases,farm_income,\n";

constexpr const char* kDocument =
    R"({"claims": [{"subject": "drought", "relation": "decreases", "object": "crop_yield"}]})";

std::vector<std::string> FormatNames() {
  std::vector<std::string> names;
  for (const kb::Format& format : kb::Formats().formats()) names.push_back(format.name);
  return names;
}

// "json, jsonl, ...": the formats as a LOAD statement's error lists them.
std::string FormatList() {
  std::string list;
  for (const std::string& name : FormatNames()) list += (list.empty() ? "" : ", ") + name;
  return list;
}

// The engine with causalkg's loader and formats handed in, counting the
// loader's calls and keeping the format it was last asked for.
struct Engine {
  testing::ScratchStore db;
  int loads = 0;
  std::string asked_format;
  Executor executor;
  Engine()
      : executor(*db.store, ExecutorOptions{nullptr,
                                            [this](Store& store, const std::string& path,
                                                   const std::string& format) {
                                              return Load(store, path, format);
                                            },
                                            FormatNames()}) {
    testing::MustLoad(*db.store, kDocument);
  }

  Result<WriteResult> Load(Store& store, const std::string& path, const std::string& format) {
    ++loads;
    asked_format = format;
    kb::LoadOptions options;
    options.format = format;
    auto loaded = kb::LoadFiles(store, {path}, options);
    if (!loaded.ok()) return std::move(loaded).TakeStatus();
    WriteResult result;
    result.summary = loaded->write;
    result.message = "Loaded " + kb::DescribeSummary(*loaded);
    return result;
  }

  Result<QueryResult> Execute(const std::string& text) {
    const grammar::ParseResult parsed = grammar::Parse(text);
    INFO(text);
    REQUIRE_FALSE(parsed.error.has_value());
    REQUIRE(parsed.statements.size() == 1);
    return executor.Execute(parsed.statements.front());
  }

  bool Has(const std::string& name) const {
    auto term = db.store->FindTerm(name);
    REQUIRE(term.ok());
    return term->has_value();
  }
};

TEST_CASE("LOAD ... FORMAT reads a file in the format named, whatever its name",
          "[load][formats]") {
  Engine e;
  const std::string txt = e.db.dir.Write("rain.txt", kTable);
  auto loaded = e.Execute("LOAD '" + txt + "' FORMAT csv");
  INFO((loaded.ok() ? "" : loaded.status().ToString()));
  REQUIRE(loaded.ok());
  REQUIRE(std::holds_alternative<WriteResult>(loaded->body));
  CHECK_THAT(std::get<WriteResult>(loaded->body).message, Catch::StartsWith("Loaded 2 claims"));
  CHECK(e.Has("rainfall"));
  CHECK(e.Has("farm_income"));
  CHECK(e.asked_format == "csv");

  // A table in a file named as a JSON document: refused as one by its
  // extension, read as named.
  const std::string json =
      e.db.dir.Write("harvest.json", "subject,relation,object\nsun,increases,harvest\n");
  auto by_extension = e.Execute("LOAD '" + json + "'");
  REQUIRE_FALSE(by_extension.ok());
  CHECK(by_extension.status().kind() == ErrorKind::kLoad);
  CHECK_FALSE(e.Has("harvest"));
  // The name in any case, as `causalkg load --format` takes it; the loader
  // is asked for the registry's name.
  auto named = e.Execute("LOAD '" + json + "' FORMAT Csv");
  INFO((named.ok() ? "" : named.status().ToString()));
  REQUIRE(named.ok());
  CHECK(e.asked_format == "csv");
  CHECK(e.Has("harvest"));
}

TEST_CASE("LOAD ... FORMAT of a file in another format is refused and changes nothing",
          "[load][formats]") {
  Engine e;
  const std::string before = testing::ExportOf(*e.db.store);
  const std::string json =
      e.db.dir.Write("more.json", R"({"claims": [{"subject": "a", "relation": "increases",
                                                  "object": "b"}]})");
  for (const std::string format : {"vensim", "csv", "kumu"}) {
    INFO(format);
    auto refused = e.Execute("LOAD '" + json + "' FORMAT " + format);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.status().ToString());
    CHECK(refused.status().kind() == ErrorKind::kLoad);
    CHECK(refused.status().file() == json);
    CHECK(e.asked_format == format);
    CHECK(testing::ExportOf(*e.db.store) == before);
  }
  // As the JSON document it is, it loads.
  REQUIRE(e.Execute("LOAD '" + json + "' FORMAT json").ok());
  CHECK(testing::ExportOf(*e.db.store) != before);
}

TEST_CASE(
    "an unknown FORMAT is a Name error at the name that lists the formats, and reads "
    "nothing",
    "[load][formats]") {
  Engine e;
  const std::string before = testing::ExportOf(*e.db.store);
  const std::string txt = e.db.dir.Write("rain.txt", kTable);
  for (const std::string mode : {"", "EXPLAIN ", "PROFILE "}) {
    for (const std::string name : {"spreadsheet", "'comma separated'", "TABLE", "csvv"}) {
      const std::string text = mode + "LOAD '" + txt + "' FORMAT " + name;
      INFO(text);
      auto refused = e.Execute(text);
      REQUIRE_FALSE(refused.ok());
      const Status& status = refused.status();
      CHECK(status.kind() == ErrorKind::kName);
      CHECK(status.code() == StatusCode::kNotFound);
      REQUIRE(status.offset().has_value());
      CHECK(*status.offset() == text.rfind(name));
      const std::string unquoted = name.front() == '\'' ? name.substr(1, name.size() - 2) : name;
      CHECK(status.message() ==
            "unknown format '" + unquoted + "'; causalkg reads " + FormatList());
      CHECK(status.hint() == "without FORMAT, the file's extension or content says its format");
    }
  }
  CHECK_THAT(FormatList(), Catch::Contains("csv") && Catch::Contains("kumu"));
  CHECK(e.loads == 0);
  CHECK(testing::ExportOf(*e.db.store) == before);

  // An engine given no formats knows none.
  testing::ScratchStore bare;
  Executor without(*bare.store, ExecutorOptions{});
  const std::string text = "LOAD 'x.txt' FORMAT csv";
  auto refused = without.Execute(grammar::Parse(text).statements.at(0));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().kind() == ErrorKind::kName);
  CHECK(refused.status().message() == "unknown format 'csv'; no format is known here");
}

TEST_CASE("EXPLAIN LOAD ... FORMAT shows the format and reads nothing",
          "[load][formats][explain]") {
  Engine e;
  const std::string before = testing::ExportOf(*e.db.store);
  const std::string txt = e.db.dir.Write("rain.txt", kTable);
  auto explained = e.Execute("EXPLAIN LOAD '" + txt + "' FORMAT CSV");
  REQUIRE(explained.ok());
  REQUIRE(std::holds_alternative<PlanResult>(explained->body));
  const PlanNode& root = std::get<PlanResult>(explained->body).root;
  CHECK(root.operation == "load");
  CHECK_THAT(root.detail, Catch::StartsWith("'" + txt + "' as csv: a write"));

  auto unnamed = e.Execute("EXPLAIN LOAD '" + txt + "'");
  REQUIRE(unnamed.ok());
  CHECK_THAT(std::get<PlanResult>(unnamed->body).root.detail,
             Catch::StartsWith("'" + txt + "' in the format its extension or content says"));
  CHECK(e.loads == 0);
  CHECK(testing::ExportOf(*e.db.store) == before);
}

// --- through the binary ------------------------------------------------------

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
};

TEST_CASE("causalkg query runs LOAD ... FORMAT, and refuses an unknown format at its name",
          "[load][formats][cli]") {
  Binary b;
  const std::string txt = b.dir.Write("rain.txt", kTable);
  auto loaded = RunCausalkg({"--db", b.db, "query", "LOAD '" + txt + "' FORMAT csv"});
  INFO(loaded.err);
  CHECK(loaded.exit_code == 0);
  CHECK_THAT(loaded.out, Catch::StartsWith("Loaded 2 claims: 2 new edges"));
  auto paths = RunCausalkg({"--db", b.db, "query", "PATHS FROM rainfall TO farm_income"});
  CHECK_THAT(paths.out, Catch::Contains("\n1 path\n"));

  const std::string before = b.Export();
  const std::string statement = "LOAD '" + txt + "' FORMAT excel";
  auto refused = RunCausalkg({"--db", b.db, "query", statement});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err == "Name error: unknown format 'excel'; causalkg reads " + FormatList() + "\n" +
                           statement + "\n" + std::string(statement.rfind("excel"), ' ') +
                           "^\nhint: without FORMAT, the file's extension or content says its "
                           "format\n");
  auto as_json = RunCausalkg({"--db", b.db, "query", statement + " AS JSON"});
  CHECK(as_json.exit_code == 1);
  CHECK_THAT(as_json.out,
             Catch::Contains("\"column\": " + std::to_string(statement.rfind("excel") + 1) + ","));
  CHECK(b.Export() == before);
}

}  // namespace
}  // namespace causalkg
