// INDRA statements (JSON): which statements become which claims, signed how,
// with which evidence; what the remarks say was kept and dropped; every
// error, and that nothing is stored then. Hand-made files after INDRA's
// published schema (tests/data/import/indra/README.md).
#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

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

const std::string kData = std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/import/indra/";

TEST_CASE("INDRA statements become claims signed by their type or their changes",
          "[import][indra]") {
  const LoadedFile loaded = Load(kData + "statements.json");  // chosen by its content
  CHECK(loaded.exported ==
        R"({"source":{"id":"DART:3c1f0b2a9e"}}
{"source":{"id":"DART:77aa01"}}
{"source":{"id":"DOI:10.1056/NEJMoa1002011","url":"https://doi.org/10.1056/NEJMoa1002011"}}
{"source":{"id":"PMCID:PMC3002312","url":"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3002312"}}
{"source":{"id":"PMID:19249009","url":"https://pubmed.ncbi.nlm.nih.gov/19249009"}}
{"source":{"id":"PMID:22174878","url":"https://pubmed.ncbi.nlm.nih.gov/22174878"}}
{"source":{"id":"https://example.org/reports/conflict-2018","url":"https://example.org/reports/conflict-2018"}}
{"source":{"id":"signor:SIGNOR-251921"}}
{"relation":{"id":"activates","label":{"en":"activates","nl":"activeert"},"polarity":"+"}}
{"relation":{"id":"decreases","polarity":"-"}}
{"relation":{"id":"increases","polarity":"+"}}
{"relation":{"id":"influences","polarity":"?"}}
{"relation":{"id":"inhibits","label":{"en":"inhibits","nl":"remt"},"polarity":"-"}}
{"node":{"id":"braf","label":{"en":"BRAF"}}}
{"node":{"id":"crop_production","label":{"en":"crop production"}}}
{"node":{"id":"food_insecurity","label":{"en":"Food Insecurity"}}}
{"node":{"id":"map2k1","label":{"en":"MAP2K1"}}}
{"node":{"id":"mapk1","label":{"en":"MAPK1"}}}
{"node":{"id":"mdm2","label":{"en":"MDM2"}}}
{"node":{"id":"tp53","label":{"en":"TP53"}}}
{"object":"displacement","origin":"imported","quote":"Conflict has increased displacement.","relation":"increases","source":"https://example.org/reports/conflict-2018","subject":"conflict","tool":"indra:cwms","url":"https://example.org/reports/conflict-2018"}
{"attributes":{"belief":0.7},"confidence":0.7,"object":"food_insecurity","origin":"imported","quote":"Crop production drives severe food insecurity.","relation":"influences","source":"DART:3c1f0b2a9e","subject":"crop_production","tool":"indra:hume"}
{"attributes":{"belief":0.7},"confidence":0.7,"modality":"may","object":"food_insecurity","origin":"imported","quote":"Food insecurity may rise as crop production changes.","relation":"influences","source":"DART:77aa01","subject":"crop_production","tool":"indra:eidos"}
{"attributes":{"belief":0.5},"confidence":0.5,"object":"conflict","origin":"imported","quote":"Displacement and conflict are linked.","relation":"influences","subject":"displacement","tool":"indra:sofia"}
{"attributes":{"belief":0.99},"confidence":0.99,"modality":"may","object":"mapk1","origin":"imported","quote":"MEK1 would activate ERK2.","relation":"activates","source":"PMID:19249009","subject":"map2k1","tool":"indra:reach","url":"https://pubmed.ncbi.nlm.nih.gov/19249009"}
{"attributes":{"belief":0.99},"confidence":0.99,"object":"mapk1","origin":"imported","quote":"MEK1 activates ERK2 in vitro.","relation":"activates","source":"PMID:22174878","subject":"map2k1","tool":"indra:sparser","url":"https://pubmed.ncbi.nlm.nih.gov/22174878"}
{"attributes":{"belief":0.6},"confidence":0.6,"object":"map2k1","origin":"imported","relation":"inhibits","subject":"mapk1","tool":"indra"}
{"attributes":{"belief":0.92},"confidence":0.92,"object":"tp53","origin":"imported","relation":"decreases","source":"signor:SIGNOR-251921","subject":"mdm2","tool":"indra:signor"}
{"attributes":{"belief":0.86},"confidence":0.86,"object":"crop_production","origin":"imported","quote":"Low rainfall reduced crop production across the region.","relation":"increases","source":"DART:3c1f0b2a9e","subject":"rainfall","tool":"indra:eidos"}
{"attributes":{"belief":0.9},"confidence":0.9,"object":"mdm2","origin":"imported","relation":"increases","source":"PMCID:PMC3002312","subject":"tp53","tool":"indra:biopax","url":"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3002312"}
{"attributes":{"belief":0.95},"confidence":0.95,"object":"braf","origin":"imported","quote":"Vemurafenib inhibits BRAF.","relation":"inhibits","source":"DOI:10.1056/NEJMoa1002011","subject":"vemurafenib","tool":"indra:trips","url":"https://doi.org/10.1056/NEJMoa1002011"}
)");
  CHECK(
      loaded.notes ==
      testing::NotesOf(
          kData + "statements.json",
          {"kept 9 statements (1 'Activation', 1 'DecreaseAmount', 1 'IncreaseAmount', 4 "
           "'Influence', 2 'Inhibition') with evidence from 1 'biopax', 1 'cwms', 2 'eidos', 1 "
           "'hume', 2 'reach', 1 'signor', 1 'sofia', 1 'sparser', 1 'trips'; grounding "
           "(db_refs), adjectives, contexts and annotations were not kept",
           "8 statements with a belief: kept as each piece's attribute 'belief', and as its "
           "confidence",
           "2 statements of type Influence became 'influences' links (sign not stated), 1 of them "
           "stating the polarity of one change but not the other's",
           "dropped 2 statements of types that make no causal link here: 1 'Complex', 1 "
           "'Phosphorylation'",
           "dropped 1 statement without a subject or an object",
           "dropped 2 pieces of evidence that INDRA marks negated, and 1 statement that had no "
           "other",
           "2 pieces of evidence that INDRA marks a hypothesis got the modality 'may'"}));
}

