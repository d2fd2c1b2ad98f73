// A statement, a `query` argument or a piped script with an error runs
// nothing of itself: it is parsed in full (and a statement's names resolved)
// before anything is written or printed. Run through the binary, as a user
// runs it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

// screen_time -> trust -> wellbeing, and two nodes that share a label.
constexpr const char* kGraph = R"({
  "nodes": [{"id": "twin_a", "label": {"en": "twin"}}, {"id": "twin_b", "label": {"en": "twin"}}],
  "claims": [
    {"subject": "screen_time", "relation": "increases", "object": "trust"},
    {"subject": "trust", "relation": "increases", "object": "wellbeing"},
    {"subject": "twin_a", "relation": "increases", "object": "twin_b"}
  ]
})";

struct Database {
  testing::TempDir dir;
  std::string db = dir.File("db");
  Database() {
    const std::string graph = dir.Write("graph.json", kGraph);
    REQUIRE(RunCausalkg({"--db", db, "--empty", "load", graph}).exit_code == 0);
  }
  testing::RunResult Query(const std::string& text, const std::string& format = "table") const {
    return RunCausalkg({"--db", db, "query", text, "--format", format});
  }
  testing::RunResult Script(const std::string& script) const {
    return RunCausalkg({"--db", db}, script);
  }
  std::string Export() const {
    auto run = RunCausalkg({"--db", db, "export", "--format", "jsonl"});
    REQUIRE(run.exit_code == 0);
    return run.out;
  }
};

TEST_CASE("an ADD with a typo after its valid start stores nothing", "[whole]") {
  Database d;
  const std::string before = d.Export();
  auto run = d.Query("ADD screen_time increases sleep SOURCE notes QOUTE 'x'");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::StartsWith("Parse error: "));
  CHECK_THAT(run.err, Catch::Contains("hint: did you mean QUOTE?"));
  CHECK(d.Export() == before);

  // The same claim written correctly is stored: the comparison above can tell.
  REQUIRE(d.Query("ADD screen_time increases sleep SOURCE notes QUOTE 'x'").exit_code == 0);
  CHECK(d.Export() != before);
}

TEST_CASE("a statement after a parse error in the same query keeps the ones before it from running",
          "[whole]") {
  Database d;
  const std::string before = d.Export();
  auto run = d.Query("REMOVE screen_time increases trust; foo");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::Contains("Parse error"));
  CHECK(d.Export() == before);
  CHECK_THAT(d.Query("MATCH screen_time increases ?o").out, Catch::Contains("trust"));
}

TEST_CASE("a MATCH whose WHERE goes on with OR prints no rows", "[whole]") {
  Database d;
  const std::string valid_start = "MATCH ?a increases ?b WHERE ?a = screen_time";
  REQUIRE_THAT(d.Query(valid_start).out, Catch::Contains("trust"));

  auto run = d.Query(valid_start + " OR ?a = trust");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::Contains("OR ?a = trust"));
}

TEST_CASE("with --format json a failed query writes exactly one error document", "[whole]") {
  Database d;
  for (const std::string text :
       {"MATCH ?a increases ?b; foo", "REMOVE screen_time increases trust; foo",
        "ADD screen_time increases sleep SOURCE notes QOUTE 'x'"}) {
    INFO(text);
    auto run = d.Query(text, "json");
    CHECK(run.exit_code == 1);
    nlohmann::json document;
    REQUIRE_NOTHROW(document = nlohmann::json::parse(run.out));  // one value, nothing after it
    REQUIRE(document.contains("error"));
    CHECK(document.size() == 1);
    CHECK(document["error"]["kind"] == "Parse error");
  }
}

TEST_CASE("a piped script with a parse error on line 3 runs none of lines 1 and 2", "[whole]") {
  Database d;
  const std::string before = d.Export();
  auto run = d.Script(
      "ADD sleep increases wellbeing;\n"
      "PATHS FROM screen_time TO wellbeing;\n"
      "EFFECTS OF trust DEPHT 2;\n");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::Contains("line 3, column"));
  CHECK_THAT(run.err, Catch::Contains("EFFECTS OF trust DEPHT 2;"));
  CHECK(d.Export() == before);
}

TEST_CASE("a dot-command in a script does not run before a later parse error", "[whole]") {
  Database d;
  auto run = d.Script(
      ".stats\n"
      "MATCH ?a increases ?b\n"
      ".relations\n"
      "SHORTES FROM screen_time TO wellbeing;\n");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::Contains("line 4, column 1"));
  CHECK_THAT(run.err, Catch::Contains("did you mean SHORTEST?"));
}

