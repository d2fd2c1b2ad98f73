// Vensim and XMILE models through `causalkg load` as a user runs it: what the
// store holds after, what the load says it kept and dropped, the loops LOOPS
// finds against the enumeration in import_sd_support, how a file's format is
// told, and that a broken model stores nothing.
#include <catch2/catch.hpp>

#include <filesystem>

#include "engine/model/vocabulary.hpp"
#include "import_sd_support.hpp"
#include "kb/ingest/format_registry.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using namespace testing;

constexpr int kDepth = 12;  // LOOPS's largest DEPTH

std::string DataPath(const std::string& path) {
  return std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/import/" + path;
}

// Whether chains follow depends_on, the relation of a link of unknown sign:
// only once the vocabulary gives it a causal polarity.
bool FollowsUnknownSigns() {
  return BuiltinPolarity("depends_on").value_or(Polarity::kNone) != Polarity::kNone;
}

RunResult MustRun(const std::vector<std::string>& args) {
  RunResult run = RunCausalkg(args);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return run;
}

// The store as a JSON Lines export, to see that a failed load left it as it was.
std::string ExportOf(const std::string& db) {
  return MustRun({"--db", db, "export", "--format", "jsonl"}).out;
}

std::multiset<std::string> LoopsOf(const std::string& db) {
  const std::string statement = "LOOPS DEPTH " + std::to_string(kDepth) + " LIMIT 1000000;";
  return LoopsInAnswer(MustRun({"--db", db, "query", statement, "--format", "json"}).out);
}

std::size_t OfType(const std::multiset<std::string>& loops, char type) {
  return std::count_if(loops.begin(), loops.end(),
                       [&](const std::string& l) { return l.back() == type; });
}

struct Expected {
  std::string file;
  std::size_t r, b, u;  // loops by type over every link, counted by hand from the equations
};

TEST_CASE("causalkg load reads a model; LOOPS finds the loops the enumeration finds",
          "[import][sd][cli]") {
  const bool unknown = FollowsUnknownSigns();
  const std::vector<Expected> models = {
      {"vensim/teacup.mdl", 0, 1, 0},
      {"vensim/SIR.mdl", 1, 2, 0},
      {"vensim/Lotka_Volterra.mdl", 2, 3, 0},
      {"vensim/features.mdl", 1, 1, 1},  // Crowding's lookup closes a loop of unknown sign
      {"xmile/teacup.stmx", 0, 1, 0},
      {"xmile/SIR.xmile", 1, 2, 0},
      {"xmile/features.xmile", 1, 1, 1},
  };
  for (const Expected& m : models) {
    INFO(m.file);
    TempDir dir;
    const std::string db = dir.File("db");
    MustRun({"--db", db, "--empty", "load", DataPath(m.file)});
    const auto loops = LoopsOf(db);
    // A loop with a step of unknown sign is there only when chains follow it.
    CHECK(OfType(loops, 'R') == m.r);
    CHECK(OfType(loops, 'B') == m.b);
    CHECK(OfType(loops, 'U') == (unknown ? m.u : 0));
    CHECK(loops == EnumerateLoops(MustImport(m.file), kDepth, unknown));
  }
  for (const std::string file : {"vensim/workforce.mdl", "vensim/Query_file.mdl"}) {
    INFO(file);
    TempDir dir;
    const std::string db = dir.File("db");
    MustRun({"--db", db, "--empty", "load", DataPath(file)});
    const kb::sd::Import import = MustImport(file);
    CHECK_FALSE(EnumerateLoops(import, kDepth, /*with_unknown=*/true).empty());
    CHECK(LoopsOf(db) == EnumerateLoops(import, kDepth, unknown));
  }
}

