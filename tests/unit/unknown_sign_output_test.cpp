// Links of unknown sign as a user meets them: through the real binary, in
// tables, JSON and DOT (read back by Graphviz's dot), and in claims files
// that load and export with `?` polarities, on the hand-worked graph of
// tests/queries/unknown/unknown_signs.test.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using testing::RunCausalkg;

const std::string kGraph =
    std::string(CAUSALKG_SOURCE_DIR) + "/tests/queries/graphs/unknown_signs.json";

// A database holding the graph, and statements run on it by `causalkg query`.
class GraphDatabase {
 public:
  GraphDatabase() : db_(dir_.File("db")) {
    const auto loaded = RunCausalkg({"--db", db_, "--empty", "load", kGraph});
    INFO(loaded.err);
    REQUIRE(loaded.exit_code == 0);
  }

  std::string Query(const std::string& statement, const std::string& format = "table") {
    const auto run = RunCausalkg({"--db", db_, "query", statement, "--format", format});
    INFO(statement << "\n" << run.err);
    REQUIRE(run.exit_code == 0);
    return run.out;
  }

  json Json(const std::string& statement) { return json::parse(Query(statement, "json")); }

  const testing::TempDir& dir() const { return dir_; }
  const std::string& path() const { return db_; }

 private:
  testing::TempDir dir_;
  std::string db_;
};

// Runs `dot -Tsvg` on `dot_text`; the SVG, or "" when dot failed.
std::string RenderSvg(const testing::TempDir& dir, const std::string& dot_text) {
  const std::string in = dir.Write("graph.dot", dot_text), out = dir.File("graph.svg");
  const std::string command =
      "dot -Tsvg -o '" + out + "' '" + in + "' 2>'" + dir.File("dot.err") + "'";
  if (std::system(command.c_str()) != 0) return "";
  return testing::ReadFile(out);
}

TEST_CASE("LOOPS as JSON types a loop with a link of unknown sign U", "[unknown][cli]") {
  GraphDatabase db;
  const json loops = db.Json("LOOPS;");
  std::map<std::string, int> types;
  for (const json& loop : loops["paths"]) {
    const std::string type = loop["type"];
    ++types[type];
    bool unknown_step = false;
    for (const json& step : loop["steps"]) unknown_step = unknown_step || step["sign"] == "?";
    CHECK(unknown_step == (type == "U"));
    CHECK((type == "U") == (loop["sign"] == "?"));
  }
  CHECK(types == std::map<std::string, int>{{"B", 1}, {"U", 3}});
}

TEST_CASE("chains, signs and loops of unknown sign read as ? in tables and JSON",
          "[unknown][cli]") {
  GraphDatabase db;
  const json paths = db.Json("PATHS FROM funding TO demand");
  REQUIRE(paths["paths"].size() == 2);
  CHECK(paths["paths"][0]["sign"] == "?");
  // A bare claim: no pieces, the belief of one plain assertion (docs/belief.md).
  CHECK(paths["paths"][0]["steps"][0] == json({{"relation", "influences"},
                                               {"sign", "?"},
                                               {"evidence",
                                                {{"pieces", 0},
                                                 {"refuting", 0},
                                                 {"sources", json::array()},
                                                 {"modality", nullptr},
                                                 {"confidence", nullptr},
                                                 {"belief", 0.65}}}}));
  CHECK(paths["paths"][1]["sign"] == "+");

  const json effects = db.Json("EFFECTS OF funding");
  std::map<std::string, json> signs;
  for (const json& node : effects["nodes"]) signs[node["id"]] = node["signs"];
  CHECK(signs.at("quality") == json({"+", "?"}));
  CHECK(signs.at("policy") == json({"?"}));
  CHECK(signs.at("staff") == json({"+"}));
  CHECK(db.Json("CAUSES OF funding")["nodes"][0]["signs"] == json({"-", "?"}));

  CHECK(
      db.Query("PATHS FROM funding TO demand SIGN ?") ==
      "funding -[influences ?]-> quality -[increases +]-> demand  net ?  belief 0.4225\n1 path\n");
  CHECK(db.Query("LOOPS DEPTH 1") == "U  morale -[shapes ?]-> morale  belief 0.65\n1 loop\n");
  // Every claim is bare (0.65): of demand's two steps into funding, reduces
  // and influences, as believable, the first in the store's order of terms
  // (built-in relations first, reduces before influences).
  CHECK(db.Query("CAUSES OF funding DEPTH 2") ==
        "cause    distance  net sign  belief  step\n"
        "-------  --------  --------  ------  ------------------------\n"
        "demand   1         -/?       0.65    -[reduces -]-> funding\n"
        "policy   1         +         0.65    -[increases +]-> funding\n"
        "quality  2         -         0.4225  -[increases +]-> demand\n"
        "3 nodes\n");
  const std::string plan = db.Query("EXPLAIN LOOPS SIGN ?");
  CHECK(plan.find("net sign of the loop = '?'") != std::string::npos);
}

