// Hostile JSON through the real binary: numbers a double cannot hold, deep
// nesting, bytes after a document. Each is a Load error with file, line and
// column, leaves the store as it was, and never ends the program.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "pty_session.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

constexpr std::size_t kDeep = 70000;

// A store holding one claim, to see that a failed load leaves it as it was.
struct SeededStore {
  testing::TempDir dir;
  std::string db = dir.File("db");
  SeededStore() {
    const std::string seed = dir.Write(
        "seed.jsonl", R"({"subject":"a","relation":"increases","object":"b","confidence":0.5})"
                      "\n");
    REQUIRE(RunCausalkg({"--db", db, "--empty", "load", seed}).exit_code == 0);
  }
  std::string Export() const {
    auto run = RunCausalkg({"--db", db, "export", "--format", "jsonl"});
    REQUIRE(run.exit_code == 0);
    return run.out;
  }
};

std::string Repeated(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// `causalkg load` of `text` as the file `name` fails with exit code 1 and
// "Load error: FILE, line L, column C: MESSAGE..." on stderr, and stores
// nothing.
void ExpectRefused(const std::string& name, const std::string& text, std::size_t line,
                   std::size_t column, const std::string& message) {
  SeededStore store;
  const std::string before = store.Export();
  const std::string path = store.dir.Write(name, text);
  auto run = RunCausalkg({"--db", store.db, "load", path});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::StartsWith("Load error: " + path + ", line " + std::to_string(line) +
                                        ", column " + std::to_string(column) + ": " + message));
  CHECK_THAT(run.err, Catch::Contains("Nothing was loaded"));
  CHECK(run.err.find("Internal error") == std::string::npos);
  CHECK(store.Export() == before);
}

TEST_CASE("a number too large for a double is a load error at its position", "[json-input]") {
  SECTION("anywhere in a document") {
    ExpectRefused("big.json", R"({"claims":[],"x":1e999})", 1, 18,
                  "number out of range: 1e999 does not fit in a double");
  }
  SECTION("inside a source, on a later line, negative") {
    const std::string line2 = R"(  {"id": "s", "year": -1e999})";
    ExpectRefused("big.json", "{\"sources\": [\n" + line2 + "\n],\n\"claims\":[]}", 2,
                  line2.find('-') + 1, "number out of range: -1e999");
  }
  SECTION("as a confidence on a line of JSON Lines") {
    const std::string line2 =
        R"({"subject":"a","relation":"increases","object":"d","confidence":1e999})";
    ExpectRefused("big.jsonl",
                  R"({"subject":"a","relation":"increases","object":"c"})"
                  "\n" +
                      line2 + "\n",
                  2, line2.find("1e999") + 1, "number out of range: 1e999");
  }
  SECTION("a long integer past a double's range") {
    const std::string prefix = R"({"subject":"a","relation":"increases","object":"c","n":)";
    ExpectRefused("big.jsonl", prefix + "1" + std::string(400, '0') + "}\n", 1, prefix.size() + 1,
                  "number out of range: 1000000000000000000000000000000000000000...");
  }
}