TEST_CASE("a loaded model is a source, labelled nodes of their kinds, and claims quoting equations",
          "[import][sd][cli]") {
  TempDir dir;
  const std::string db = dir.File("db");
  const std::string path = DataPath("vensim/teacup.mdl");
  const RunResult loaded = MustRun({"--db", db, "--empty", "load", path});
  const kb::sd::Import import = MustImport("vensim/teacup.mdl");

  // What the import kept and dropped, each remark a note naming the file,
  // after the counts; the warning that depends_on is not followed while the
  // vocabulary has no polarity for it.
  std::string notes;
  for (const std::string& remark : import.remarks) notes += "note: " + path + ": " + remark + "\n";
  const std::string warning =
      FollowsUnknownSigns()
          ? ""
          : "warning: relation 'depends_on' has no declared polarity and is not "
            "built in: it is treated as non-causal (declare it with \"polarity\": "
            "\"+\" or \"-\" to follow it in chains)\n";
  CHECK(loaded.out ==
        "Loaded 4 claims: 8 new edges, 7 new nodes, 4 pieces of evidence added, 4 new relations, "
        "1 new source, " +
            std::string(warning.empty() ? "0 warnings" : "1 warning") + "\n" + notes + warning);
  CHECK_THAT(notes, Catch::Contains("note: " + path +
                                    ": 4 links: 1 increases (+), 2 decreases (-), 1 depends_on"));

  const std::string exported = ExportOf(db);
  CHECK_THAT(exported,
             Catch::Contains(R"j({"source":{"file":")j" + path +
                             R"j(","id":"teacup.mdl","title":"teacup.mdl","tool":"Vensim"}})j"));
  CHECK_THAT(
      exported,
      Catch::Contains(
          R"j({"relation":{"id":"depends_on","label":{"en":"depends on"},"polarity":"?"}})j"));
  CHECK_THAT(exported,
             Catch::Contains(
                 R"j({"node":{"id":"teacup_temperature","label":{"en":"Teacup Temperature"}}})j"));
  CHECK_THAT(
      exported,
      Catch::Contains(R"j({"object":"stock","relation":"is_a","subject":"teacup_temperature"})j"));
  CHECK_THAT(
      exported,
      Catch::Contains(R"j({"object":"flow","relation":"is_a","subject":"heat_loss_to_room"})j"));
  CHECK_THAT(
      exported,
      Catch::Contains(
          R"j({"object":"teacup_temperature","origin":"inferred","quote":"Teacup Temperature= INTEG ( -Heat Loss to Room, 180)","relation":"decreases","source":"teacup.mdl","subject":"heat_loss_to_room","tool":"vensim"})j"));
  CHECK_THAT(
      exported,
      Catch::Contains(
          R"j({"object":"heat_loss_to_room","origin":"inferred","quote":"Heat Loss to Room= (Teacup Temperature - Room Temperature) / Characteristic Time","relation":"depends_on","source":"teacup.mdl","subject":"characteristic_time","tool":"vensim"})j"));

  // Loading it again adds nothing; the same model as XMILE adds only its source.
  CHECK_THAT(MustRun({"--db", db, "load", path}).out,
             Catch::StartsWith("Loaded 4 claims: 0 new edges, 0 new nodes, 0 pieces of evidence"));
  CHECK_THAT(MustRun({"--db", db, "load", DataPath("xmile/teacup.xmile")}).out,
             Catch::StartsWith("Loaded 4 claims: 0 new edges, 0 new nodes, 4 pieces of evidence "
                               "added, 1 new source, "));
}

TEST_CASE("a broken model is refused with its place, and nothing of the load is stored",
          "[import][sd][cli]") {
  TempDir dir;
  const std::string db = dir.File("db");
  MustRun({"--db", db, "--empty", "load", DataPath("vensim/SIR.mdl")});
  const std::string before = ExportOf(db);
  const std::string good = DataPath("vensim/teacup.mdl");

  SECTION("an equation cut short") {
    const std::string bad = dir.Write("bad.mdl", "{UTF-8}\nA = B + \n ~ ~ |\nB = 1 ~ ~ |\n");
    const RunResult run = RunCausalkg({"--db", db, "load", good, bad});
    CHECK(run.exit_code == 1);
    CHECK(run.err == "Load error: " + bad +
                         ", line 2, column 8: in the equation of 'A': the equation ends where a "
                         "value belongs; it is cut short\n"
                         "Nothing was loaded; the database is as it was.\n");
    CHECK(run.out.empty());
  }
  SECTION("malformed XML") {
    const std::string bad =
        dir.Write("bad.xmile",
                  "<xmile>\n<model><variables>\n<aux name=\"a\"><eqn>1</aux>\n</variables></model>"
                  "</xmile>\n");
    const RunResult run = RunCausalkg({"--db", db, "load", good, bad});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::StartsWith("Load error: " + bad + ", line 3, column "));
    CHECK_THAT(run.err, Catch::Contains("Nothing was loaded; the database is as it was."));
  }
  SECTION("an equation naming what the model lacks") {
    const std::string bad = dir.Write("lacks.mdl", "{UTF-8}\nA = 1 ~ ~ |\nB = A * C ~ ~ |\n");
    const RunResult run = RunCausalkg({"--db", db, "load", bad, good});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::StartsWith("Load error: " + bad +
                                          ", line 3: the equation of 'B' names 'c', which the "
                                          "model does not define\n"));
  }
  CHECK(ExportOf(db) == before);
}

