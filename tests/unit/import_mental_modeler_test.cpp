// Mental Modeler's models as causal maps: hand-made XML and JSON models with
// every feature, Mental Modeler's own files, and every error with where it
// is.
#include <catch2/catch.hpp>

#include "kb/ingest/formats/mental_modeler_map.hpp"
#include "map_import_support.hpp"

namespace causalkg {
namespace {

using kb::maps::CausalMap;
using kb::maps::ParseMentalModeler;
using namespace testing;

std::map<std::string, std::optional<double>> Weights(const CausalMap& map) {
  std::map<std::string, std::optional<double>> out;
  for (const auto& link : map.links)
    out[map.nodes[link.from].id + ">" + map.nodes[link.to].id] = link.weight;
  return out;
}

TEST_CASE("A Mental Modeler model's concepts and relationships become nodes and links",
          "[mental_modeler]") {
  const CausalMap map =
      MustParse(ParseMentalModeler(ImportData("mental_modeler/every_feature.mmp"), "f.mmp"));
  CHECK(map.tool == "Mental Modeler");
  CHECK(map.title == "Fishery (made by hand)");
  CHECK(map.about == std::vector<std::pair<std::string, std::string>>{
                         {"author", "causalkg tests"},
                         {"description", "Every feature the reader handles, once."},
                         {"date", "Mon Jan 06 2025 10:00:00 GMT+0100"}});
  std::vector<std::string> nodes;
  for (const auto& node : map.nodes) nodes.push_back(node.id + " " + node.label + " " + node.kind);
  // A named group is the kind; group 0 without a name is no group.
  CHECK(nodes == std::vector<std::string>{"fish_stock Fish stock ",
                                          "fishing_effort Fishing effort drivers", "income Income ",
                                          "regulation Regulation drivers", "tourism Tourism "});
  CHECK(map.nodes[1].kind_label == "Drivers");
  CHECK(map.nodes[0].note == "Adult fish in the bay");
  CHECK(LinkTexts(map) == std::multiset<std::string>{
                              "fish_stock -[increases +]-> income",          // H+
                              "fish_stock -[influences ?]-> tourism",        // unset
                              "fishing_effort -[decreases -]-> fish_stock",  // M-
                              "income -[increases +]-> fishing_effort",      // 0.4
                              "regulation -[decreases -]-> fishing_effort",  // L-
                              "tourism -[decreases -]-> fish_stock",         // -0.9
                          });
  const auto weights = Weights(map);
  CHECK(weights.at("fish_stock>income") == 1.0);
  CHECK(weights.at("fishing_effort>fish_stock") == -0.62);
  CHECK(weights.at("regulation>fishing_effort") == -0.25);
  CHECK(weights.at("income>fishing_effort") == 0.4);
  CHECK_FALSE(weights.at("fish_stock>tourism"));
  for (const auto& link : map.links) {
    if (map.nodes[link.to].id == "income") {
      CHECK(link.quote == "More fish, more catch, more income & more boats");
    }
  }
  CHECK(map.remarks == std::vector<std::string>{
                           "5 relationships read by the sign of their influence: + became "
                           "'increases', - 'decreases'",
                           "3 influences given as H, M or L read as 1, 0.62 and 0.25 (Mental "
                           "Modeler's own values), with their sign",
                           "1 relationship without an influence (sign not stated): relation "
                           "'influences'",
                           "1 relationship of influence 0 dropped: 0 says no influence",
                           "2 confidences (-2..2 in Mental Modeler) dropped: they are no "
                           "confidence from 0 to 1",
                           "1 concept's notes dropped: causalkg keeps no notes on nodes (a "
                           "relationship's notes are its quote)",
                           "1 concept's units dropped",
                           "1 concept in a group without a name: no kind",
                           "1 concept's preferred state dropped",
                           "1 scenario dropped (they are runs of the model)",
                       });
}

TEST_CASE("A Mental Modeler model in JSON reads as the XML does", "[mental_modeler]") {
  const CausalMap map =
      MustParse(ParseMentalModeler(ImportData("mental_modeler/every_feature_json.mmp"), "j.mmp"));
  CHECK(map.title == "Harvest (made by hand)");
  // Relationships name their concept by id; a stale name does not matter.
  CHECK(LinkTexts(map) == std::multiset<std::string>{"rain -[increases +]-> crop_yield",
                                                     "crop_yield -[decreases -]-> food_price",
                                                     "food_price -[increases +]-> crop_yield"});
  CHECK(map.nodes[0].kind == "weather");  // group 0, named
  CHECK(map.nodes[1].kind.empty());
  CHECK(Weights(map).at("crop_yield>food_price") == -0.6);  // a number, not a string
  CHECK(map.links[0].quote == "Rain feeds the crop.");
  CHECK(HasRemark(map, "1 concept's units dropped"));
}

TEST_CASE("Mental Modeler's own files read in both formats", "[mental_modeler]") {
  const CausalMap kissinger =
      MustParse(ParseMentalModeler(ImportData("mental_modeler/test001_a.mmp"), "a.mmp"));
  CHECK(kissinger.title == "Fundamentalism");
  CHECK(kissinger.nodes.size() == 6);
  CHECK(kissinger.links.size() == 6);
  CHECK(HasRemark(kissinger, "2 concepts' notes dropped"));
  // A byte order mark, CRLF, H/M/L influences and <mentalModeler>.
  const CausalMap hml =
      MustParse(ParseMentalModeler(ImportData("mental_modeler/fish_wetland_hml.mmp"), "h.mmp"));
  CHECK(hml.nodes.size() == 5);
  CHECK(hml.links.size() == 11);
  CHECK(HasRemark(hml, "11 influences given as H, M or L"));
  CHECK(HasRemark(hml, "1 scenario dropped"));
  const CausalMap groups =
      MustParse(ParseMentalModeler(ImportData("mental_modeler/fish_wetland.mmp"), "g.mmp"));
  std::set<std::string> kinds;
  for (const auto& node : groups.nodes) kinds.insert(node.kind);
  CHECK(kinds == std::set<std::string>{"dfghfdgh", "ertyretyrte", "xcvbcbvxcvb"});
  const CausalMap fire =
      MustParse(ParseMentalModeler(ImportData("mental_modeler/fire_model.mmp"), "fire.mmp"));
  CHECK(fire.nodes.size() == 24);
  CHECK(fire.links.size() == 41);
  const CausalMap simple =
      MustParse(ParseMentalModeler(ImportData("mental_modeler/simple_js.mmp"), "s.mmp"));
  CHECK(LinkTexts(simple) ==
        std::multiset<std::string>{"natural_beauty -[decreases -]-> property_damage"});
  const CausalMap health =
      MustParse(ParseMentalModeler(ImportData("mental_modeler/public_health.mmp"), "p.mmp"));
  CHECK(health.links.size() == 10);
}

std::string ErrorOf(const std::string& text) {
  const auto parsed = ParseMentalModeler(text, "model.mmp");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.status().kind() == ErrorKind::kLoad);
  return parsed.status().ToString();
}

std::string Concept(const std::string& id, const std::string& name,
                    const std::string& relationships = "") {
  return "<concept><id>" + id + "</id><name>" + name + "</name><relationships>" + relationships +
         "</relationships></concept>\n";
}

std::string Relationship(const std::string& id, const std::string& influence) {
  return "<relationship><id>" + id + "</id><influence>" + influence + "</influence></relationship>";
}

std::string Model(const std::string& concepts) {
  return "<?xml version=\"1.0\"?>\n<mentalmodeler><concepts>\n" + concepts +
         "</concepts></mentalmodeler>\n";
}

TEST_CASE("A Mental Modeler model's errors name the file and the concept", "[mental_modeler]") {
  CHECK(ErrorOf("<?xml version=\"1.0\"?>\n<mentalmodeler>\n<concepts>\n<concept><id>1</id\n"
                "</concepts></mentalmodeler>") ==
        "Load error: model.mmp, line 5: malformed XML: expected >");
  CHECK(ErrorOf("<?xml version=\"1.0\"?>\n<model></model>") ==
        "Load error: model.mmp: a Mental Modeler model's root element is <mentalmodeler>");
  CHECK(ErrorOf("just text") ==
        "Load error: model.mmp: a Mental Modeler model is XML (<mentalmodeler>) or a JSON object");
  CHECK(ErrorOf(Model(Concept("1", "A", Relationship("9", "H+")))) ==
        "Load error: model.mmp: concept 1 ('A'): relationship 1: it influences concept '9', "
        "which the model does not have");
  CHECK(ErrorOf(Model(Concept("1", "A", Relationship("2", "very strong")) + Concept("2", "B"))) ==
        "Load error: model.mmp: concept 1 ('A'): relationship 1: influence 'very strong' is "
        "neither a number from -1 to 1 nor H, M or L with a sign (H+, L-)");
  CHECK(ErrorOf(Model(Concept("1", "A") + Concept("1", "B"))) ==
        "Load error: model.mmp: concept 2 ('B'): its id '1' is the id of a concept before it too");
  CHECK(ErrorOf(Model(Concept("", "A"))) ==
        "Load error: model.mmp: concept 1 ('A'): a concept needs an id");
  std::string deep = "<mentalmodeler>";
  for (int i = 0; i < 300; ++i) deep += "<a>";
  CHECK(ErrorOf(deep) ==
        "Load error: model.mmp: XML nested more than 256 elements deep; a "
        "Mental Modeler model nests 5");
  // JSON: positions of the concept and the relationship.
  CHECK(ErrorOf("{\"concepts\": [\n  {\"id\": \"1\", \"name\": \"A\",}\n]}") ==
        "Load error: model.mmp, line 2, column 27: malformed JSON: unexpected '}'; expected "
        "string literal (while reading an object key)");
  CHECK(ErrorOf("{\"concepts\": {}}") ==
        "Load error: model.mmp: a Mental Modeler model in JSON is an object with a \"concepts\" "
        "array");
  CHECK(ErrorOf("{\"concepts\": [\n  {\"id\": \"1\", \"name\": [\"A\"]}\n]}") ==
        "Load error: model.mmp, line 2, column 3: concept 1: field 'name' must be a string, not "
        "an array");
  CHECK(ErrorOf("{\"concepts\": [\n  {\"id\": \"1\", \"name\": \"A\", \"relationships\": [\n"
                "    {\"id\": \"1\", \"influence\": \"H+\"},\n    7]}\n]}") ==
        "Load error: model.mmp, line 4, column 5: concept 1, relationship 2: a relationship must "
        "be a JSON object");
  CHECK(ErrorOf("{\"concepts\": [\n  {\"id\": \"1\", \"name\": \"A\", \"relationships\": [\n"
                "    {\"id\": \"2\", \"influence\": \"H+\"}]}\n]}") ==
        "Load error: model.mmp, line 3, column 5: concept 1 ('A'): relationship 1: it influences "
        "concept '2', which the model does not have");
}

TEST_CASE("A Mental Modeler model is told by its root element or its JSON keys",
          "[mental_modeler]") {
  using kb::maps::LooksLikeMentalModeler;
  CHECK(LooksLikeMentalModeler(ImportData("mental_modeler/fish_wetland_hml.mmp")));
  CHECK(LooksLikeMentalModeler(ImportData("mental_modeler/test001_a.mmp")));
  CHECK(LooksLikeMentalModeler(ImportData("mental_modeler/simple_js.mmp")));
  CHECK_FALSE(LooksLikeMentalModeler("<?xml version=\"1.0\"?><xmile></xmile>"));
  CHECK_FALSE(LooksLikeMentalModeler("{\"elements\": [], \"connections\": []}"));
}

}  // namespace
}  // namespace causalkg
