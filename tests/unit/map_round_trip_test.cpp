// Load, export, load again: a store written as a Kumu blueprint loads back
// into the same claims, and its CSV holds a row for each of its pieces of
// evidence, read back here by a CSV reader of the test's own.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "kb/export/csv.hpp"
#include "kb/ingest/load.hpp"
#include "map_import_support.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using namespace testing;

// The store as a JSON export, less what a Kumu blueprint has no place for:
// the sources' declarations (a load declares the file it reads), how
// evidence came and from what tool (loaded back, it is imported from Kumu),
// the relations' labels, and whether a node without an English label has
// none or one that is its id (an element's label is then its id).
json Comparable(const Store& store) {
  json doc = json::parse(ExportOf(store, kb::ExportFormat::kJson));
  doc.erase("sources");
  for (json& claim : doc["claims"]) {
    claim.erase("origin");
    claim.erase("tool");
  }
  for (json& relation : doc["relations"]) relation.erase("label");
  for (json& node : doc["nodes"]) {
    json& labels = node["label"];
    if (labels.contains("en") && labels["en"] == node["id"]) labels.erase("en");
    if (labels.empty()) node.erase("label");
  }
  return doc;
}

// The store loaded from `file`, written as a Kumu blueprint and loaded into
// a new store, must hold the same claims.
void CheckKumuRoundTrip(const Store& store, const TempDir& dir) {
  const std::string blueprint = ExportOf(store, kb::ExportFormat::kKumu);
  const std::string path = dir.Write("export.kumu.json", blueprint);
  ScratchStore again;
  auto loaded = kb::LoadFiles(*again.store, {path});
  INFO(blueprint);
  INFO((loaded.ok() ? std::string() : loaded.status().ToString()));
  REQUIRE(loaded.ok());
  INFO(json::diff(Comparable(store), Comparable(*again.store)).dump());
  CHECK(Comparable(*again.store) == Comparable(store));
}

TEST_CASE("Every test map loads back from its Kumu export as it was", "[kumu][round-trip]") {
  for (const char* file :
       {"kumu/every_feature.json", "kumu/backup_shape.json", "loopy/every_feature.loopy",
        "loopy/depression_and_anxiety.loopy", "mental_modeler/every_feature.mmp",
        "mental_modeler/every_feature_json.mmp", "mental_modeler/fire_model.mmp",
        "mental_modeler/fish_wetland.mmp"}) {
    INFO(file);
    ScratchStore db;
    auto loaded = kb::LoadFiles(*db.store, {ImportDataPath(file)});
    REQUIRE(loaded.ok());
    CheckKumuRoundTrip(*db.store, db.dir);
  }
}

TEST_CASE("The bundled report loads back from its Kumu export", "[kumu][round-trip]") {
  ScratchStore db;
  MustLoad(*db.store, ReadFile(std::string(CAUSALKG_SOURCE_DIR) + "/kb/scp-2025.json"));
  CheckKumuRoundTrip(*db.store, db.dir);
}

// RFC 4180, as a spreadsheet reads it: fields split at commas outside
// quotes, "" a quote inside them, rows at line feeds outside them.
std::vector<std::vector<std::string>> ReadCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  REQUIRE(rows.back().empty());  // the last row ends with its line feed
  rows.pop_back();
  return rows;
}

TEST_CASE("A store's CSV export holds each of its claims' evidence once", "[csv][round-trip]") {
  ScratchStore db;
  auto loaded = kb::LoadFiles(*db.store, {ImportDataPath("kumu/every_feature.json")});
  REQUIRE(loaded.ok());
  MustLoad(*db.store, ReadFile(std::string(CAUSALKG_SOURCE_DIR) + "/kb/scp-2025.json"));
  const auto rows = ReadCsv(ExportOf(*db.store, kb::ExportFormat::kCsv));
  REQUIRE(!rows.empty());
  CHECK(rows.front() == std::vector<std::string>{"subject", "relation", "object", "polarity",
                                                 "quote", "source", "confidence", "modality"});
  // The same claims as the JSON export, a row each.
  const json doc = json::parse(ExportOf(*db.store, kb::ExportFormat::kJson));
  std::map<std::string, std::string> polarity;
  for (const json& r : doc["relations"]) {
    polarity[r["id"]] = r.contains("polarity") && r["polarity"].is_string() ? r["polarity"] : "";
  }
  std::multiset<std::vector<std::string>> wanted, written(rows.begin() + 1, rows.end());
  for (const json& c : doc["claims"]) {
    const std::string relation = c["relation"];
    wanted.insert({c["subject"], relation, c["object"], polarity[relation], c.value("quote", ""),
                   c.value("source", ""), c.contains("confidence") ? c["confidence"].dump() : "",
                   c.value("modality", "")});
  }
  CHECK(written == wanted);
  CHECK(written.size() == doc["claims"].size());
}

}  // namespace
}  // namespace causalkg
