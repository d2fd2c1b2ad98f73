// Kumu's JSON as a causal map: every feature on a hand-made blueprint and
// on a map in the shape of Kumu's project backups, and every error with
// where it is.
#include <catch2/catch.hpp>

#include "kb/ingest/formats/kumu_map.hpp"
#include "map_import_support.hpp"

namespace causalkg {
namespace {

using kb::maps::CausalMap;
using kb::maps::LinkSign;
using kb::maps::ParseKumu;
using namespace testing;

const kb::maps::MapNode& NodeOf(const CausalMap& map, const std::string& id) {
  for (const auto& node : map.nodes) {
    if (node.id == id) return node;
  }
  FAIL("no node " << id);
  return map.nodes.front();
}

const kb::maps::MapLink& LinkOf(const CausalMap& map, const std::string& from,
                                const std::string& to) {
  for (const auto& link : map.links) {
    if (map.nodes[link.from].id == from && map.nodes[link.to].id == to) return link;
  }
  FAIL("no link " << from << " -> " << to);
  return map.links.front();
}

TEST_CASE("A Kumu blueprint's elements become nodes with kinds and labels", "[kumu]") {
  const CausalMap map = MustParse(ParseKumu(ImportData("kumu/every_feature.json"), "map.json"));
  CHECK(map.tool == "Kumu");
  CHECK(map.title == "Trust and misinformation");
  std::vector<std::string> ids;
  for (const auto& node : map.nodes) ids.push_back(node.id);
  // An element's id when it has one, else one made from its label; a
  // label that makes an id already taken gets a number.
  CHECK(ids == std::vector<std::string>{"trust", "civic_participation", "misinformation",
                                        "platform_moderation", "polarisation", "media_literacy",
                                        "funding", "newsrooms", "media_literacy_2"});
  const auto& trust = NodeOf(map, "trust");
  CHECK(trust.label == "Trust in institutions");
  CHECK(trust.kind == "outcome");
  CHECK(trust.kind_label == "Outcome");
  CHECK(trust.note == "How far people rely on public institutions.");
  CHECK(trust.tags == std::vector<std::string>{"core", "survey"});
  REQUIRE(trust.other_labels.size() == 1);
  CHECK(trust.other_labels[0] ==
        std::pair<std::string, std::string>{"nl", "vertrouwen in instituties"});
  CHECK(NodeOf(map, "civic_participation").kind == "mechanism");
  CHECK(NodeOf(map, "civic_participation").kind_label.empty());
  CHECK(NodeOf(map, "platform_moderation").kind == "lever");
  CHECK(NodeOf(map, "newsrooms").tags == std::vector<std::string>{"local", "national"});
  CHECK(NodeOf(map, "media_literacy_2").label == "Media-literacy!");

  CHECK(HasRemark(map, "the descriptions of 1 element dropped"));
  CHECK(HasRemark(map, "the tags of 2 elements dropped"));
  CHECK(HasRemark(map, "element fields not kept: 'Favorite colour' (1 element)"));
}

TEST_CASE("A Kumu blueprint's connections become links by their sign and type", "[kumu]") {
  const CausalMap map = MustParse(ParseKumu(ImportData("kumu/every_feature.json"), "map.json"));
  CHECK(LinkTexts(map) ==
        std::multiset<std::string>{
            "trust -[increases +]-> civic_participation",         // type +
            "civic_participation -[increases +]-> trust",         // ++
            "misinformation -[decreases -]-> trust",              // +-
            "trust -[decreases -]-> misinformation",              // polarity -
            "misinformation -[increases +]-> polarisation",       // effect 1
            "polarisation -[increases +]-> misinformation",       // same
            "polarisation -[decreases -]-> trust",                // opposite
            "platform_moderation -[reduces -]-> misinformation",  // a built-in relation
            "media_literacy -[counters -]-> misinformation",      // the map's own relation
            "platform_moderation -[increases +]-> polarisation",  // "affects", but +
            "media_literacy -[decreases -]-> polarisation",       // "affects", but -
            "newsrooms -[increases +]-> media_literacy",          // mutual
            "media_literacy -[increases +]-> newsrooms",          // mutual, the way back
            "newsrooms -[influences ?]-> trust",                  // no sign stated
            "media_literacy -[supports ]-> civic_participation",  // polarity null
            "trust -[influences ?]-> newsrooms",                  // type ?
        });
  // A relation of the map's own is declared with the one sign of its links;
  // one whose links differ in sign is not.
  REQUIRE(map.relations.size() == 2);
  CHECK(map.relations[0].id == "counters");
  CHECK(map.relations[0].label == "Counters");
  CHECK(map.relations[0].sign == LinkSign::kNegative);
  CHECK(map.relations[1].id == "supports");
  CHECK(map.relations[1].sign == LinkSign::kNone);

  const auto& c1 = LinkOf(map, "trust", "civic_participation");
  CHECK(c1.quote == "People who trust institutions take part in civic life.");
  CHECK(c1.source == "survey-2021");
  CHECK(c1.confidence == 0.7);
  CHECK(c1.modality == "may");
  CHECK(LinkOf(map, "misinformation", "polarisation").delayed);
  CHECK_FALSE(LinkOf(map, "polarisation", "misinformation").delayed);
  CHECK(LinkOf(map, "media_literacy", "misinformation").weight == 0.5);
  CHECK(LinkOf(map, "newsrooms", "trust").weight == 3);

  CHECK(HasRemark(map, "1 connection without a direction dropped"));
  CHECK(HasRemark(map, "1 connection marked reversed dropped"));
  CHECK(HasRemark(map, "1 connection marked mutual became a link each way"));
  CHECK(HasRemark(map, "1 connection with a label that is no sign: the labels dropped"));
  CHECK(HasRemark(map, "1 connection with tags: the tags dropped"));
  CHECK(HasRemark(map, "the type 'affects' is on links of different signs"));
  CHECK(HasRemark(map, "2 links became increases, decreases or influences"));
  CHECK(HasRemark(map, "2 links whose sign the map does not state: relation 'influences'"));
  CHECK(HasRemark(map, "connection fields not kept: 'Reviewer' (1 connection)"));
  // Loops as drawn: named, typed where the signs of their links are known.
  CHECK(HasRemark(map,
                  "3 loops as drawn not stored (LOOPS finds a map's loops itself): "
                  "'Trust and participation (R)', 'Spiral (R)', 'Unfinished'"));
  CHECK(HasRemark(map, "the project's 'maps' not kept"));
}

TEST_CASE("A map in the shape of Kumu's backups reads its _id and attributes", "[kumu]") {
  const CausalMap map = MustParse(ParseKumu(ImportData("kumu/backup_shape.json"), "backup.json"));
  CHECK(map.title == "Housing market");
  CHECK(LinkTexts(map) == std::multiset<std::string>{
                              "demand_for_housing -[increases +]-> house_prices",
                              "house_prices -[increases +]-> construction",
                              "construction -[increases +]-> housing_supply",
                              "housing_supply -[decreases -]-> house_prices",
                              "house_prices -[increases +]-> speculation",
                              "speculation -[decreases -]-> demand_for_housing",
                              "speculation -[influences ?]-> house_prices",
                          });
  CHECK(NodeOf(map, "house_prices").kind == "stock");
  CHECK(NodeOf(map, "house_prices").kind_label == "Stock");
  CHECK(NodeOf(map, "demand_for_housing").kind.empty());
  CHECK(LinkOf(map, "house_prices", "construction").delayed);
  CHECK(LinkOf(map, "house_prices", "speculation").quote ==
        "Rising prices draw buyers who expect them to rise further.");
  CHECK(HasRemark(map,
                  "2 loops as drawn not stored (LOOPS finds a map's loops itself): "
                  "'B1 Supply catches up (B)', 'R1 Speculation'"));
  CHECK(HasRemark(map,
                  "the project's 'attributes', 'defaultMap', 'maps', 'perspectives', "
                  "'proxyImages' not kept"));
  // Nothing else of the file goes unsaid.
  CHECK(map.remarks.size() == 3);
}

std::string ErrorOf(const std::string& text) {
  const auto parsed = ParseKumu(text, "map.json");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.status().kind() == ErrorKind::kLoad);
  return parsed.status().ToString();
}

TEST_CASE("A Kumu map's errors name the file, the line and column and the item", "[kumu]") {
  CHECK(ErrorOf("{\"elements\": [\n  {\"label\": \"A\"},\n]}") ==
        "Load error: map.json, line 3, column 1: malformed JSON: unexpected ']'; expected '[', "
        "'{', or a literal (while reading a value)");
  CHECK(ErrorOf("[1, 2]") ==
        "Load error: map.json: a Kumu map is a JSON object with "
        "\"elements\" and \"connections\", not an array");
  CHECK(ErrorOf("{\"nodes\": []}") ==
        "Load error: map.json: a Kumu map has \"elements\" or \"connections\"; this object has "
        "neither");
  CHECK(ErrorOf("{\n\"elements\": {}}") ==
        "Load error: map.json, line 2, column 13: field 'elements' must be an array, not an "
        "object");
  CHECK(ErrorOf("{\"elements\": [\n  {\"label\": \"A\"},\n  7\n]}") ==
        "Load error: map.json, line 3, column 3: element 2: an element must be a JSON object, not "
        "a number");
  CHECK(ErrorOf("{\"elements\": [{\"type\": \"x\"}]}") ==
        "Load error: map.json, line 1, column 15: element 1: an element needs a label or an id");
  CHECK(ErrorOf("{\"elements\": [{\"label\": [\"A\"]}]}") ==
        "Load error: map.json, line 1, column 15: element 1: field 'label' must be a string, not "
        "an array");
  CHECK(ErrorOf("{\"elements\": [{\"id\": \"e1\", \"label\": \"A\"},\n {\"id\": \"e1\", "
                "\"label\": \"B\"}]}") ==
        "Load error: map.json, line 2, column 2: element 2: id 'e1' is the id of an element "
        "before it too");
  const std::string two =
      "{\"elements\": [{\"label\": \"A\"}, {\"label\": \"B\"}],\n"
      " \"connections\": [\n";
  CHECK(ErrorOf(two + "  {\"from\": \"A\", \"to\": \"Z\"}]}") ==
        "Load error: map.json, line 3, column 3: connection 1: 'to' names 'Z', which is no "
        "element's id or label");
  CHECK(ErrorOf(two + "  {\"to\": \"A\"}]}") ==
        "Load error: map.json, line 3, column 3: connection 1: a connection needs 'from'");
  CHECK(ErrorOf("{\"elements\": [{\"id\": \"a1\", \"label\": \"A\"}, {\"id\": \"a2\", \"label\": "
                "\"A\"}],\n \"connections\": [{\"from\": \"A\", \"to\": \"a2\"}]}") ==
        "Load error: map.json, line 2, column 18: connection 1: 'from' names 'A', the label of "
        "several elements: name it by id");
  CHECK(ErrorOf(two + "  {\"from\": \"A\", \"to\": \"B\", \"direction\": \"sideways\"}]}") ==
        "Load error: map.json, line 3, column 3: connection 1: field 'direction' is 'sideways', "
        "none of directed, undirected, mutual");
  CHECK(
      ErrorOf(two + "  {\"from\": \"A\", \"to\": \"B\", \"type\": \"+\", \"polarity\": \"-\"}]}") ==
      "Load error: map.json, line 3, column 3: connection 1: its type '+' says + but its field "
      "'polarity' says -");
  CHECK(ErrorOf(two + "  {\"from\": \"A\", \"to\": \"B\", \"type\": \"weakens\", \"sign\": 1}]}") ==
        "Load error: map.json, line 3, column 3: connection 1: its type 'weakens' is the built-in "
        "relation weakens, which is -, but its field 'sign' says +");
  CHECK(ErrorOf(two + "  {\"from\": \"A\", \"to\": \"B\", \"polarity\": \"maybe\"}]}") ==
        "Load error: map.json, line 3, column 3: connection 1: field 'polarity' is 'maybe', which "
        "is no sign (+, -, ?, same, opposite, or null for a link that is not causal)");
  CHECK(ErrorOf(two + "  {\"from\": \"A\", \"to\": \"B\", \"effect\": 0}]}") ==
        "Load error: map.json, line 3, column 3: connection 1: field 'effect' is 0, which gives "
        "the link no sign");
  CHECK(ErrorOf(two + "  {\"from\": \"A\", \"to\": \"B\", \"polarity\": null}]}") ==
        "Load error: map.json, line 3, column 3: connection 1: its field 'polarity' says the link "
        "is not causal, which needs a type naming its relation");
  CHECK(ErrorOf(two + "  {\"from\": \"A\", \"to\": \"B\", \"delayed\": \"yes\"}]}") ==
        "Load error: map.json, line 3, column 3: connection 1: field 'delayed' must be true or "
        "false, not a string");
  CHECK(ErrorOf(two + "  {\"from\": \"A\", \"to\": \"B\", \"confidence\": \"high\"}]}") ==
        "Load error: map.json, line 3, column 3: connection 1: field 'confidence' must be a "
        "number, not 'high'");
  CHECK(ErrorOf(two + "  \"A->B\"]}") ==
        "Load error: map.json, line 3, column 3: connection 1: a connection must be a JSON "
        "object, not a string");
}

TEST_CASE("Kumu's sign markers read as the systems templates mean them", "[kumu]") {
  using kb::maps::SignOfMarker;
  for (const char* plus : {"+", "++", "--", "same", "Same", " S ", "positive", "adds to"})
    CHECK(SignOfMarker(plus) == LinkSign::kPositive);
  for (const char* minus :
       {"-", "+-", "-+", "opposite", "O", "negative", "subtracts from", "\xE2\x88\x92"})
    CHECK(SignOfMarker(minus) == LinkSign::kNegative);
  for (const char* unknown : {"?", "+/-", "unknown"})
    CHECK(SignOfMarker(unknown) == LinkSign::kUnknown);
  for (const char* none : {"likes", "", "++-", "funding"}) CHECK_FALSE(SignOfMarker(none));
}

TEST_CASE("Kumu's JSON is told from other JSON by its first key", "[kumu]") {
  using kb::maps::LooksLikeKumu;
  CHECK(LooksLikeKumu(ImportData("kumu/every_feature.json")));
  CHECK(LooksLikeKumu(ImportData("kumu/backup_shape.json")));
  CHECK(LooksLikeKumu("\xEF\xBB\xBF {\"connections\": []}"));
  CHECK_FALSE(LooksLikeKumu("{\"claims\": [], \"elements\": []}"));
  CHECK_FALSE(LooksLikeKumu("{\"name\": \"x\", \"concepts\": []}"));
  CHECK_FALSE(LooksLikeKumu("[[[1,2,3,1,\"a\",0]],[],[],2]"));
}

}  // namespace
}  // namespace causalkg
