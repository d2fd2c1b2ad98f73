// Loading maps as a user does: the format chosen by extension or content,
// the map as a source with its evidence, the notes of what was kept and
// dropped, refusals from the store's own checks said of the map's item, and
// all or nothing with other files.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/load.hpp"
#include "map_import_support.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using namespace testing;

std::string FormatOf(const std::string& name, const std::string& text) {
  auto chosen = kb::Formats().Choose(name, text.substr(0, kb::kSniffBytes));
  INFO(name << ": " << (chosen.ok() ? "" : chosen.status().ToString()));
  REQUIRE(chosen.ok());
  return (*chosen)->name;
}

TEST_CASE("A map's format is chosen by its extension, else by its content", "[maps][formats]") {
  CHECK(FormatOf("map.json", ImportData("kumu/every_feature.json")) == "kumu");
  CHECK(FormatOf("backup.json", ImportData("kumu/backup_shape.json")) == "kumu");
  CHECK(FormatOf("kb.json", ReadFile(std::string(CAUSALKG_SOURCE_DIR) + "/kb/scp-2025.json")) ==
        "json");
  CHECK(FormatOf("system_model.loopy", ImportData("loopy/automation.loopy")) == "loopy");
  CHECK(FormatOf("link.txt", ImportData("loopy/basic_ecology.link.txt")) == "loopy");
  CHECK(FormatOf("model", ImportData("loopy/automation.loopy")) == "loopy");
  CHECK(FormatOf("fire.mmp", ImportData("mental_modeler/fire_model.mmp")) == "mmp");
  CHECK(FormatOf("fire", ImportData("mental_modeler/fire_model.mmp")) == "mmp");
  CHECK(FormatOf("simple", ImportData("mental_modeler/simple_js.mmp")) == "mmp");
}

TEST_CASE("A loaded map is a source whose evidence backs each link", "[maps]") {
  ScratchStore db;
  const std::string path = ImportDataPath("mental_modeler/every_feature.mmp");
  auto loaded = kb::LoadFiles(*db.store, {path});
  REQUIRE(loaded.ok());
  CHECK(loaded->claims == 6);
  // The notes: what the reader said, and what the store could not hold;
  // the warning: what the store could not make of it.
  auto has = [](const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& w) { return w.find(part) != std::string::npos; });
  };
  const auto& notes = loaded->notes;
  CHECK(has(notes, "Mental Modeler: 3 influences given as H, M or L read as 1, 0.62 and 0.25"));
  CHECK(has(notes, "Mental Modeler: the weights of 5 links kept as an attribute ('weight')"));
  // A relationship without an influence is `influences`, built in with
  // polarity ?: causal, with no warning.
  CHECK_FALSE(has(loaded->write.warnings, "has no declared polarity"));
  CHECK_FALSE(has(loaded->write.warnings, "Mental Modeler:"));
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "influences")) == Polarity::kUnknown);

  auto sources = db.store->Sources();
  REQUIRE(sources.ok());
  REQUIRE(sources->size() == 1);
  const json source = json::parse(sources->front().json);
  CHECK(source == json{{"id", "every_feature.mmp"},
                       {"title", "Fishery (made by hand)"},
                       {"tool", "Mental Modeler"},
                       {"file", path},
                       {"author", "causalkg tests"},
                       {"description", "Every feature the reader handles, once."},
                       {"date", "Mon Jan 06 2025 10:00:00 GMT+0100"}});
  const json claims = json::parse(ExportOf(*db.store))["claims"];
  std::size_t with_quote = 0;
  for (const json& claim : claims) {
    if (claim["relation"] == "is_a") continue;
    CHECK(claim["source"] == "every_feature.mmp");
    with_quote += claim.contains("quote");
  }
  CHECK(with_quote == 1);

  // Loading it again changes nothing.
  const std::string before = ExportOf(*db.store);
  auto again = kb::LoadFiles(*db.store, {path});
  REQUIRE(again.ok());
  CHECK(again->write.new_edges == 0);
  CHECK(again->write.evidence_added == 0);
  CHECK(ExportOf(*db.store) == before);
}

