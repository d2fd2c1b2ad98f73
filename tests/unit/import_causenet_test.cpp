// CauseNet (JSON Lines and a JSON list): relations as `influences` claims,
// each source's sentence and page as evidence; the remarks; every error
// with its line, and that nothing is stored then. On the examples CauseNet
// publishes (tests/data/import/causenet/SOURCE.md) and hand-made files.
#include <catch2/catch.hpp>

#include "import_loads.hpp"
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::LoadedFile;
using testing::RunCausalkg;

LoadedFile Load(const std::string& path, const std::string& format = {}) {
  return testing::LoadIntoFreshStore(path, format);
}

const std::string kData = std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/import/causenet/";

TEST_CASE("CauseNet's published examples become influences with their sentences and pages",
          "[import][causenet]") {
  const LoadedFile loaded = Load(kData + "readme-examples.jsonl");
  CHECK(
      loaded.exported ==
      R"({"source":{"id":"http://atlas.nrcan.gc.ca/site/english/maps/health/healthbehaviors/smoking","url":"http://atlas.nrcan.gc.ca/site/english/maps/health/healthbehaviors/smoking"}}
{"source":{"id":"https://en.wikipedia.org/wiki/Cirrhosis","publisher":"Wikipedia","title":"Cirrhosis","url":"https://en.wikipedia.org/wiki/Cirrhosis"}}
{"source":{"id":"https://en.wikipedia.org/wiki/Global_warming_controversy","publisher":"Wikipedia","title":"Global warming controversy","url":"https://en.wikipedia.org/wiki/Global_warming_controversy"}}
{"source":{"id":"https://en.wikipedia.org/wiki/Stress_in_early_childhood","publisher":"Wikipedia","title":"Stress in early childhood","url":"https://en.wikipedia.org/wiki/Stress_in_early_childhood"}}
{"relation":{"id":"influences","polarity":"?"}}
{"node":{"id":"climate_change","label":{"en":"climate change"}}}
{"node":{"id":"human_activity","label":{"en":"human activity"}}}
{"node":{"id":"separation_from_parents","label":{"en":"separation from parents"}}}
{"node":{"id":"stress_in_early_childhood","label":{"en":"stress in early childhood"}}}
{"object":"cirrhosis","origin":"imported","relation":"influences","source":"https://en.wikipedia.org/wiki/Cirrhosis","subject":"alcohol","tool":"causenet","url":"https://en.wikipedia.org/wiki/Cirrhosis"}
{"object":"climate_change","origin":"imported","quote":"The controversy is, by now, political rather than scientific: there is a scientific consensus that climate change is happening and is caused by human activity.","relation":"influences","source":"https://en.wikipedia.org/wiki/Global_warming_controversy","subject":"human_activity","tool":"causenet","url":"https://en.wikipedia.org/wiki/Global_warming_controversy"}
{"object":"stress_in_early_childhood","origin":"imported","relation":"influences","source":"https://en.wikipedia.org/wiki/Stress_in_early_childhood","subject":"separation_from_parents","tool":"causenet","url":"https://en.wikipedia.org/wiki/Stress_in_early_childhood"}
{"object":"disability","origin":"imported","quote":"In Canada, smoking is the most important cause of preventable illness, disability and premature death.","relation":"influences","source":"http://atlas.nrcan.gc.ca/site/english/maps/health/healthbehaviors/smoking","subject":"smoking","tool":"causenet","url":"http://atlas.nrcan.gc.ca/site/english/maps/health/healthbehaviors/smoking"}
)");
  CHECK(loaded.notes ==
        testing::NotesOf(
            kData + "readme-examples.jsonl",
            {"4 causal relations became 'influences' links (CauseNet states no sign), with "
             "evidence from their sources: 1 'clueweb12_sentence', 1 'wikipedia_infobox', 1 "
             "'wikipedia_list', 1 'wikipedia_sentence'",
             "2 sources without a sentence (as lists and infoboxes are) became evidence without a "
             "quote",
             "tokens, dependency parses, path patterns, revision ids and timestamps were not "
             "kept"}));
}