TEST_CASE("JSON nested 70,000 levels deep is a load error at the first level too many",
          "[json-input]") {
  // The position is the bracket that opens level 131 of a document (128
  // inside a node, relation or source in its array in its object), or level
  // 130 of a declaration line of JSON Lines.
  SECTION("a node's kind in a document") {
    const std::string prefix = R"({"claims":[],"nodes":[{"id":"n","kind":)";
    ExpectRefused("deep.json", prefix + Repeated("[", kDeep) + Repeated("]", kDeep) + "}]}", 1,
                  prefix.size() + 128, "JSON nested too deeply: more than 130 levels");
  }
  SECTION("a relation's polarity in a document") {
    const std::string prefix = R"({"claims":[],"relations":[{"id":"r","polarity":)";
    ExpectRefused("deep.json",
                  prefix + Repeated("{\"a\":", kDeep) + "1" + Repeated("}", kDeep) + "}]}", 1,
                  prefix.size() + 1 + 127 * 5, "JSON nested too deeply");
  }
  SECTION("a source object in a document") {
    const std::string prefix = R"({"claims":[],"sources":[{"id":"s","x":)";
    ExpectRefused("deep.json", prefix + Repeated("[", kDeep) + Repeated("]", kDeep) + "}]}", 1,
                  prefix.size() + 128, "JSON nested too deeply");
  }
  SECTION("the format of a document") {
    const std::string prefix = R"({"claims":[],"format":)";
    ExpectRefused("deep.json", prefix + Repeated("[", kDeep) + Repeated("]", kDeep) + "}", 1,
                  prefix.size() + 130, "JSON nested too deeply");
  }
  SECTION("a node's kind on a line of JSON Lines") {
    const std::string prefix = R"({"node":{"id":"n","kind":)";
    ExpectRefused("deep.jsonl",
                  "{\"subject\":\"a\",\"relation\":\"increases\",\"object\":\"c\"}\n" + prefix +
                      Repeated("[", kDeep) + Repeated("]", kDeep) + "}}\n",
                  2, prefix.size() + 128, "JSON nested too deeply: more than 129 levels");
  }
  SECTION("a relation's polarity on a line of JSON Lines") {
    const std::string prefix = R"({"relation":{"id":"r","polarity":)";
    ExpectRefused("deep.jsonl", prefix + Repeated("[", kDeep) + Repeated("]", kDeep) + "}}\n", 1,
                  prefix.size() + 128, "JSON nested too deeply");
  }
  SECTION("a source on a line of JSON Lines") {
    const std::string prefix = R"({"source":{"id":"s","x":)";
    ExpectRefused("deep.jsonl", prefix + Repeated("[", kDeep) + Repeated("]", kDeep) + "}}\n", 1,
                  prefix.size() + 128, "JSON nested too deeply");
  }
  SECTION("an extra field of a claim on a line of JSON Lines") {
    // A line may nest one level more than a claim, for a declaration.
    const std::string prefix = R"({"subject":"a","relation":"increases","object":"c","x":)";
    ExpectRefused("deep.jsonl", prefix + Repeated("[", kDeep) + Repeated("]", kDeep) + "}\n", 1,
                  prefix.size() + 129, "JSON nested too deeply: more than 129 levels");
    ExpectRefused("deep.jsonl", prefix + Repeated("[", 128) + Repeated("]", 128) + "}\n", 1,
                  prefix.size() + 128, "JSON nested too deeply: more than 128 levels");
  }
}

TEST_CASE("nesting up to the limit loads, and the same both ways", "[json-input]") {
  // 128 levels in a source, counting the source: as a document and as a
  // declaration line (the way export writes sources).
  const std::string source = R"({"id":"s","x":)" + Repeated("[", 127) + Repeated("]", 127) + "}";
  testing::TempDir dir;
  const std::string document =
      dir.Write("deep.json", R"({"claims":[],"sources":[)" + source + "]}");
  const std::string lines = dir.Write("deep.jsonl", R"({"source":)" + source + "}\n");
  auto from_document = RunCausalkg({"--db", dir.File("a"), "--empty", "load", document});
  auto from_lines = RunCausalkg({"--db", dir.File("b"), "--empty", "load", lines});
  INFO(from_document.err << from_lines.err);
  REQUIRE(from_document.exit_code == 0);
  REQUIRE(from_lines.exit_code == 0);
  auto export_a = RunCausalkg({"--db", dir.File("a"), "export", "--format", "jsonl"});
  auto export_b = RunCausalkg({"--db", dir.File("b"), "export", "--format", "jsonl"});
  CHECK(export_a.out == export_b.out);
  // What was exported loads again.
  const std::string exported = dir.Write("exported.jsonl", export_a.out);
  CHECK(RunCausalkg({"--db", dir.File("c"), "--empty", "load", exported}).exit_code == 0);
}

TEST_CASE("bytes after a document are a load error at their position", "[json-input]") {
  const std::string nul(1, '\0');
  const std::string claim = R"({"subject":"a","relation":"increases","object":"c"})";
  SECTION("a NUL byte after a document, and a document after it") {
    ExpectRefused("nul.json", "{\"claims\":[]}" + nul + "{\"claims\":[" + claim + "]}", 1, 14,
                  "malformed JSON: unexpected NUL byte after the JSON value");
  }
  SECTION("a NUL byte on a later line") {
    ExpectRefused("nul.json", "{\"claims\":[\n" + claim + "\n]}\n" + nul + "x", 4, 1,
                  "malformed JSON: unexpected NUL byte");
  }
  SECTION("a NUL byte inside a string") {
    ExpectRefused("nul.json", "{\"claims\":[],\"x\":\"a" + nul + "b\"}", 1, 20,
                  "malformed JSON: unexpected NUL byte");
  }
  SECTION("a second document") {
    ExpectRefused("two.json", "{\"claims\":[]}\n{\"claims\":[" + claim + "]}", 2, 1,
                  "malformed JSON: unexpected '{'; expected end of input");
  }
  SECTION("a NUL byte after a line of JSON Lines") {
    ExpectRefused("nul.jsonl", claim + "\n" + claim + nul + claim + "\n", 2, claim.size() + 1,
                  "malformed JSON: unexpected NUL byte after the JSON value");
  }
  SECTION("a second object on a line of JSON Lines") {
    ExpectRefused("two.jsonl", claim + " " + claim + "\n", 1, claim.size() + 2,
                  "malformed JSON: unexpected '{'; expected end of input");
  }
  SECTION("a byte order mark that does not begin the file") {
    ExpectRefused("bom.jsonl", claim + "\n\xEF\xBB\xBF" + claim + "\n", 2, 1,
                  "malformed JSON: a byte order mark may only begin a file");
  }
}

