// The loops of imported maps: each test file of each map format is read
// here a second time, by code of the test's own (nlohmann for JSON, Boost's
// property tree for XML), its arrows enumerated into every simple cycle by
// brute force, and those compared with what LOOPS says of the loaded store,
// as a user asks, and once through the real binary.
#include <catch2/catch.hpp>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/statement_runner.hpp"
#include "kb/ingest/load.hpp"
#include "map_import_support.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using namespace testing;

constexpr std::size_t kMaxDepth = 12;

// LOOPY: [[id, x, y, init, label, hue]...], [[from, to, arc, strength]...].
std::string PercentDecoded(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<OracleEdge> LoopyEdges(const std::string& file) {
  const json model = json::parse(ImportData(file));
  std::map<int, std::string> labels;
  for (const json& node : model[0]) labels[node[0]] = PercentDecoded(node[4]);
  std::vector<OracleEdge> edges;
  for (const json& edge : model[1]) {
    edges.push_back(
        {labels.at(edge[0]), labels.at(edge[1]), edge[3].get<double>() > 0 ? '+' : '-'});
  }
  return edges;
}

// Mental Modeler: concepts with relationships naming a item by id, the
// influence a number or H/M/L with a sign.
char InfluenceSign(std::string influence) {
  if (influence.empty() || influence == "undefined") return '?';
  if (influence.back() == '+' || influence.back() == '-') return influence.back();
  const double value = std::stod(influence);
  return value > 0 ? '+' : value < 0 ? '-' : '0';
}

std::vector<OracleEdge> MentalModelerEdges(const std::string& file) {
  std::string text = ImportData(file);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::vector<std::pair<std::string, std::string>> arrows;  // (from id, to id) with influence
  std::map<std::string, std::string> names;
  std::vector<OracleEdge> by_id;
  if (text.find('<') < text.find('{')) {
    namespace pt = boost::property_tree;
    pt::ptree doc;
    std::istringstream in(text);
    pt::read_xml(in, doc, pt::xml_parser::trim_whitespace);
    const pt::ptree& root = doc.front().second;
    for (const auto& [tag, item] : root.get_child("concepts")) {
      names[item.get<std::string>("id")] = item.get<std::string>("name");
    }
    for (const auto& [tag, item] : root.get_child("concepts")) {
      auto relationships = item.get_child_optional("relationships");
      if (!relationships) continue;
      for (const auto& [rtag, r] : *relationships) {
        by_id.push_back({item.get<std::string>("id"), r.get<std::string>("id"),
                         InfluenceSign(r.get<std::string>("influence", ""))});
      }
    }
  } else {
    const json model = json::parse(text);
    for (const json& item : model["concepts"]) names[item["id"]] = item["name"];
    for (const json& item : model["concepts"]) {
      for (const json& r : item.value("relationships", json::array())) {
        const json& influence = r["influence"];
        by_id.push_back({item["id"], r["id"],
                         InfluenceSign(influence.is_string() ? influence.get<std::string>()
                                                             : influence.dump())});
      }
    }
  }
  std::vector<OracleEdge> edges;
  for (const OracleEdge& e : by_id) {
    if (e.sign != '0') edges.push_back({names.at(e.from), names.at(e.to), e.sign});
  }
  return edges;
}

// Kumu: the test maps' connections, their sign from the markers they use.
char KumuSign(const json& fields) {
  for (const char* key : {"type", "connection type", "polarity", "sign", "effect"}) {
    if (!fields.contains(key) || fields[key].is_null()) continue;
    const json& value = fields[key];
    if (value.is_number()) return value.get<double>() > 0 ? '+' : '-';
    const std::string text = value.get<std::string>();
    if (text == "+" || text == "++" || text == "--" || text == "same") return '+';
    if (text == "-" || text == "+-" || text == "-+" || text == "opposite") return '-';
    if (text == "reduces" || text == "counters") return '-';
    if (text == "?") return '?';
  }
  // "supports" with a null polarity is no causal link.
  return fields.contains("polarity") && fields["polarity"].is_null() ? 'x' : '?';
}

std::vector<OracleEdge> KumuEdges(const std::string& file) {
  const json map = json::parse(ImportData(file));
  auto fields = [](const json& item) {
    json all = item;
    if (item.contains("attributes")) all.update(item["attributes"]);
    return all;
  };
  std::map<std::string, std::string> labels;  // id, _id and label -> label
  for (const json& element : map["elements"]) {
    const json f = fields(element);
    const std::string label = f["label"];
    labels[label] = label;
    for (const char* key : {"id", "_id"}) {
      if (f.contains(key)) labels[f[key]] = label;
    }
  }
  std::vector<OracleEdge> edges;
  for (const json& connection : map["connections"]) {
    const json f = fields(connection);
    const std::string direction = f.value("direction", "directed");
    if (direction == "undirected" || f.value("reversed", false)) continue;
    const char sign = KumuSign(f);
    if (sign == 'x') continue;
    const std::string from = labels.at(f["from"]), to = labels.at(f["to"]);
    edges.push_back({from, to, sign});
    if (direction == "mutual") edges.push_back({to, from, sign});
  }
  return edges;
}

// The loops of the store the file loads into, as a user's LOOPS gives them.
std::multiset<std::string> LoopsOfLoaded(const std::string& file) {
  ScratchStore db;
  auto loaded = kb::LoadFiles(*db.store, {ImportDataPath(file)});
  INFO(file << ": " << (loaded.ok() ? "" : loaded.status().ToString()));
  REQUIRE(loaded.ok());
  std::ostringstream out, err;
  cli::StatementRunner runner(*db.store, out, err);
  runner.set_format(cli::OutputFormat::kJson);
  const std::string statement = "LOOPS DEPTH " + std::to_string(kMaxDepth) + " LIMIT 1000000";
  INFO(err.str());
  REQUIRE(runner.Run(statement));
  const json result = json::parse(out.str());
  CHECK(result["truncated"] == false);
  return EngineLoops(result);
}

void CheckLoops(const std::string& file, const std::vector<OracleEdge>& edges) {
  INFO(file);
  const auto wanted = BruteLoops(edges, kMaxDepth);
  CHECK(LoopsOfLoaded(file) == wanted);
}

TEST_CASE("The loops of LOOPY's examples are those of their arrows", "[loopy][loops]") {
  for (const char* file : {"loopy/basic_ecology.loopy", "loopy/depression_and_anxiety.loopy",
                           "loopy/automation.loopy", "loopy/every_feature.loopy"}) {
    const auto edges = LoopyEdges(file);
    // Every one of these files has loops, of both types between them.
    CHECK_FALSE(BruteLoops(edges, kMaxDepth).empty());
    CheckLoops(file, edges);
  }
  const auto all = BruteLoops(LoopyEdges("loopy/every_feature.loopy"), kMaxDepth);
  CHECK(CountType(all, 'R') > 0);
  CHECK(CountType(all, 'B') > 0);
}

TEST_CASE("The loops of Mental Modeler's models are those of their relationships",
          "[mental_modeler][loops]") {
  for (const char* file :
       {"mental_modeler/test001_a.mmp", "mental_modeler/fish_wetland.mmp",
        "mental_modeler/fish_wetland_hml.mmp", "mental_modeler/fire_model.mmp",
        "mental_modeler/public_health.mmp", "mental_modeler/simple_js.mmp",
        "mental_modeler/every_feature.mmp", "mental_modeler/every_feature_json.mmp"}) {
    CheckLoops(file, MentalModelerEdges(file));
  }
  // Between them the models have loops of each type, the hand-made one a
  // loop through a relationship without an influence.
  std::multiset<std::string> all;
  for (const char* file : {"mental_modeler/fish_wetland_hml.mmp", "mental_modeler/fire_model.mmp",
                           "mental_modeler/public_health.mmp"}) {
    all.merge(BruteLoops(MentalModelerEdges(file), kMaxDepth));
  }
  CHECK(CountType(all, 'R') > 0);
  CHECK(CountType(all, 'B') > 0);
  CHECK(CountType(BruteLoops(MentalModelerEdges("mental_modeler/every_feature.mmp"), kMaxDepth),
                  'U') > 0);
}

TEST_CASE("The loops of the Kumu test maps are those of their connections", "[kumu][loops]") {
  for (const char* file : {"kumu/every_feature.json", "kumu/backup_shape.json"}) {
    const auto edges = KumuEdges(file);
    CHECK(CountType(BruteLoops(edges, kMaxDepth), 'U') > 0);
    CheckLoops(file, edges);
  }
  CHECK(CountType(BruteLoops(KumuEdges("kumu/every_feature.json"), kMaxDepth), 'R') > 0);
  CHECK(CountType(BruteLoops(KumuEdges("kumu/backup_shape.json"), kMaxDepth), 'B') > 0);
}

TEST_CASE("A LOOPY model loaded by the binary has the loops of its arrows", "[loopy][loops][cli]") {
  TempDir dir;
  const std::string db = dir.File("db");
  const std::string file = ImportDataPath("loopy/depression_and_anxiety.loopy");
  const auto load = RunCausalkg({"--db", db, "--empty", "load", file});
  INFO(load.out << load.err);
  REQUIRE(load.exit_code == 0);
  CHECK(load.out.find("arrows read by the sign of their strength") != std::string::npos);
  const auto loops =
      RunCausalkg({"--db", db, "query", "LOOPS DEPTH 12 LIMIT 1000000", "--format", "json"});
  INFO(loops.err);
  REQUIRE(loops.exit_code == 0);
  const auto listed = EngineLoops(json::parse(loops.out));
  CHECK(listed == BruteLoops(LoopyEdges("loopy/depression_and_anxiety.loopy"), kMaxDepth));
  CHECK(CountType(listed, 'R') > 0);
}

TEST_CASE("The README's Kumu map, loaded by the binary, has the loops of its connections",
          "[kumu][loops][cli]") {
  // docs/examples/neighbourhood.kumu.json, through the test data's folder.
  const std::string relative = "../../../docs/examples/neighbourhood.kumu.json";
  TempDir dir;
  const std::string db = dir.File("db");
  const auto load = RunCausalkg({"--db", db, "--empty", "load", ImportDataPath(relative)});
  INFO(load.out << load.err);
  REQUIRE(load.exit_code == 0);
  const auto loops =
      RunCausalkg({"--db", db, "query", "LOOPS DEPTH 12 LIMIT 1000000", "--format", "json"});
  INFO(loops.err);
  REQUIRE(loops.exit_code == 0);
  const auto listed = EngineLoops(json::parse(loops.out));
  const auto wanted = BruteLoops(KumuEdges(relative), kMaxDepth);
  CHECK(listed == wanted);
  for (char type : {'R', 'B', 'U'}) CHECK(CountType(wanted, type) > 0);
}

}  // namespace
}  // namespace causalkg
