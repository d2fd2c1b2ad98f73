// The exports for map tools and spreadsheets: a store as a Kumu blueprint
// and as CSV, written byte for byte as documented, and read back by the
// Kumu reader into the same claims.
#include <catch2/catch.hpp>

#include <sstream>

#include "kb/export/csv.hpp"
#include "kb/export/export.hpp"
#include "kb/ingest/formats/kumu_map.hpp"
#include "map_import_support.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using namespace testing;

// Every kind of thing a store holds: labels in two languages, a kind, a
// node with a kind that is not an id Kumu gives back, relations of each
// polarity, evidence of every field, a triple with two pieces of evidence
// and one with none, and text that needs quoting in CSV.
const char* const kStore = R"({
  "sources": [{"id": "report", "title": "A report"}],
  "relations": [
    {"id": "fuels", "polarity": "+", "label": {"en": "fuels", "nl": "voedt"}},
    {"id": "overlooks", "polarity": null}
  ],
  "nodes": [
    {"id": "digitalisation", "kind": "driver",
     "label": {"en": "digitalisation", "nl": "digitalisering"}},
    {"id": "cohesion", "label": {"nl": "samenhang"}},
    {"id": "skills_policy", "kind": "lever"},
    {"id": "odd", "kind": "Odd Kind"}
  ],
  "claims": [
    {"subject": "digitalisation", "relation": "fuels", "object": "inequality",
     "source": "report", "quote": "it fuels, \"they say\",\nunequal access", "confidence": 0.6,
     "modality": "can"},
    {"subject": "digitalisation", "relation": "fuels", "object": "inequality",
     "source": "other"},
    {"subject": "inequality", "relation": "weakens", "object": "cohesion"},
    {"subject": "skills_policy", "relation": "overlooks", "object": "digitalisation",
     "quote": "only skills"}
  ]
})";

std::string KumuOf(const Store& store) {
  std::ostringstream out;
  std::uint64_t not_utf8 = 99;
  REQUIRE(kb::Export(store, kb::ExportFormat::kKumu, out, &not_utf8).ok());
  CHECK(not_utf8 == 0);
  return out.str();
}

std::string CsvOf(const Store& store) {
  std::ostringstream out;
  std::uint64_t not_utf8 = 99;
  REQUIRE(kb::Export(store, kb::ExportFormat::kCsv, out, &not_utf8).ok());
  CHECK(not_utf8 == 0);
  return out.str();
}

TEST_CASE("A store exports as a Kumu blueprint", "[export][kumu]") {
  ScratchStore db;
  MustLoad(*db.store, kStore);
  CHECK(
      KumuOf(*db.store) ==
      "{\n"
      "  \"elements\": [\n"
      "    {\"id\":\"Odd Kind\",\"label\":\"Odd Kind\"},\n"
      "    {\"id\":\"cohesion\",\"label\":\"cohesion\",\"label.nl\":\"samenhang\"},\n"
      "    {\"id\":\"digitalisation\",\"label\":\"digitalisation\",\"label.nl\":"
      "\"digitalisering\",\"type\":\"driver\"},\n"
      "    {\"id\":\"inequality\",\"label\":\"inequality\"},\n"
      "    {\"id\":\"odd\",\"label\":\"odd\"},\n"
      "    {\"id\":\"skills_policy\",\"label\":\"skills_policy\",\"type\":\"lever\"}\n"
      "  ],\n"
      "  \"connections\": [\n"
      "    {\"from\":\"digitalisation\",\"to\":\"inequality\",\"type\":\"fuels\",\"polarity\":"
      "\"+\",\"source\":\"other\"},\n"
      "    {\"from\":\"digitalisation\",\"to\":\"inequality\",\"type\":\"fuels\",\"polarity\":"
      "\"+\",\"description\":\"it fuels, \\\"they say\\\",\\nunequal access\",\"source\":"
      "\"report\",\"confidence\":0.6,\"modality\":\"can\"},\n"
      "    {\"from\":\"inequality\",\"to\":\"cohesion\",\"type\":\"weakens\",\"polarity\":\"-\"},\n"
      "    {\"from\":\"odd\",\"to\":\"Odd Kind\",\"type\":\"is_a\",\"polarity\":null},\n"
      "    {\"from\":\"skills_policy\",\"to\":\"digitalisation\",\"type\":\"overlooks\","
      "\"polarity\":null,\"description\":\"only skills\"}\n"
      "  ]\n"
      "}\n");
}

