// Results and listings in every output mode: CSV, TSV and Markdown written
// as those formats' readers need them, and the binary's --format and
// .mode giving them, with what a table says beside its rows on stderr.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cli/render/output_format.hpp"
#include "cli/render/rows_output.hpp"
#include "cli/render/tabular_text.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using cli::OutputFormat;
using testing::RunCausalkg;

TEST_CASE("output formats are named in any case, md for Markdown, and listed in messages",
          "[modes]") {
  CHECK(cli::OutputFormatNamed("CSV") == OutputFormat::kCsv);
  CHECK(cli::OutputFormatNamed("md") == OutputFormat::kMarkdown);
  CHECK(cli::OutputFormatNamed("Markdown") == OutputFormat::kMarkdown);
  CHECK_FALSE(cli::OutputFormatNamed("yaml"));
  CHECK_FALSE(cli::OutputFormatNamed(""));
  CHECK(cli::DescribeOutputFormats() == "table, json, jsonl, csv, tsv, markdown or dot");
  CHECK(cli::OutputFormatChoices() == "table|json|jsonl|csv|tsv|markdown|dot");
}

TEST_CASE("CSV quotes a field holding a comma, a quote or a line break, doubling its quotes",
          "[modes]") {
  const cli::StringTable table{{"a", "b,c"}, {{"plain", "say \"hi\", then go"}, {"", "x\ny"}}};
  CHECK(cli::TabularText(table, OutputFormat::kCsv) ==
        "a,\"b,c\"\nplain,\"say \"\"hi\"\", then go\"\n,\"x\ny\"\n");
}

TEST_CASE("TSV writes a tab or line break in a field as an escape, so that a row is one line",
          "[modes]") {
  const cli::StringTable table{{"a", "b"}, {{"one\ttwo", "three\nfour"}}};
  CHECK(cli::TabularText(table, OutputFormat::kTsv) == "a\tb\none\\ttwo\tthree\\nfour\n");
}

TEST_CASE("a Markdown table escapes | in a cell and pads its columns to line up", "[modes]") {
  const cli::StringTable table{{"id", "label"}, {{"a|b", "é"}, {"c", "long label"}}};
  CHECK(cli::TabularText(table, OutputFormat::kMarkdown) ==
        "| id   | label      |\n"
        "| ---- | ---------- |\n"
        "| a\\|b | é          |\n"
        "| c    | long label |\n");
}

TEST_CASE("a result's rows as CSV name terms by the language's labels, chains with their signs",
          "[modes]") {
  QueryResult result;
  PathsResult paths;
  Path path;
  path.nodes = {1, 2};
  path.steps = {Step{10, Polarity::kNegative, std::nullopt}};
  path.sign = -1;
  paths.paths = {path};
  paths.truncated = true;
  result.body = paths;
  result.names[1] = {"trust", {{"nl", "vertrouwen"}}};
  result.names[2] = {"cooperation", {}};
  result.names[10] = {"reduces", {{"nl", "vermindert"}}};
  const cli::RowsText nl = cli::ResultAsRows(result, "nl", OutputFormat::kCsv);
  // A term without a label in the language shows its id, as tables do.
  // A chain no evidence was weighed for has an empty belief cell.
  CHECK(nl.text == "chain,net sign,belief\nvertrouwen -[vermindert -]-> cooperation,-,\n");
  REQUIRE(nl.notes.size() == 1);
  CHECK_THAT(nl.notes[0], Catch::StartsWith("note: truncated at the LIMIT"));
  CHECK(cli::ResultAsRows(result, "id", OutputFormat::kTsv).text ==
        "chain\tnet sign\tbelief\ntrust -[reduces -]-> cooperation\t-\t\n");
}

struct Report {
  testing::TempDir dir;
  std::string db = dir.File("db");
  testing::RunResult Query(const std::string& text, const std::string& format,
                           std::vector<std::string> more = {}) {
    std::vector<std::string> args = {"--db", db};
    args.insert(args.end(), more.begin(), more.end());
    for (const std::string& arg : {std::string("query"), text, std::string("--format"), format})
      args.push_back(arg);
    return RunCausalkg(args);
  }
};

TEST_CASE("query --format csv, tsv and markdown give the table's rows, and nothing else",
          "[modes][cli]") {
  Report report;
  const std::string statement = "BLINDSPOTS FOR social_cohesion";
  auto csv = report.Query(statement, "csv");
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out ==
        "blind spot,distance,net sign,recommended for it,belief\n"
        "digitalisation,1,-/?,broader digitalisation policy,0.55\n"
        "social inequality,1,-,,0.75\n"
        "individualisation,1,-,broader digitalisation policy,0.55\n");
  CHECK(csv.err.empty());
  auto tsv = report.Query(statement, "tsv", {"--lang", "nl"});
  REQUIRE(tsv.exit_code == 0);
  CHECK_THAT(tsv.out, Catch::StartsWith("blind spot\tdistance\tnet sign\trecommended for it\tbelief\n"
                                        "digitalisering\t1\t-/?\tbreder digitaliseringsbeleid\t0.55\n"));
  auto markdown = report.Query(statement, "markdown");
  REQUIRE(markdown.exit_code == 0);
  CHECK_THAT(markdown.out,
             Catch::StartsWith("| blind spot        | distance | net sign | recommended for it  "));
  CHECK_THAT(markdown.out, Catch::Contains("| ----------------- | -------- |"));
}