TEST_CASE("CauseNet's lines and lists in every shape the reader takes", "[import][causenet]") {
  SECTION("lines: several sources, a sentence as a string, a page by URL, no sources") {
    const LoadedFile loaded = Load(kData + "handmade.jsonl");
    CHECK(
        loaded.exported ==
        R"({"source":{"id":"http://example.org/essays/digital-society","url":"http://example.org/essays/digital-society"}}
{"source":{"id":"https://en.wikipedia.org/wiki/Digital_transformation","publisher":"Wikipedia","title":"Digital transformation","url":"https://en.wikipedia.org/wiki/Digital_transformation"}}
{"source":{"id":"https://en.wikipedia.org/wiki/Loneliness","publisher":"Wikipedia","title":"Loneliness","url":"https://en.wikipedia.org/wiki/Loneliness"}}
{"source":{"id":"https://example.org/survey/17","url":"https://example.org/survey/17"}}
{"relation":{"id":"influences","polarity":"?"}}
{"node":{"id":"poor_health","label":{"en":"Poor Health"}}}
{"object":"individualisation","origin":"imported","quote":"Individualisation is caused by digitalisation.","relation":"influences","source":"http://example.org/essays/digital-society","subject":"digitalisation","tool":"causenet","url":"http://example.org/essays/digital-society"}
{"object":"individualisation","origin":"imported","quote":"Some argue that digitalisation causes individualisation, \"at least in cities\".","relation":"influences","source":"https://en.wikipedia.org/wiki/Digital_transformation","subject":"digitalisation","tool":"causenet","url":"https://en.wikipedia.org/wiki/Digital_transformation"}
{"object":"loneliness","origin":"imported","relation":"influences","source":"https://en.wikipedia.org/wiki/Loneliness","subject":"individualisation","tool":"causenet","url":"https://en.wikipedia.org/wiki/Loneliness"}
{"object":"loneliness","origin":"imported","quote":"Loneliness can be caused by individualisation.","relation":"influences","source":"https://en.wikipedia.org/wiki/Loneliness","subject":"individualisation","tool":"causenet","url":"https://en.wikipedia.org/wiki/Loneliness"}
{"object":"digitalisation","origin":"imported","quote":"Lonely people go online more.","relation":"influences","source":"https://example.org/survey/17","subject":"loneliness","tool":"causenet","url":"https://example.org/survey/17"}
{"object":"poor_health","relation":"influences","subject":"loneliness"}
)");
    CHECK(loaded.notes.front() ==
          kData + "handmade.jsonl: " +
              "4 causal relations became 'influences' links (CauseNet states no sign), with "
              "evidence from their sources: 1 'clueweb12_sentence', 1 'survey_answer', 1 "
              "'wikipedia_list', 2 'wikipedia_sentence'");
  }
  SECTION("a list, as CauseNet-Sample is") {
    CHECK(
        Load(kData + "handmade-list.json").exported ==
        R"({"source":{"id":"https://en.wikipedia.org/wiki/Flood","publisher":"Wikipedia","title":"Flood","url":"https://en.wikipedia.org/wiki/Flood"}}
{"relation":{"id":"influences","polarity":"?"}}
{"node":{"id":"crop_failure","label":{"en":"crop failure"}}}
{"node":{"id":"heavy_rain","label":{"en":"heavy rain"}}}
{"object":"crop_failure","origin":"imported","relation":"influences","source":"https://en.wikipedia.org/wiki/Flood","subject":"flooding","tool":"causenet","url":"https://en.wikipedia.org/wiki/Flood"}
{"object":"flooding","relation":"influences","subject":"heavy_rain"}
)");
  }
}

TEST_CASE("CauseNet is told from claims files by its content", "[import][causenet][formats]") {
  const kb::FormatRegistry& formats = kb::Formats();
  auto chosen = [&](std::string_view path, std::string_view head) {
    auto format = formats.Choose(path, head);
    return format.ok() ? (*format)->name : "error: " + format.status().message();
  };
  CHECK(chosen("c.jsonl", testing::ReadFile(kData + "readme-examples.jsonl")) == "causenet");
  CHECK(chosen("c.json", testing::ReadFile(kData + "handmade-list.json")) == "causenet");
  CHECK(chosen("c", testing::ReadFile(kData + "handmade.jsonl")) == "causenet");
  CHECK(chosen("c.jsonl", "{\"subject\": \"a\", \"relation\": \"b\", \"object\": \"c\"}\n") ==
        "jsonl");
  // A broken first line is the JSON Lines reader's to explain, as before.
  CHECK(chosen("c.jsonl", "{\"subject\": \"a\",\n") == "jsonl");
  testing::TempDir dir;
  const std::string broken = dir.Write("broken.jsonl", "{\"subject\": \"a\",\n");
  CHECK(Load(broken).exported ==
        "error: Load error: " + broken +
            ", line 1, column 17: malformed JSON: unexpected end of input; expected string "
            "literal (while reading an object key)");
}