// The simple cycles of the causal links in a JSON Lines export, each as its
// type: U with a link of sign not stated, else R (an even number of
// negative links) or B; found by trying every path from each cycle's least
// node, apart from the engine's search.
std::multiset<char> CycleTypes(const std::string& exported) {
  std::map<std::string, int> signs;
  std::map<std::string, std::vector<std::pair<std::string, int>>> out;
  std::set<std::string> seen;
  std::istringstream lines(exported);
  std::string line;
  while (std::getline(lines, line)) {
    const auto value = nlohmann::json::parse(line);
    if (value.contains("relation") && value["relation"].is_object()) {
      const auto& relation = value["relation"];
      if (relation.contains("polarity") && relation["polarity"].is_string()) {
        const std::string polarity = relation["polarity"];
        signs[relation["id"]] = polarity == "+" ? 1 : polarity == "-" ? -1 : 0;  // 0: ?
      }
    } else if (value.contains("subject")) {
      // An edge is a line a piece of its evidence: one link for all of them.
      auto sign = signs.find(value["relation"]);
      const std::string edge = value["subject"].get<std::string>() + " " +
                               value["relation"].get<std::string>() + " " +
                               value["object"].get<std::string>();
      if (sign != signs.end() && seen.insert(edge).second) {
        out[value["subject"]].push_back({value["object"], sign->second});
      }
    }
  }
  std::multiset<char> types;
  std::function<void(const std::string&, const std::string&, std::set<std::string>&, int)> walk =
      [&](const std::string& start, const std::string& at, std::set<std::string>& on, int sign) {
        for (const auto& [next, step] : out[at]) {
          if (next == start) types.insert(sign * step > 0 ? 'R' : sign * step < 0 ? 'B' : 'U');
          if (next <= start || on.count(next)) continue;
          on.insert(next);
          walk(start, next, on, sign * step);
          on.erase(next);
        }
      };
  for (const auto& [node, links] : out) {
    std::set<std::string> on = {node};
    walk(node, node, on, 1);
  }
  return types;
}