TEST_CASE("DOT draws links of unknown sign grey, dashed and marked ?, and its legend says so",
          "[unknown][dot][cli]") {
  GraphDatabase db;
  const std::string paths = db.Query("PATHS FROM funding TO demand", "dot");
  CHECK_THAT(paths, Catch::Contains("\"funding\" -> \"quality\" [label=\"?\", fontsize=18, "
                                    "fontname=\"Helvetica-Bold\", color=\"#8c8c8c\", "
                                    "fontcolor=\"#8c8c8c\", penwidth=2.95, style=dashed"));
  CHECK_THAT(paths, Catch::Contains("net +/?"));
  CHECK_THAT(paths, Catch::Contains("subgraph \"cluster legend\""));
  CHECK_THAT(paths, Catch::Contains(">?  sign not stated<"));
  CHECK_THAT(paths, Catch::Contains(">+  same direction<"));
  CHECK_THAT(paths, !Catch::Contains("opposite direction"));  // no - link is drawn

  const std::string loops = db.Query("LOOPS", "dot");
  CHECK_THAT(loops, Catch::Contains("4 loops: 0 reinforcing (R), 1 balancing (B), 3 of unknown "
                                    "sign (U)"));
  CHECK_THAT(loops, Catch::Contains("label=\"U3\""));
  CHECK_THAT(loops, Catch::Contains("loop of unknown sign"));
  CHECK_THAT(loops, Catch::Contains(">-  opposite direction<"));

  // A diagram without a ? link says nothing of one, in its legend or
  // anywhere else.
  const std::string balancing = db.Query("LOOPS SIGN -", "dot");
  CHECK_THAT(balancing, Catch::Contains("subgraph \"cluster legend\""));
  CHECK_THAT(balancing, !Catch::Contains("sign not stated"));
  CHECK_THAT(balancing, !Catch::Contains("#8c8c8c"));

  // A policy's dashed edge stays its own: labelled by its relation.
  const std::string levers = db.Query("LEVERS FOR demand", "dot");
  CHECK_THAT(levers, Catch::Contains("\"budget_rule\" -> \"funding\" [label=\"addresses\", "
                                     "style=dashed, color=\"#555555\""));

  for (const std::string statement :
       {"PATHS FROM funding TO demand", "SHORTEST FROM funding TO demand", "EFFECTS OF funding",
        "CAUSES OF funding", "LOOPS DEPTH 5", "LOOPS THROUGH morale", "LEVERS FOR demand",
        "BLINDSPOTS FOR demand", "WHY funding demand", "WHY funding influences quality",
        "MATCH ?a ?r ?b WHERE sign(?r) = '?'"}) {
    INFO(statement);
    const std::string dot = db.Query(statement, "dot");
    CHECK_THAT(dot, Catch::Contains("sign not stated"));
    const std::string svg = RenderSvg(db.dir(), dot);
    INFO(dot);
    REQUIRE_FALSE(svg.empty());
    CHECK_THAT(svg, Catch::Contains("<svg"));
    CHECK_THAT(svg, Catch::Contains("sign not stated"));
  }
}