TEST_CASE("every error in CauseNet's relations names its line and stores nothing",
          "[import][causenet]") {
  const std::string bad = kData + "bad/";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"malformed.jsonl",
       ", line 2, column 77: malformed JSON: unexpected '}'; expected string literal (while "
       "reading an object key)"},
      {"no-effect.jsonl", ", line 2: causal_relation.effect has no concept"},
      {"concept-type.jsonl",
       ", line 1: causal_relation.cause.concept must be a string, not a number"},
      {"concept-empty.jsonl",
       ", line 1: causal_relation.cause.concept '__' has no letter or digit"},
      {"sources-type.jsonl", ", line 1: sources must be an array, not an object"},
      {"source-type.jsonl", ", line 1: a source must be an object, not a string"},
      {"no-relation.jsonl", ", line 1: it has no causal_relation object"},
      {"list-no-effect.json", ": relation 2: causal_relation.effect has no concept"},
      {"control-char.jsonl",
       ", line 1: the quote 'a\\x07bell' contains the control character U+0007 at byte 2; quotes "
       "may hold tab, line feed and carriage return but no other control characters"},
  };
  testing::TempDir dir;
  const std::string db = dir.File("db");
  for (const auto& [file, error] : cases) {
    INFO(file);
    const std::string path = bad + file;
    CHECK(Load(path, "causenet").exported == "error: Load error: " + path + error);
    auto run = RunCausalkg({"--db", db, "--empty", "load", "--format", "causenet",
                            kData + "readme-examples.jsonl", path});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::StartsWith("Load error: " + path + error + "\n"));
    CHECK_THAT(run.err, Catch::EndsWith("Nothing was loaded; the database is as it was.\n"));
  }
  auto stats = RunCausalkg({"--db", db, "stats"});
  CHECK_THAT(stats.out, Catch::Contains("edges      0\n"));
}

TEST_CASE("a CauseNet file loads through the binary and answers queries", "[import][causenet]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  auto load = RunCausalkg({"--db", db, "--empty", "load", kData + "readme-examples.jsonl"});
  REQUIRE(load.exit_code == 0);
  CHECK_THAT(load.out, Catch::StartsWith("Loaded 4 claims: 4 new edges, 8 new nodes, 4 pieces of "
                                         "evidence added"));
  auto why = RunCausalkg({"--db", db, "query", "WHY human_activity influences climate_change"});
  CHECK(why.exit_code == 0);
  CHECK_THAT(why.out, Catch::Contains("is caused by human activity."));
  CHECK_THAT(why.out, Catch::Contains("https://en.wikipedia.org/wiki/Global_warming_controversy"));
}

}  // namespace
}  // namespace causalkg

namespace causalkg {
namespace {

TEST_CASE("CauseNet's loops are U and its paths of sign ?", "[import][causenet][loops]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "load", kData + "handmade.jsonl"}).exit_code == 0);
  auto loops = RunCausalkg({"--db", db, "query", "LOOPS"});
  CHECK(loops.out ==
        "U  digitalisation -[influences ?]-> individualisation -[influences ?]-> loneliness "
        "-[influences ?]-> digitalisation  belief 0.4905\n1 loop\n");
  auto paths = RunCausalkg({"--db", db, "query", "PATHS FROM digitalisation TO poor_health"});
  CHECK(paths.out ==
        "digitalisation -[influences ?]-> individualisation -[influences ?]-> loneliness "
        "-[influences ?]-> Poor Health  net ?  belief 0.4905\n1 path\n");
}

}  // namespace
}  // namespace causalkg
