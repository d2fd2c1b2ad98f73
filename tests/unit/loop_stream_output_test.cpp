// LOOPS in csv, tsv and jsonl is written loop by loop as the search finds
// them (cli/render/loop_lines.hpp): each line must be the one the held
// result gives in that format (ResultAsRows, ResultAsJsonLines), on a real
// model's labels (FREE 6) and on loops of unknown sign; only the order may
// differ. And through the binary: to a file, with a LIMIT, and its notes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "cli/render/json_output.hpp"
#include "cli/render/rows_output.hpp"
#include "cli/statement_runner.hpp"
#include "grammar/parse.hpp"
#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using cli::OutputFormat;

std::vector<std::string> SortedLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

QueryResult Held(Store& store, const std::string& statement) {
  grammar::ParseResult parsed = grammar::Parse(statement);
  REQUIRE(!parsed.error);
  Executor executor(store, {});
  auto result = executor.Execute(parsed.statements[0]);
  REQUIRE(result.ok());
  return std::move(result).value();
}

std::string Streamed(Store& store, const std::string& statement, OutputFormat format,
                     std::string* notes = nullptr) {
  std::ostringstream out, err;
  cli::StatementRunner runner(store, out, err);
  runner.set_format(format);
  INFO(statement);
  REQUIRE(runner.Run(statement));
  if (notes) *notes = err.str();
  return out.str();
}

void CheckStreamMatchesHeld(Store& store, const std::string& statement) {
  const QueryResult held = Held(store, statement);
  const auto loops = std::get<PathsResult>(held.body).paths.size();
  REQUIRE(loops > 0);
  for (OutputFormat format : {OutputFormat::kCsv, OutputFormat::kTsv}) {
    const std::string streamed = Streamed(store, statement, format);
    CHECK(SortedLines(streamed) == SortedLines(cli::ResultAsRows(held, "en", format).text));
    // The header first, once.
    CHECK(streamed.rfind(format == OutputFormat::kCsv ? "type,loop,belief\n" : "type\tloop\tbelief\n", 0) == 0);
  }
  const std::string jsonl = Streamed(store, statement, OutputFormat::kJsonl);
  CHECK(SortedLines(jsonl) == SortedLines(cli::ResultAsJsonLines(held, "en")));
  CHECK(SortedLines(jsonl).size() == loops);
}

TEST_CASE("streamed loops are the lines the held result gives", "[loops]") {
  SECTION("FREE 6, a real model: labels with spaces, commas, links of unknown sign") {
    testing::ScratchStore db;
    const std::string model =
        std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/import/vensim/metasd/free6.mdl";
    REQUIRE(kb::LoadFiles(*db.store, {model}, {}).ok());
    CheckStreamMatchesHeld(*db.store, "LOOPS DEPTH 14 LIMIT 100000");
    CheckStreamMatchesHeld(*db.store, "LOOPS DEPTH 8 SIGN ?");
  }
  SECTION("labels that need quoting in CSV and escaping in JSON, non-ASCII text") {
    testing::ScratchStore db;
    testing::MustLoad(*db.store, R"({"format": "causalkg/1", "nodes": [
      {"id": "a", "label": "tax, \"green\""}, {"id": "b", "label": "b: \u00e9t\u00e9 \\ back"}],
      "claims": [{"subject": "a", "relation": "increases", "object": "b"},
                 {"subject": "b", "relation": "decreases", "object": "a"},
                 {"subject": "b", "relation": "influences", "object": "a"}]})");
    CheckStreamMatchesHeld(*db.store, "LOOPS");
  }
}

TEST_CASE("LOOPS INDEPENDENT names each component, also one whose loops the LIMIT leaves out",
          "[loops]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, R"({"format": "causalkg/1", "claims": [
      {"subject": "a", "relation": "increases", "object": "b"},
      {"subject": "b", "relation": "increases", "object": "a"},
      {"subject": "c", "relation": "increases", "object": "d"},
      {"subject": "d", "relation": "decreases", "object": "c"}]})");
  std::ostringstream out, err;
  cli::StatementRunner runner(*db.store, out, err);
  REQUIRE(runner.Run("LOOPS INDEPENDENT LIMIT 1"));
  CHECK(out.str() ==
        "R  a -[increases +]-> b -[increases +]-> a\n"
        "1 loop in a shortest independent loop set (truncated at the LIMIT: there are more; "
        "raise LIMIT to see them)\n"
        "component of 2 nodes and 2 links (from a): 1 independent loop, cyclomatic number 1\n"
        "component of 2 nodes and 2 links (from c): 1 independent loop, cyclomatic number 1\n");
}

TEST_CASE("causalkg query streams LOOPS to a file, every loop without a LIMIT", "[loops]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string model =
      std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/import/vensim/metasd/free6.mdl";
  REQUIRE(testing::RunCausalkg({"--db", db, "--empty", "load", model}).exit_code == 0);
  // 1315 loops of at most 20 steps (COUNT LOOPS, and networkx in
  // python/tests/test_loops_networkx.py), past the default LIMIT of 1000.
  auto counted = testing::RunCausalkg({"--db", db, "query", "COUNT LOOPS DEPTH 20"});
  REQUIRE(counted.exit_code == 0);
  CHECK_THAT(counted.out, Catch::Contains("total   4  21  1290  1315"));
  const std::string file = dir.File("loops.csv");
  auto run = testing::RunCausalkg(
      {"--db", db, "query", "LOOPS DEPTH 20 TO '" + file + "'", "--format", "csv"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.err == "wrote 1315 loops to " + file + "\n");
  CHECK(SortedLines(testing::ReadFile(file)).size() == 1316);  // and the header
  auto limited =
      testing::RunCausalkg({"--db", db, "query", "LOOPS DEPTH 20 LIMIT 10", "--format", "jsonl"});
  REQUIRE(limited.exit_code == 0);
  CHECK(SortedLines(limited.out).size() == 10);
  CHECK_THAT(limited.err, Catch::Contains("truncated at the LIMIT"));
}

}  // namespace
}  // namespace causalkg
