// What a write's names get a warning for, as a user sees it through the
// binary: a new node close to a node's name (ADD at the name's line and
// column; every way of loading a file alike, a bounded list), labels two
// nodes share, misspelt claim fields, and the sources evidence names, which
// are registered whatever the format.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

std::vector<std::string> WarningLines(const std::string& out) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while ((at = out.find("warning: ", at)) != std::string::npos) {
    const std::size_t end = out.find('\n', at);
    lines.push_back(out.substr(at, end - at));
    at = end;
  }
  return lines;
}

TEST_CASE("ADD warns of a new node close to a node's name, at the name", "[names][add]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");  // the bundled report
  auto added = RunCausalkg({"--db", db, "query", "ADD digitalisaton amplifies loneliness"});
  REQUIRE(added.exit_code == 0);
  CHECK(added.out ==
        "Added digitalisaton amplifies loneliness: a new edge, 2 new nodes, no new evidence\n"
        "warning: line 1, column 5: new node 'digitalisaton' is close to node 'digitalisation': "
        "did you mean 'digitalisation'?\n");
  // On the line of a script it is on, at a label it is close to; numbers
  // apart is no typo.
  auto script = RunCausalkg({"--db", db},
                            "ADD wave_1 weakens trust;\n"
                            "ADD wave_2 weakens trust;\n"
                            "ADD loneliness   weakens 'sociale samenhnag';\n");
  REQUIRE(script.exit_code == 0);
  CHECK(WarningLines(script.out) ==
        std::vector<std::string>{
            "warning: line 3, column 26: new node 'sociale samenhnag' is close to 'sociale "
            "samenhang', the nl label of node 'social_cohesion': did you mean 'sociale samenhang' "
            "(social_cohesion)?"});
  // In JSON, among the write's warnings; a number apart from digitalisaton
  // is none.
  auto json = RunCausalkg({"--db", db, "query", "ADD indivdualisation amplifies trust AS JSON"});
  CHECK_THAT(json.out, Catch::Contains("\"warnings\": [\n    \"line 1, column 5: new node "
                                       "'indivdualisation' is close to node 'individualisation'"));
  auto numbered = RunCausalkg({"--db", db, "query", "ADD digitalisaton2 amplifies trust AS JSON"});
  CHECK_THAT(numbered.out, Catch::Contains("\"warnings\": []"));
  auto explained =
      RunCausalkg({"--db", db, "query", "EXPLAIN ADD individualisatoin amplifies trust"});
  CHECK_THAT(explained.out,
             Catch::Contains("    warning new node 'individualisatoin' is close to node "
                             "'individualisation': did you mean 'individualisation'?\n"));
}

constexpr const char* kTypos =
    R"({"subject": "digitalisaton", "relation": "increases", "object": "lonelines"}
{"subject": "Individualisation", "relation": "increases", "object": "lonelyness"}
{"subject": "n1", "relation": "increases", "object": "n2"}
{"subject": "n3", "relation": "increases", "object": "n12"}
{"subject": "loneliness", "relation": "weakens", "object": "social cohesion"}
)";

const std::vector<std::string> kTypoWarnings = {
    "warning: new node 'digitalisaton' is close to node 'digitalisation': did you mean "
    "'digitalisation'?",
    "warning: new node 'Individualisation' differs only in case or spacing from node "
    "'individualisation': did you mean 'individualisation'?",
    "warning: new node 'loneliness' is close to 'lonelines', new in this load too: did you mean "
    "'lonelines'?",
    "warning: new node 'social cohesion' has the name of 'social cohesion', the en label of node "
    "'social_cohesion': did you mean 'social cohesion' (social_cohesion)?",
};

TEST_CASE("every way of loading warns of new nodes close to others' names, alike",
          "[names][load]") {
  testing::TempDir dir;
  const std::string file = dir.Write("typos.jsonl", kTypos);
  const std::vector<std::vector<std::string>> ways = {
      {"--db", dir.File("by-load"), "load", file},
      {"--db", dir.File("by-statement"), "query", "LOAD '" + file + "'"},
  };
  for (const auto& way : ways) {
    INFO(way.back());
    auto run = RunCausalkg(way);
    REQUIRE(run.exit_code == 0);
    CHECK(WarningLines(run.out) == kTypoWarnings);
  }
  auto shell = RunCausalkg({"--db", dir.File("by-shell")}, ".load " + file + "\n");
  REQUIRE(shell.exit_code == 0);
  CHECK(WarningLines(shell.out) == kTypoWarnings);
}

TEST_CASE("a load lists ten close names and counts the rest", "[names][load]") {
  testing::TempDir dir;
  std::string lines;
  for (const char* typo :
       {"digitalisatin", "digitalisaton", "digitalisatio", "digitalistion", "digitalsation",
        "digtalisation", "igitalisation", "dgitalisation", "digitaliation", "digitalisaion",
        "digitalisatoin", "digitalistaion", "digitailsation"}) {
    lines += R"({"subject": ")" + std::string(typo) +
             R"(", "relation": "increases", "object": "trust"})" + "\n";
  }
  auto run = RunCausalkg({"--db", dir.File("db"), "load", dir.Write("many.jsonl", lines)});
  REQUIRE(run.exit_code == 0);
  const auto warnings = WarningLines(run.out);
  REQUIRE(warnings.size() == 11);
  CHECK(warnings.back() == "warning: 3 more new nodes have names close to others'");
  CHECK_THAT(run.out, Catch::StartsWith("Loaded 13 claims: 13 new edges, 14 new nodes, 0 pieces "
                                        "of evidence added, 11 warnings\n"));
}