TEST_CASE("The store's refusals name the map's item", "[maps][errors]") {
  ScratchStore db;
  MustLoad(*db.store, R"({"claims": [{"subject": "a", "relation": "increases", "object": "b"}]})");
  const std::string before = ExportOf(*db.store);
  const std::string good = db.dir.Write("good.loopy", ImportData("loopy/automation.loopy"));
  struct Case {
    const char* name;
    std::string text;
    std::string error;
  } cases[] = {
      {"control.json", R"({"elements": [{"label": "A\u0007b"}], "connections": []})",
       "Load error: FILE: element 1: field 'label': the label 'A\\x07b' contains the control "
       "character U+0007 at byte 2; labels may not hold control characters"},
      {"confidence.json",
       R"({"elements": [{"label": "A"}, {"label": "B"}],
           "connections": [{"from": "A", "to": "B", "type": "+", "confidence": 1.5}]})",
       "Load error: FILE: connection 1: field 'confidence' must be between 0 and 1, not 1.5"},
      {"zero.loopy", "[[[1,0,0,1,\"a\",0],[2,0,0,1,\"b\",0]],[[1,2,0,0]],[],3]",
       "Load error: FILE, line 1, column 37: edge 1: its strength is 0, which gives the link no "
       "sign (LOOPY draws +1 or -1)"},
      {"missing.mmp",
       "<mentalmodeler><concepts><concept><id>1</id><name>A</name><relationships>"
       "<relationship><id>2</id><influence>H+</influence></relationship></relationships>"
       "</concept></concepts></mentalmodeler>",
       "Load error: FILE: concept 1 ('A'): relationship 1: it influences concept '2', which the "
       "model does not have"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const std::string bad = db.dir.Write(c.name, c.text);
    // With a good file before it: nothing of either is stored.
    auto loaded = kb::LoadFiles(*db.store, {good, bad});
    REQUIRE_FALSE(loaded.ok());
    std::string wanted = c.error;
    wanted.replace(wanted.find("FILE"), 4, bad);
    CHECK(loaded.status().ToString() == wanted);
    CHECK(ExportOf(*db.store) == before);
  }
}

TEST_CASE("causalkg load reads a Kumu map and says what it kept and dropped", "[maps][cli]") {
  TempDir dir;
  const std::string db = dir.File("db");
  const std::string file = ImportDataPath("kumu/backup_shape.json");
  auto load = RunCausalkg({"--db", db, "--empty", "load", file});
  INFO(load.err);
  REQUIRE(load.exit_code == 0);
  CHECK(load.out.find("Loaded 7 claims") == 0);
  CHECK(load.out.find("note: Kumu: 2 loops as drawn not stored (LOOPS finds a map's loops "
                      "itself): 'B1 Supply catches up (B)', 'R1 Speculation'\n") !=
        std::string::npos);
  auto why = RunCausalkg({"--db", db, "query", "WHY 'House prices' increases speculation"});
  REQUIRE(why.exit_code == 0);
  CHECK(why.out.find("\"Rising prices draw buyers who expect them to rise further.\"") !=
        std::string::npos);
  // Named explicitly, a format is read whatever the file's name.
  const std::string renamed = dir.Write("map.txt", ImportData("kumu/every_feature.json"));
  auto named = RunCausalkg({"--db", db, "load", "--format", "kumu", renamed});
  INFO(named.err);
  CHECK(named.exit_code == 0);
  auto bad = RunCausalkg({"--db", db, "load", "--format", "mmp", renamed});
  CHECK(bad.exit_code != 0);
  CHECK(bad.err.find("a Mental Modeler model in JSON is an object with a \"concepts\" array") !=
        std::string::npos);
}

}  // namespace
}  // namespace causalkg
