// Results written to files by the shell's dot-commands, as a piped script
// runs them: .export in the format of the file's extension, .once and
// .output, file names in quotes; and `causalkg export -o` read back by
// `causalkg load`.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

constexpr const char* kChainsCsv =
    "chain,net sign,belief\n"
    "digitalisation -[erodes -]-> social cohesion,-,0.55\n"
    "digitalisation -[influences ?]-> social cohesion,?,0.45\n"
    "digitalisation -[increases +]-> social inequality -[weakens -]-> social cohesion,-,0.6525\n"
    "digitalisation -[strengthens +]-> individualisation -[weakens -]-> social "
    "cohesion,-,0.5155\n";

TEST_CASE(
    ".export writes the format its file's extension names, in quotes when the name has "
    "blanks",
    "[shell][files]") {
  testing::TempDir dir;
  const std::string csv = dir.File("my chains.csv"), tsv = dir.File("chains.tsv"),
                    md = dir.File("chains.md"), txt = dir.File("chains.txt");
  auto run = RunCausalkg({"--db", dir.File("db")},
                         "PATHS FROM digitalisation TO social_cohesion;\n"
                         ".export '" +
                             csv +
                             "'\n"
                             ".export \"" +
                             tsv +
                             "\"\n"
                             ".export " +
                             md +
                             "\n"
                             ".export " +
                             txt + "\n");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("wrote " + csv + " (CSV)"));
  CHECK(testing::ReadFile(csv) == kChainsCsv);
  CHECK_THAT(
      testing::ReadFile(tsv),
      Catch::StartsWith(
          "chain\tnet sign\tbelief\ndigitalisation -[erodes -]-> social cohesion\t-\t0.55\n"));
  CHECK_THAT(testing::ReadFile(md), Catch::StartsWith("| chain  "));
  CHECK_THAT(testing::ReadFile(txt), Catch::EndsWith("4 paths\n"));
}

TEST_CASE(".export refuses an extension it cannot write, naming those it can, and writes nothing",
          "[shell][files]") {
  testing::TempDir dir;
  for (const std::string name : {"chains.xlsx", "chains"}) {
    auto run = RunCausalkg({"--db", dir.File("db")}, "LOOPS;\n.export " + dir.File(name) + "\n");
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err,
               Catch::Contains(".csv, .tsv, .md, .json, .txt, .dot, .gv, .svg, .png or .pdf"));
    CHECK_FALSE(std::filesystem::exists(dir.File(name)));
  }
  auto unclosed = RunCausalkg({"--db", dir.File("db")}, "LOOPS;\n.export 'open.csv\n");
  CHECK(unclosed.exit_code == 1);
  CHECK_THAT(unclosed.err, Catch::Contains("the quote at column 9 is not closed"));
}

TEST_CASE(".once sends the next result to a file, .output every result until .output alone",
          "[shell][files]") {
  testing::TempDir dir;
  const std::string once = dir.File("one result.csv"), all = dir.File("all results.txt");
  auto run = RunCausalkg({"--db", dir.File("db")},
                         ".mode csv\n"
                         ".once '" +
                             once +
                             "'\n"
                             "PATHS FROM digitalisation TO social_cohesion;\n"
                             "MATCH ?a strengthens ?b;\n"
                             ".mode table\n"
                             ".output '" +
                             all +
                             "'\n"
                             "SHORTEST FROM digitalisation TO social_cohesion;\n"
                             ".nodes samen\n"
                             ".output\n"
                             "LOOPS;\n");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(testing::ReadFile(once) == kChainsCsv);
  CHECK(run.out == "?a,?b\ndigitalisation,individualisation\n0 loops\n");
  CHECK(testing::ReadFile(all) ==
        "digitalisation -[erodes - (can)]-> social cohesion  net -  belief 0.55\n"
        "1 step\n"
        "id               en               nl\n"
        "---------------  ---------------  -----------------\n"
        "social_cohesion  social cohesion  sociale samenhang\n"
        "1 node\n");
  auto refused = RunCausalkg({"--db", dir.File("db")},
                             ".output " + dir.File("no/such/folder/x.txt") + "\nLOOPS;\n");
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Catch::Contains("cannot write the file"));
}

TEST_CASE(".load and .read take quoted names with blanks", "[shell][files]") {
  testing::TempDir dir;
  const std::string claims = dir.Write(
      "a b.json",
      R"({"claims": [{"subject": "trust", "relation": "increases", "object": "cooperation"}]})");
  const std::string script = dir.Write("my script.cql", "EFFECTS OF trust;\n");
  auto run = RunCausalkg({"--db", dir.File("db"), "--empty"},
                         ".load \"" + claims + "\"\n.read '" + script + "'\n");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::StartsWith("Loaded 1 claim"));
  CHECK_THAT(run.out, Catch::Contains("cooperation  1         +"));
}

TEST_CASE("export -o claims.jsonl writes JSON Lines, which load reads back into the same store",
          "[cli][files]") {
  testing::TempDir dir;
  const std::string lines = dir.File("claims.jsonl");
  REQUIRE(RunCausalkg({"--db", dir.File("db"), "export", "-o", lines}).exit_code == 0);
  const std::string text = testing::ReadFile(lines);
  REQUIRE_FALSE(text.empty());
  CHECK(text.front() == '{');
  CHECK(text.find("\n{") != std::string::npos);  // one record a line, not one document
  auto loaded = RunCausalkg({"--db", dir.File("copy"), "--empty", "load", lines});
  INFO(loaded.err);
  REQUIRE(loaded.exit_code == 0);
  auto original = RunCausalkg({"--db", dir.File("db"), "export", "--format", "json"});
  auto copy = RunCausalkg({"--db", dir.File("copy"), "export", "--format", "json"});
  REQUIRE(copy.exit_code == 0);
  CHECK(copy.out == original.out);
}

}  // namespace
}  // namespace causalkg
