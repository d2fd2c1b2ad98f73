// What each importer now keeps with the evidence it makes: origin imported
// (inferred for a model's signs read from its equations), the tool it came
// from, and what the tool said of a link besides (weights, strengths,
// delays, beliefs, URLs) as attributes and locators; and the notes say so.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kb/ingest/load.hpp"
#include "map_import_support.hpp"
#include "store_entries.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::ImportDataPath;

struct Imported {
  testing::Contents contents;
  std::vector<std::string> notes;
};

Imported Import(const std::string& path) {
  testing::ScratchStore db;
  auto loaded = kb::LoadFiles(*db.store, {path});
  INFO(path << ": " << (loaded.ok() ? "" : loaded.status().ToString()));
  REQUIRE(loaded.ok());
  return {testing::ContentsOf(*db.store), loaded->notes};
}

// The one piece of evidence of the claim `s r o`.
const Evidence& PieceOf(const Imported& imported, const char* s, const char* r, const char* o) {
  auto it = imported.contents.claims.find({s, r, o});
  INFO(s << " " << r << " " << o);
  REQUIRE(it != imported.contents.claims.end());
  REQUIRE(it->second.size() == 1);
  return it->second.front();
}

bool HasNote(const Imported& imported, const std::string& note) {
  return std::any_of(imported.notes.begin(), imported.notes.end(),
                     [&](const std::string& n) { return n.find(note) != std::string::npos; });
}

// Every piece of every claim but the kinds (is_a) satisfies `check`.
template <typename Check>
void EveryPiece(const Imported& imported, Check check) {
  std::size_t pieces = 0;
  for (const auto& [claim, evidence] : imported.contents.claims) {
    if (std::get<1>(claim) == "is_a") continue;
    for (const Evidence& e : evidence) {
      INFO(std::get<0>(claim) << " " << std::get<1>(claim) << " " << std::get<2>(claim));
      check(e);
      ++pieces;
    }
  }
  CHECK(pieces > 0);
}

TEST_CASE("a Kumu map's weights, strengths and delays are kept as attributes",
          "[import][evidence][kumu]") {
  const Imported map = Import(ImportDataPath("kumu/every_feature.json"));
  EveryPiece(map, [](const Evidence& e) {
    CHECK(e.origin == EvidenceOrigin::kImported);
    CHECK(e.tool == "kumu");
  });
  CHECK(PieceOf(map, "media_literacy", "counters", "misinformation").attributes ==
        Attributes{{"weight", 0.5}});
  CHECK(PieceOf(map, "newsrooms", "influences", "trust").attributes ==
        Attributes{{"strength", 3.0}});
  CHECK(PieceOf(map, "misinformation", "increases", "polarisation").attributes ==
        Attributes{{"delay", std::string("yes")}});
  CHECK(PieceOf(map, "polarisation", "decreases", "trust").attributes.empty());
  CHECK(HasNote(map, "Kumu: the weights of 1 link kept as an attribute ('weight')"));
  CHECK(HasNote(map, "Kumu: the strengths of 1 link kept as an attribute ('strength')"));
  CHECK(HasNote(map, "Kumu: the delays of 1 link kept as an attribute ('delay': 'yes')"));
  CHECK_FALSE(HasNote(map, "dropped: evidence holds no"));
}

TEST_CASE("a LOOPY map's strengths and a Mental Modeler map's weights are kept",
          "[import][evidence][loopy][mmp]") {
  const Imported loopy = Import(ImportDataPath("loopy/every_feature.loopy"));
  EveryPiece(loopy, [](const Evidence& e) {
    CHECK(e.origin == EvidenceOrigin::kImported);
    CHECK(e.tool == "loopy");
    REQUIRE(e.attributes.count("strength"));
  });
  // Two arrows the same way are one link, their strengths added.
  CHECK(PieceOf(loopy, "rabbits", "increases", "foxes").attributes ==
        Attributes{{"strength", 2.0}});
  CHECK(PieceOf(loopy, "foxes", "decreases", "rabbits").attributes ==
        Attributes{{"strength", -1.0}});
  CHECK(HasNote(loopy, "LOOPY: the strengths of 7 links kept as an attribute ('strength')"));

  const Imported modeler = Import(ImportDataPath("mental_modeler/every_feature.mmp"));
  EveryPiece(modeler, [](const Evidence& e) {
    CHECK(e.origin == EvidenceOrigin::kImported);
    CHECK(e.tool == "mental-modeler");
  });
  CHECK(PieceOf(modeler, "fishing_effort", "decreases", "fish_stock").attributes ==
        Attributes{{"weight", -0.62}});
  CHECK(PieceOf(modeler, "fish_stock", "influences", "tourism").attributes.empty());
  CHECK(HasNote(modeler, "Mental Modeler: the weights of 5 links kept as an attribute"));
}