TEST_CASE("what a table says beside its rows goes to stderr in CSV: cut at the LIMIT, a write",
          "[modes][cli]") {
  Report report;
  auto cut = report.Query("EFFECTS OF digitalisation LIMIT 2", "csv");
  REQUIRE(cut.exit_code == 0);
  CHECK(cut.out ==
        "effect,distance,net sign,belief,step\n"
        "social inequality,1,+,0.87,digitalisation -[increases +]-> social inequality\n"
        "digital inequality,1,+,0.45,digitalisation -[increases +]-> digital inequality\n");
  CHECK_THAT(cut.err, Catch::StartsWith("note: 2 of 7 rows: truncated at the LIMIT"));
  auto added = report.Query("ADD trust increases cooperation", "csv");
  REQUIRE(added.exit_code == 0);
  CHECK(added.out ==
        "new edges,new nodes,new relations,new sources,evidence added,removed edges,removed "
        "evidence,removed nodes\n1,2,0,0,0,0,0,0\n");
  CHECK_THAT(added.err, Catch::StartsWith("Added trust increases cooperation"));
}

TEST_CASE("an unknown --format is bad usage, and the message lists the formats", "[modes][cli]") {
  Report report;
  auto run = report.Query("LOOPS", "yaml");
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.err, Catch::Contains("unknown format 'yaml'"));
  CHECK_THAT(run.err, Catch::Contains("table, json, jsonl, csv, tsv, markdown or dot"));
  auto stats = RunCausalkg({"--db", report.db, "stats", "--format", "yaml"});
  CHECK(stats.exit_code == 2);
}

TEST_CASE("dot-commands run through query and honour --format", "[modes][cli]") {
  Report report;
  auto sources = report.Query(".sources", "json");
  REQUIRE(sources.exit_code == 0);
  const auto json = nlohmann::json::parse(sources.out);
  REQUIRE(json["sources"].size() == 1);
  CHECK(json["sources"][0]["id"] == "scp-2025");
  CHECK(json["sources"][0]["publisher"] == "Sociaal en Cultureel Planbureau");
  CHECK(json["sources"][0]["reliability"].is_null());

  auto nodes = report.Query(".nodes samen", "csv");
  REQUIRE(nodes.exit_code == 0);
  CHECK(nodes.out == "id,en,nl\nsocial_cohesion,social cohesion,sociale samenhang\n");

  auto relations = report.Query(".relations", "json");
  REQUIRE(relations.exit_code == 0);
  const auto listed = nlohmann::json::parse(relations.out)["relations"];
  bool found = false;
  for (const auto& r : listed) {
    if (r["id"] != "weakens") continue;
    found = true;
    CHECK(r["polarity"] == "-");
    CHECK(r["built_in"] == true);
    CHECK(r["in_store"] == true);
    CHECK(r["labels"]["nl"] == "verzwakt");
  }
  CHECK(found);

  auto stats = report.Query(".stats", "tsv");
  REQUIRE(stats.exit_code == 0);
  CHECK(stats.out == "database\tnodes\trelations\tedges\tevidence\tsources\n" + report.db +
                         "\t19\t12\t37\t32\t1\n");

  // A dot-command among statements: the script runs as piped.
  auto mixed = report.Query(".mode csv\nSHORTEST FROM digitalisation TO social_cohesion;", "table");
  REQUIRE(mixed.exit_code == 0);
  CHECK(mixed.out == "chain,net sign,belief\ndigitalisation -[erodes -]-> social cohesion,-,0.55\n");

  auto unknown = report.Query(".frobnicate", "table");
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.err, Catch::Contains("unknown command .frobnicate"));
}

TEST_CASE("stats takes every output format", "[modes][cli]") {
  Report report;
  auto csv = RunCausalkg({"--db", report.db, "stats", "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out ==
        "database,nodes,relations,edges,evidence,sources\n" + report.db + ",19,12,37,32,1\n");
  auto json = RunCausalkg({"--db", report.db, "stats", "--format", "json"});
  REQUIRE(json.exit_code == 0);
  CHECK(nlohmann::json::parse(json.out)["edges"] == 37);
}

TEST_CASE("the labels' language (--lang) is en, nl, id or one some label has, in any case",
          "[modes][cli]") {
  Report report;
  auto dutch =
      report.Query("SHORTEST FROM digitalisation TO social_cohesion", "table", {"--lang", "NL"});
  REQUIRE(dutch.exit_code == 0);
  CHECK_THAT(dutch.out, Catch::StartsWith("digitalisering -[tast aan - (can)]-> sociale samenhang"));
  auto french = report.Query("LOOPS", "table", {"--lang", "fr"});
  CHECK(french.exit_code == 2);
  CHECK_THAT(french.err, Catch::StartsWith("Usage error: --lang: no labels are in the language "
                                           "'fr'"));
  CHECK_THAT(french.err, Catch::Contains("use en, nl, or id"));
  auto piped = RunCausalkg({"--db", report.db, "--lang", "xx"}, "LOOPS;\n");
  CHECK(piped.exit_code == 2);
  CHECK(piped.out.empty());

  // A language some label has is one results can show.
  const std::string file =
      report.dir.Write("de.json",
                       R"({"nodes": [{"id": "trust", "label": {"de": "Vertrauen"}}],
          "claims": [{"subject": "trust", "relation": "increases", "object": "cooperation"}]})");
  REQUIRE(RunCausalkg({"--db", report.db, "load", file}).exit_code == 0);
  auto german = report.Query("EFFECTS OF trust", "csv", {"--lang", "DE"});
  REQUIRE(german.exit_code == 0);
  CHECK(german.out ==
        "effect,distance,net sign,belief,step\ncooperation,1,+,0.65,Vertrauen -[increases +]-> cooperation\n");
  auto listed = report.Query("LOOPS", "table", {"--lang", "fr"});
  CHECK_THAT(listed.err, Catch::Contains("use en, nl, de, or id"));
}

}  // namespace
}  // namespace causalkg