TEST_CASE("A store exports as CSV, a row a piece of evidence", "[export][csv]") {
  ScratchStore db;
  MustLoad(*db.store, kStore);
  CHECK(CsvOf(*db.store) ==
        "subject,relation,object,polarity,quote,source,confidence,modality\n"
        "digitalisation,fuels,inequality,+,,other,,\n"
        "digitalisation,fuels,inequality,+,\"it fuels, \"\"they say\"\",\nunequal access\","
        "report,0.6,can\n"
        "digitalisation,is_a,driver,,,,,\n"
        "inequality,weakens,cohesion,-,,,,\n"
        "odd,is_a,Odd Kind,,,,,\n"
        "skills_policy,is_a,lever,,,,,\n"
        "skills_policy,overlooks,digitalisation,,only skills,,,\n");
}

TEST_CASE("An empty store exports as an empty blueprint and a header", "[export]") {
  ScratchStore db;
  CHECK(KumuOf(*db.store) == "{\n  \"elements\": [\n  ],\n  \"connections\": [\n  ]\n}\n");
  CHECK(CsvOf(*db.store) == std::string(kb::kCsvHeader) + "\n");
}

TEST_CASE("A Kumu export reads back as the store's claims", "[export][kumu]") {
  ScratchStore db;
  MustLoad(*db.store, kStore);
  const auto map = MustParse(kb::maps::ParseKumu(KumuOf(*db.store), "export.json"));
  CHECK(LinkTexts(map) == std::multiset<std::string>{
                              "digitalisation -[fuels +]-> inequality",
                              "digitalisation -[fuels +]-> inequality",
                              "inequality -[weakens -]-> cohesion",
                              "odd -[is_a ]-> Odd Kind",
                              "skills_policy -[overlooks ]-> digitalisation",
                          });
  std::set<std::string> kinds;
  for (const auto& node : map.nodes) {
    if (!node.kind.empty()) kinds.insert(node.id + " is_a " + node.kind);
    // A node without an English label is shown in Kumu by its id.
    if (node.id == "inequality") CHECK(node.label == "inequality");
    if (node.id == "cohesion") {
      CHECK(node.other_labels ==
            std::vector<std::pair<std::string, std::string>>{{"nl", "samenhang"}});
    }
  }
  CHECK(kinds == std::set<std::string>{"digitalisation is_a driver", "skills_policy is_a lever"});
  REQUIRE(map.relations.size() == 2);
  CHECK(map.relations[0].id == "fuels");
  CHECK(map.relations[0].sign == kb::maps::LinkSign::kPositive);
  CHECK(map.relations[1].id == "overlooks");
  CHECK(map.relations[1].sign == kb::maps::LinkSign::kNone);
  CHECK(map.remarks.empty());
}

TEST_CASE("causalkg export writes Kumu and CSV by name or by the file's extension",
          "[export][kumu][csv][cli]") {
  REQUIRE(kb::ExportWriterForFile("out/map.kumu.json") != nullptr);
  CHECK(kb::ExportWriterForFile("out/map.KUMU.json")->format == kb::ExportFormat::kKumu);
  CHECK(kb::ExportWriterForFile("out/map.json")->format == kb::ExportFormat::kJson);
  CHECK(kb::ExportWriterForFile("claims.csv")->format == kb::ExportFormat::kCsv);
  TempDir dir;
  const std::string db = dir.File("db");
  const std::string file = dir.Write("store.json", kStore);
  REQUIRE(RunCausalkg({"--db", db, "--empty", "load", file}).exit_code == 0);
  ScratchStore same;
  MustLoad(*same.store, kStore);
  const auto kumu = RunCausalkg({"--db", db, "export", "--format", "kumu"});
  REQUIRE(kumu.exit_code == 0);
  CHECK(kumu.out == KumuOf(*same.store));
  REQUIRE(RunCausalkg({"--db", db, "export", "-o", dir.File("map.kumu.json")}).exit_code == 0);
  CHECK(ReadFile(dir.File("map.kumu.json")) == KumuOf(*same.store));
  REQUIRE(RunCausalkg({"--db", db, "export", "-o", dir.File("claims.csv")}).exit_code == 0);
  CHECK(ReadFile(dir.File("claims.csv")) == CsvOf(*same.store));
}

}  // namespace
}  // namespace causalkg