// The loops of the database at `db`, each as its type and its steps'
// relations and signs, from whichever node the engine began it (term ids,
// which decide that, differ between a store and one loaded from its export).
std::multiset<std::string> LoopsOf(const std::string& db) {
  const auto run = RunCausalkg({"--db", db, "query", "LOOPS", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  std::multiset<std::string> loops;
  for (const json& loop : json::parse(run.out)["paths"]) {
    std::multiset<std::string> steps;
    for (std::size_t i = 0; i < loop["steps"].size(); ++i) {
      steps.insert(loop["nodes"][i].get<std::string>() + " " +
                   loop["steps"][i]["relation"].get<std::string>() + " " +
                   loop["steps"][i]["sign"].get<std::string>());
    }
    std::string text = loop["type"];
    for (const std::string& step : steps) text += "; " + step;
    loops.insert(text);
  }
  return loops;
}

TEST_CASE("claims files declare ? polarities, and an export loads back the same store",
          "[unknown][load][cli]") {
  testing::TempDir dir;
  const std::string lines = dir.Write("claims.jsonl",
                                      "{\"relation\": {\"id\": \"stirs\", \"polarity\": \"?\"}}\n"
                                      "{\"subject\": \"a\", \"relation\": \"stirs\", \"object\": "
                                      "\"b\"}\n"
                                      "{\"subject\": \"b\", \"relation\": \"depends_on\", "
                                      "\"object\": \"a\"}\n");
  const std::string first = dir.File("first");
  REQUIRE(RunCausalkg({"--db", first, "--empty", "load", kGraph, lines}).exit_code == 0);
  const auto loops =
      json::parse(RunCausalkg({"--db", first, "query", "LOOPS THROUGH a", "--format", "json"}).out);
  REQUIRE(loops["paths"].size() == 1);
  CHECK(loops["paths"][0]["type"] == "U");

  for (const std::string format : {"json", "jsonl"}) {
    INFO(format);
    const auto exported = RunCausalkg({"--db", first, "export", "--format", format});
    REQUIRE(exported.exit_code == 0);
    CHECK_THAT(exported.out,
               Catch::Contains("\"polarity\":\"?\"") || Catch::Contains("\"polarity\": \"?\""));
    const std::string file = dir.Write("export." + format, exported.out);
    const std::string second = dir.File("second-" + format);
    REQUIRE(RunCausalkg({"--db", second, "--empty", "load", file}).exit_code == 0);
    const auto again = RunCausalkg({"--db", second, "export", "--format", format});
    CHECK(again.out == exported.out);
    CHECK(LoopsOf(second) == LoopsOf(first));
  }
  const auto triples = RunCausalkg({"--db", first, "export", "--format", "ntriples"});
  CHECK_THAT(triples.out, Catch::Contains("<urn:causalkg:relation:stirs> <urn:causalkg:polarity> "
                                          "\"?\" ."));
}

TEST_CASE("a polarity other than +, -, ? or null is refused with its place", "[unknown][load]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  for (const auto& [name, text] : std::vector<std::pair<std::string, std::string>>{
           {"bad.json", R"({"relations":[{"id":"x","polarity":"??"}],"claims":[]})"},
           {"bad.jsonl", "{\"relation\": {\"id\": \"x\", \"polarity\": \"unknown\"}}\n"}}) {
    const auto run = RunCausalkg({"--db", db, "--empty", "load", dir.Write(name, text)});
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("field 'polarity' must be \"+\", \"-\", \"?\""));
  }
}

}  // namespace
}  // namespace causalkg