TEST_CASE("the loops of imported statements are those of their signed links",
          "[import][indra][loops]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  for (const std::string file : {"statements.json", "wrapped.json"}) {
    INFO(file);
    const std::string loaded_db = db + file;
    auto load = RunCausalkg({"--db", loaded_db, "--empty", "load", kData + file});
    REQUIRE(load.exit_code == 0);
    auto loops = RunCausalkg({"--db", loaded_db, "query", "LOOPS"});
    REQUIRE(loops.exit_code == 0);
    std::multiset<char> reported;
    std::istringstream lines(loops.out);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.size() > 3 && line[1] == ' ' && line[2] == ' ') reported.insert(line[0]);
    }
    const std::multiset<char> enumerated = CycleTypes(Load(kData + file).exported);
    CHECK(reported == enumerated);
    CHECK_FALSE(enumerated.empty());
  }
  auto wrapped = RunCausalkg({"--db", db + "wrapped.json", "query", "LOOPS"});
  CHECK(wrapped.out ==
        "B  Digitalisation -[decreases -]-> social cohesion -[increases +]-> Digitalisation  "
        "belief 0.39\n"
        "1 loop\n");
}

TEST_CASE("INDRA's JSON is told from causalkg's own by its content", "[import][indra][formats]") {
  const kb::FormatRegistry& formats = kb::Formats();
  auto chosen = [&](std::string_view path, std::string_view head) {
    auto format = formats.Choose(path, head);
    return format.ok() ? (*format)->name : "error: " + format.status().message();
  };
  CHECK(chosen("s.json", testing::ReadFile(kData + "statements.json")) == "indra");
  CHECK(chosen("s.json", testing::ReadFile(kData + "wrapped.json")) == "indra");
  CHECK(chosen("s", testing::ReadFile(kData + "wrapped.json")) == "indra");
  CHECK(chosen("kb.json", R"({"claims": [{"subject": "a", "relation": "b", "object": "c"}]})") ==
        "json");
  CHECK(chosen("kb.json", "{\n  \"claims\": [],\n  \"evidence\": \"Influence\"\n}") == "json");
  // Broken JSON is the document reader's to explain.
  CHECK(chosen("kb.json", "[{\"type\": \"Influence\", \"evidence\": [}") == "indra");
  CHECK(chosen("kb.json", "{\"claims\": [}") == "json");
}

TEST_CASE("every error in INDRA statements names the statement and stores nothing",
          "[import][indra]") {
  const std::string bad = kData + "bad/";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"no-type.json", ": statement 2: it has no type"},
      {"name-type.json", ": statement 2: subj's name must be a string, not a number"},
      {"no-name.json", ": statement 1: subj's concept has no name"},
      {"name-empty.json", ": statement 1: subj's name '?\?' has no letter or digit"},
      {"polarity.json", ": statement 1: obj.delta's polarity must be 1, -1 or null, not '2'"},
      {"evidence-type.json", ": statement 1: evidence must be an array, not an object"},
      {"text-type.json", ": statement 1: evidence 2: text must be a string, not an array"},
      {"belief-type.json", ": statement 1: belief must be a number, not a string"},
      {"belief-range.json", ": statement 1: field 'confidence' must be between 0 and 1, not 1.5"},
      {"malformed.json",
       ", line 3, column 31: malformed JSON: unexpected ']'; expected '}' (while reading an "
       "object)"},
      {"not-a-list.json", ": \"statements\" must be an array, not an object"},
  };
  testing::TempDir dir;
  const std::string db = dir.File("db");
  for (const auto& [file, error] : cases) {
    INFO(file);
    const std::string path = bad + file;
    CHECK(Load(path, "indra").exported == "error: Load error: " + path + error);
    auto run = RunCausalkg(
        {"--db", db, "--empty", "load", "--format", "indra", kData + "wrapped.json", path});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::StartsWith("Load error: " + path + error + "\n"));
    CHECK_THAT(run.err, Catch::EndsWith("Nothing was loaded; the database is as it was.\n"));
  }
  auto stats = RunCausalkg({"--db", db, "stats"});
  CHECK_THAT(stats.out, Catch::Contains("edges      0\n"));
}

}  // namespace
}  // namespace causalkg