TEST_CASE("lines copied from the shell without semicolons are told that a script needs them",
          "[whole]") {
  Database d;
  auto run = d.Script(
      "-- copied from the shell\n"
      "PATHS FROM screen_time TO wellbeing\n"
      "EFFECTS OF trust\n");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::Contains("line 3, column 1"));
  CHECK_THAT(run.err, Catch::Contains("hint: in a script, end each statement with ';' (the "
                                      "statement on line 2 is complete)"));

  SECTION("also when the next statement has a mistake of its own") {
    auto next = d.Script("PATHS FROM screen_time TO wellbeing\nEFFECTS trust\n");
    CHECK(next.exit_code == 1);
    CHECK_THAT(next.err, Catch::Contains("end each statement with ';'"));
  }
  SECTION("and in a query argument of several lines") {
    auto query = d.Query("PATHS FROM screen_time TO wellbeing\nEFFECTS OF trust");
    CHECK(query.exit_code == 1);
    CHECK(query.out.empty());
    CHECK_THAT(query.err, Catch::Contains("hint: end each statement with ';' (the statement on "
                                          "line 1 is complete)"));
  }
}

TEST_CASE("a statement continued on the next line is not taken for a missing semicolon",
          "[whole]") {
  Database d;
  for (const std::string script : {"MATCH ?a increases ?b WHERE ?a = screen_time\nOR ?a = trust\n",
                                   "ADD screen_time increases sleep\nQOUTE 'x'\n"}) {
    INFO(script);
    auto run = d.Script(script);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("line 2, column 1"));
    CHECK_THAT(run.err, !Catch::Contains("end each statement with ';'"));
  }
}

TEST_CASE("a script after .format json reports its parse error as one JSON document", "[whole]") {
  Database d;
  auto run = d.Script(".format json\nMATCH ?a increases ?b;\nPATHS FROM screen_time wellbeing;\n");
  CHECK(run.exit_code == 1);
  nlohmann::json document;
  REQUIRE_NOTHROW(document = nlohmann::json::parse(run.out));
  CHECK(document["error"]["line"] == 3);
}

TEST_CASE("a file run with .read is checked in full before any of it runs", "[whole]") {
  Database d;
  const std::string before = d.Export();
  const std::string file = d.dir.Write(
      "bad.cql", "ADD sleep increases wellbeing;\nPATHS FROM screen_time TO wellbeing DEPTH;\n");
  auto run = d.Script(".read " + file + "\n");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::Contains("line 2, column"));
  CHECK(d.Export() == before);
}

TEST_CASE("a correct script of statements and dot-commands still runs all of it", "[whole]") {
  Database d;
  const std::string file = d.dir.Write("more.cql", "ADD sleep reduces stress;\n");
  auto run = d.Script(
      "ADD sleep increases wellbeing\n"
      "  QUOTE 'rested people are happier';\n"
      ".read " +
      file +
      "\n"
      "PATHS FROM screen_time\n"
      "  TO wellbeing;\n"
      ".format json\n"
      "WHY sleep increases wellbeing\n");
  CHECK(run.err.empty());
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("Added sleep increases wellbeing"));
  CHECK_THAT(run.out, Catch::Contains("Added sleep reduces stress"));
  CHECK_THAT(run.out, Catch::Contains("screen_time -[increases +]-> trust"));
  CHECK_THAT(run.out, Catch::Contains("\"quote\": \"rested people are happier\""));
  CHECK_THAT(d.Export(), Catch::Contains("\"subject\":\"sleep\""));
}

TEST_CASE("an ADD whose last name cannot be resolved creates none of its names", "[whole]") {
  Database d;
  const std::string before = d.Export();
  auto run = d.Query("ADD brand_new increases twin QUOTE 'q' SOURCE fresh_source");
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("'twin' names 2"));
  CHECK(d.Export() == before);
  CHECK_THAT(d.Query("MATCH brand_new ?r ?o").err, Catch::Contains("unknown node 'brand_new'"));
}

TEST_CASE("a REMOVE whose last name cannot be resolved removes nothing", "[whole]") {
  Database d;
  const std::string before = d.Export();
  auto run = d.Query("REMOVE screen_time increases nowhere");
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("unknown node 'nowhere'"));
  CHECK(d.Export() == before);
}

}  // namespace
}  // namespace causalkg