TEST_CASE("a model's signs read from equations are inferred, its sketch's marks imported",
          "[import][evidence][vensim][xmile]") {
  for (const auto& [file, tool] :
       {std::pair{"vensim/features.mdl", "vensim"}, std::pair{"xmile/features.xmile", "xmile"}}) {
    INFO(file);
    const Imported model = Import(ImportDataPath(file));
    std::size_t imported = 0, inferred = 0;
    EveryPiece(model, [&](const Evidence& e) {
      CHECK(e.tool == tool);
      imported += e.origin == EvidenceOrigin::kImported;
      inferred += e.origin == EvidenceOrigin::kInferred;
    });
    // The three signs the diagram marks, and every other link as inferred.
    CHECK(imported == 3);
    CHECK(inferred > 0);
    CHECK(PieceOf(model, "capacity", "increases", "housing_gap").origin ==
          EvidenceOrigin::kImported);
    CHECK(PieceOf(model, "birth_rate", "increases", "births").origin == EvidenceOrigin::kInferred);
  }
}

TEST_CASE("a link through a delay or smooth keeps the delay's function",
          "[import][evidence][vensim][xmile]") {
  const Imported smooth = Import(ImportDataPath("vensim/test_smooth.mdl"));
  CHECK(PieceOf(smooth, "input", "increases", "smooth3_output").attributes ==
        Attributes{{"delay", std::string("SMOOTH3")}});
  CHECK(PieceOf(smooth, "input", "increases", "smooth_n_output").attributes ==
        Attributes{{"delay", std::string("SMOOTH_N")}});
  // Its time is no delayed input.
  CHECK(PieceOf(smooth, "adjustment_time", "depends_on", "smooth3_output").attributes.empty());
  CHECK(HasNote(smooth,
                "5 links through a delay or smooth kept with its input's sign; the delay kept as "
                "an attribute ('delay': its function, as 'SMOOTH3')"));

  const Imported delays = Import(ImportDataPath("vensim/test_delays.mdl"));
  std::set<std::string> functions;
  EveryPiece(delays, [&](const Evidence& e) {
    if (auto it = e.attributes.find("delay"); it != e.attributes.end())
      functions.insert(std::get<std::string>(it->second));
  });
  CHECK(functions.count("DELAY1"));
  CHECK(functions.count("DELAY3"));
}