TEST_CASE("a load warns of a label two nodes share in one language", "[names][load]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  auto run = RunCausalkg({"--db", db, "load", dir.Write("labels.json", R"({"nodes": [
        {"id": "cohesion2", "label": {"en": "Social Cohesion", "nl": "samenhang"}},
        {"id": "people_trust", "label": {"nl": "vertrouwen", "en": "trust in people"}},
        {"id": "institution_trust", "label": {"nl": "Vertrouwen", "en": "trust in institutions"}},
        {"id": "other", "label": {"de": "sociale samenhang"}}],
      "claims": [{"subject": "people_trust", "relation": "increases", "object": "cohesion2"},
                 {"subject": "institution_trust", "relation": "increases", "object": "other"}]})")});
  REQUIRE(run.exit_code == 0);
  // Another language's label is no collision: 'sociale samenhang' is nl
  // for social_cohesion, de for other.
  CHECK(WarningLines(run.out) ==
        std::vector<std::string>{
            "warning: nodes 'people_trust' and 'institution_trust' both get the label 'Vertrouwen' "
            "(nl) in this load",
            "warning: node 'cohesion2' gets the label 'Social Cohesion' (en), which node "
            "'social_cohesion' has already"});
}

TEST_CASE("misspelt claim fields warn with a did-you-mean in every claims format",
          "[names][load]") {
  testing::TempDir dir;
  const std::string want_quote =
      "warning: 1 claim has a field 'qoute', which no claim has, so it was not read; did you "
      "mean 'quote'?";
  const std::string want_confidence =
      "warning: 1 claim has a field 'confidance', which no claim has, so it was not read; did "
      "you mean 'confidence'?";
  const std::vector<std::pair<std::string, std::string>> files = {
      {"c.json",
       R"({"claims": [{"subject": "a", "relation": "increases", "object": "b", "qoute": "q", "confidance": 0.5}]})"},
      {"c.jsonl",
       R"({"subject": "a", "relation": "increases", "object": "b", "qoute": "q", "confidance": 0.5})"
       "\n"},
      {"c.csv", "subject,relation,object,qoute,confidance\na,increases,b,q,0.5\n"},
      {"c.tsv", "subject\trelation\tobject\tqoute\tconfidance\na\tincreases\tb\tq\t0.5\n"},
  };
  for (const auto& [name, text] : files) {
    INFO(name);
    auto run =
        RunCausalkg({"--db", dir.File("db-" + name), "--empty", "load", dir.Write(name, text)});
    REQUIRE(run.exit_code == 0);
    CHECK(WarningLines(run.out) == std::vector<std::string>{want_confidence, want_quote});
  }
}

// The claims files and maps of every format the tests hold.
std::vector<std::string> EveryImportFile() {
  namespace fs = std::filesystem;
  std::vector<std::string> files = {
      std::string(CAUSALKG_SOURCE_DIR) + "/kb/scp-2025.json",
      std::string(CAUSALKG_SOURCE_DIR) + "/kb/examples/online-communities.json"};
  for (const auto& entry :
       fs::recursive_directory_iterator(std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/import")) {
    const std::string path = entry.path().string();
    if (!entry.is_regular_file() || path.find("/bad/") != std::string::npos) continue;
    const std::string extension = entry.path().extension().string();
    if (extension == ".md" || entry.path().filename().string().starts_with("LICENSE")) continue;
    files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("every source a piece of evidence names is registered, whatever the format",
          "[names][sources]") {
  std::size_t loaded = 0, with_sources = 0;
  for (const std::string& file : EveryImportFile()) {
    testing::ScratchStore db;
    auto result = kb::LoadFiles(*db.store, {file});
    if (!result.ok()) continue;  // a model whose format needs options, say
    ++loaded;
    INFO(file);
    std::set<std::string> named;
    REQUIRE(db.store
                ->ForEachEvidence([&](const Triple&, const Evidence& e) {
                  if (!e.source.empty()) named.insert(e.source);
                  return true;
                })
                .ok());
    auto sources = db.store->Sources();
    REQUIRE(sources.ok());
    std::set<std::string> registered;
    for (const SourceInfo& source : *sources) registered.insert(source.id);
    for (const std::string& source : named) CHECK(registered.count(source));
    CHECK(db.store->counts().sources == registered.size());
    with_sources += !named.empty();
  }
  CHECK(loaded >= 20);
  CHECK(with_sources >= 5);
}

TEST_CASE("stats and .sources count and list a source named only by claims or by ADD",
          "[names][sources]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(
      RunCausalkg(
          {"--db", db, "--empty", "load",
           dir.Write(
               "c.jsonl",
               R"({"subject": "a", "relation": "increases", "object": "b", "source": "field-notes"})"
               "\n")})
          .exit_code == 0);
  REQUIRE(RunCausalkg({"--db", db, "query", "ADD b increases c SOURCE interviews"}).exit_code == 0);
  auto stats = RunCausalkg({"--db", db, "stats"});
  CHECK_THAT(stats.out, Catch::Contains("sources    2\n  field-notes\n  interviews\n"));
  auto listed = RunCausalkg({"--db", db}, ".sources\n");
  CHECK_THAT(listed.out, Catch::Contains("\nfield-notes"));
  CHECK_THAT(listed.out, Catch::Contains("\ninterviews"));
  // Declared later, its declaration replaces the bare record.
  REQUIRE(RunCausalkg({"--db", db, "load",
                       dir.Write("s.json", R"({"sources": [{"id": "interviews", "title": "Talks"}],
                                               "claims": []})")})
              .exit_code == 0);
  CHECK_THAT(RunCausalkg({"--db", db, "stats"}).out,
             Catch::Contains("sources    2\n  field-notes\n  interviews  Talks\n"));
}

}  // namespace
}  // namespace causalkg