TEST_CASE("a broken literal where a claim may hold null is a load error, not a crash",
          "[json-input]") {
  const std::string prefix = R"({"subject":"a","relation":"increases","object":"c","modality":)";
  ExpectRefused("broken.jsonl", prefix + R"(n"c"a,"confidence":0.5})" + "\n", 1, prefix.size() + 1,
                "malformed JSON: invalid literal");
  const std::string prefix2 = R"({"subject":"a","relation":"increases","object":"c","confidence":)";
  ExpectRefused("broken.jsonl", prefix2 + "nul}\n", 1, prefix2.size() + 1,
                "malformed JSON: invalid literal");
}

TEST_CASE("a byte order mark may begin a file of either kind", "[json-input]") {
  testing::TempDir dir;
  const std::string claim = R"({"subject":"a","relation":"increases","object":"c"})";
  for (const std::string& path :
       {dir.Write("bom.jsonl", "\xEF\xBB\xBF" + claim + "\n"),
        dir.Write("bom.json", "\xEF\xBB\xBF{\"claims\":[" + claim + "]}")}) {
    auto run = RunCausalkg(
        {"--db", dir.File("db-" + path.substr(path.size() - 4)), "--empty", "load", path});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::StartsWith("Loaded 1 claim"));
  }
}

// The confidence a store holds for its only claim, read from its JSON export.
double StoredConfidence(const std::string& db, std::string& exported) {
  auto run = RunCausalkg({"--db", db, "export", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  exported = run.out;
  const auto document = nlohmann::json::parse(run.out);
  REQUIRE(document["claims"].size() == 1);
  return document["claims"][0]["confidence"].get<double>();
}

TEST_CASE("a confidence of 39 digits is stored correctly rounded from both kinds of file",
          "[json-input]") {
  testing::TempDir dir;
  const std::string claim = R"({"subject":"a","relation":"increases","object":"b",)"
                            R"("confidence":0.452222222222222222222222222222222222222})";
  const std::string lines = dir.Write("claims.jsonl", claim + "\n");
  const std::string document = dir.Write("claims.json", "{\"claims\":[" + claim + "]}");
  REQUIRE(RunCausalkg({"--db", dir.File("a"), "--empty", "load", lines}).exit_code == 0);
  REQUIRE(RunCausalkg({"--db", dir.File("b"), "--empty", "load", document}).exit_code == 0);
  std::string export_a, export_b;
  CHECK(StoredConfidence(dir.File("a"), export_a) == 0.45222222222222225);
  CHECK(StoredConfidence(dir.File("b"), export_b) == 0.45222222222222225);
  CHECK_THAT(export_a, Catch::Contains("0.45222222222222225"));
  CHECK(export_a == export_b);
}

TEST_CASE("the shell stays open after loading a file it refuses", "[json-input][shell]") {
  testing::TempDir dir;
  const std::string big = dir.Write("big.json", R"({"claims":[],"x":1e999})");
  const std::string deep = dir.Write(
      "deep.json", "{\"claims\":[],\"x\":" + Repeated("[", kDeep) + Repeated("]", kDeep) + "}");
  testing::PtySession shell({"--db", dir.File("db"), "--empty"},
                            {{"CAUSALKG_HISTORY", dir.File("history")}, {"NO_COLOR", "1"}});
  REQUIRE(shell.WaitFor("causalkg> "));
  shell.Send(".load " + big + "\r");
  REQUIRE(shell.WaitFor("Load error: " + big + ", line 1, column 18: number out of range"));
  REQUIRE(shell.WaitFor("causalkg> "));
  shell.Send(".load " + deep + "\r");
  REQUIRE(shell.WaitFor("Load error: " + deep + ", line 1, column 147: JSON nested too deeply"));
  REQUIRE(shell.WaitFor("causalkg> "));
  shell.Send(".stats\r");
  REQUIRE(shell.WaitFor("edges"));
  REQUIRE(shell.WaitFor("causalkg> "));
  shell.Send(".quit\r");
  CHECK(shell.Wait() == 0);
}

}  // namespace
}  // namespace causalkg