TEST_CASE("INDRA evidence keeps its reader as the tool, its belief and its document's URL",
          "[import][evidence][indra]") {
  const Imported indra = Import(ImportDataPath("indra/statements.json"));
  EveryPiece(indra, [](const Evidence& e) {
    CHECK(e.origin == EvidenceOrigin::kImported);
    CHECK(e.tool.rfind("indra", 0) == 0);
  });
  auto pieces = indra.contents.claims.at({"map2k1", "activates", "mapk1"});
  REQUIRE(pieces.size() == 2);
  const auto reach = std::find_if(pieces.begin(), pieces.end(),
                                  [](const Evidence& e) { return e.tool == "indra:reach"; });
  REQUIRE(reach != pieces.end());
  CHECK(reach->source == "PMID:19249009");
  CHECK(reach->locator.url == "https://pubmed.ncbi.nlm.nih.gov/19249009");
  CHECK(reach->attributes == Attributes{{"belief", 0.99}});
  CHECK(reach->confidence == 0.99);  // the belief stays the confidence too
  // A statement without evidence but with a belief: a piece of INDRA's own.
  const Evidence& bare = PieceOf(indra, "mapk1", "inhibits", "map2k1");
  CHECK(bare.tool == "indra");
  CHECK(bare.attributes == Attributes{{"belief", 0.6}});
  CHECK(HasNote(indra,
                "8 statements with a belief: kept as each piece's attribute 'belief', and "
                "as its confidence"));

  // The section a reader found the sentence in.
  testing::TempDir dir;
  const std::string sectioned =
      dir.Write("sectioned.json",
                R"([{"type": "Activation", "subj": {"name": "MEK1"}, "obj": {"name": "ERK2"},
          "evidence": [{"source_api": "reach", "text": "MEK1 activates ERK2.", "pmid": "1",
                        "epistemics": {"section_type": "results"}}]}])");
  const Evidence& results = PieceOf(Import(sectioned), "mek1", "activates", "erk2");
  CHECK(results.locator.section == "results");
  CHECK(results.tool == "indra:reach");
  CHECK(results.attributes.empty());  // no belief given
}

TEST_CASE("CauseNet evidence keeps its page's URL, imported from causenet",
          "[import][evidence][causenet]") {
  const Imported causenet = Import(ImportDataPath("causenet/handmade.jsonl"));
  EveryPiece(causenet, [](const Evidence& e) {
    CHECK(e.origin == EvidenceOrigin::kImported);
    CHECK(e.tool == "causenet");
    CHECK(e.locator.url == e.source);  // the page is the source
  });
  const auto& loneliness =
      causenet.contents.claims.at({"individualisation", "influences", "loneliness"});
  REQUIRE_FALSE(loneliness.empty());
  CHECK(loneliness.front().locator.url == "https://en.wikipedia.org/wiki/Loneliness");
}

TEST_CASE("a claims table's locator, origin, tool and stance columns are read",
          "[import][evidence][csv]") {
  testing::TempDir dir;
  const std::string table = dir.Write(
      "claims.csv",
      "subject,relation,object,quote,source,start,end,page,section,url,origin,tool,stance\n"
      "a,increases,b,\"a, so b\",report,3,9,14,2.1,https://example.org/r,extracted,reader,"
      "refutes\n"
      "c,increases,d,c and d,report,,,,,,,,\n");
  const Imported read = Import(table);
  const Evidence& full = PieceOf(read, "a", "increases", "b");
  CHECK(full.locator.start == 3u);
  CHECK(full.locator.end == 9u);
  CHECK(full.locator.page == "14");
  CHECK(full.locator.section == "2.1");
  CHECK(full.locator.url == "https://example.org/r");
  CHECK(full.origin == EvidenceOrigin::kExtracted);
  CHECK(full.tool == "reader");
  CHECK(full.stance == Stance::kRefutes);
  const Evidence& plain = PieceOf(read, "c", "increases", "d");
  CHECK(plain.locator.empty());
  CHECK(plain.origin == EvidenceOrigin::kUnspecified);
  CHECK(plain.stance == Stance::kSupports);

  struct Bad {
    std::string row, error;
  } bad[] = {
      {"a,increases,b,x,,",
       "line 2, column 15: field 'start' must be a non-negative integer, not 'x'"},
      {"a,increases,b,,-1,", "line 2: field 'end' must be a non-negative integer, not -1"},
      {"a,increases,b,9,3,", "line 2: field 'end' is 3, before field 'start' (9)"},
      {"a,increases,b,,,said",
       "line 2: field 'origin' must be one of stated, extracted, "
       "inferred, imported, not 'said'"},
  };
  for (const Bad& b : bad) {
    INFO(b.row);
    const std::string file =
        dir.Write("bad.csv", "subject,relation,object,start,end,origin\n" + b.row + "\n");
    testing::ScratchStore db;
    auto loaded = kb::LoadFiles(*db.store, {file});
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().ToString() == "Load error: " + file + ", " + b.error);
    CHECK(db.store->counts().edges == 0);
  }
}

}  // namespace
}  // namespace causalkg