TEST_CASE("a model's format is named, or told by its extension or its first bytes",
          "[import][sd][cli]") {
  TempDir dir;
  const std::string db = dir.File("db");
  MustRun({"--db", db, "--empty", "query", "ADD a increases b"});

  SECTION("vensim named for a file of another extension") {
    // The teacup's equations without the {UTF-8} mark and the sketch: nothing
    // to tell the format by.
    const std::string model = ModelText("vensim/teacup.mdl");
    const std::size_t sketch = model.find("\\\\\\---///");
    REQUIRE(sketch != std::string::npos);
    const std::string path = dir.Write("teacup.txt", model.substr(7, sketch - 7));
    const std::string before = ExportOf(db);
    const RunResult guessed = RunCausalkg({"--db", db, "load", path});
    CHECK(guessed.exit_code == 1);
    CHECK_THAT(guessed.err, Catch::StartsWith("Load error: " + path + ": unknown format"));
    CHECK(ExportOf(db) == before);

    const RunResult named = MustRun({"--db", db, "load", "--format", "vensim", path});
    CHECK_THAT(named.out, Catch::StartsWith("Loaded 4 claims: 8 new edges"));
    CHECK_THAT(named.out, Catch::Contains("note: " + path + ": 4 variables: 1 stock, 1 flow"));
    CHECK(OfType(LoopsOf(db), 'B') == 1);
  }
  SECTION("an XMILE file without an extension, by its <xmile> root") {
    const std::string path = dir.Write("teacup", ModelText("xmile/teacup.xmile"));
    const RunResult run = MustRun({"--db", db, "load", path});
    CHECK_THAT(run.out, Catch::StartsWith("Loaded 4 claims: 8 new edges"));
    CHECK_THAT(run.out, Catch::Contains("note: " + path + ": 4 variables"));
    CHECK(OfType(LoopsOf(db), 'B') == 1);
  }
  SECTION("a Vensim file without an extension, by its {UTF-8} mark") {
    const std::string path = dir.Write("sir", ModelText("vensim/SIR.mdl"));
    CHECK_THAT(MustRun({"--db", db, "load", path}).out,
               Catch::Contains("note: " + path + ": 8 variables: 3 stocks"));
    CHECK(OfType(LoopsOf(db), 'R') == 1);
  }
}

TEST_CASE("the sniffs of vensim and xmile", "[import][sd]") {
  const kb::FormatRegistry& formats = kb::Formats();
  auto chosen = [&](std::string_view head, std::string_view path = "model",
                    std::string_view name = {}) {
    auto format = formats.Choose(path, head, name);
    return format.ok() ? (*format)->name : "error: " + format.status().message();
  };
  CHECK(chosen("{UTF-8}\nA = 1 ~ ~ |\n") == "vensim");
  CHECK(chosen("\xEF\xBB\xBF{UTF-8}\r\nA = 1 ~ ~ |\r\n") == "vensim");
  CHECK(chosen("A = 1 ~ ~ |\n\\\\\\---/// Sketch information - do not modify\n") == "vensim");
  CHECK(chosen("<xmile version=\"1.0\">") == "xmile");
  CHECK(chosen("<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<xmile\n xmlns=\"x\">") == "xmile");
  CHECK_THAT(chosen("<xmilex>"), Catch::StartsWith("error: unknown format"));
  CHECK_THAT(chosen("<?xml version=\"1.0\"?><model/>"), Catch::StartsWith("error: unknown format"));
  CHECK_THAT(chosen("A = 1 ~ ~ |\n"), Catch::StartsWith("error: unknown format"));
  // By extension whatever the content; named whatever the extension.
  CHECK(chosen("", "a/World3.STMX") == "xmile");
  CHECK(chosen("", "model.itmx") == "xmile");
  CHECK(chosen("", "model.mdl") == "vensim");
  CHECK(chosen("{\"claims\": []}", "model.json", "Vensim") == "vensim");
}

}  // namespace
}  // namespace causalkg
