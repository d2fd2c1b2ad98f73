// LOOPY's saved models as causal maps: a hand-made model with every
// feature, LOOPY's own examples (from the links on its examples page) as a
// file, a link and a link's data, and every error with where it is.
#include <catch2/catch.hpp>

#include "kb/ingest/formats/loopy_map.hpp"
#include "map_import_support.hpp"

namespace causalkg {
namespace {

using kb::maps::CausalMap;
using kb::maps::ParseLoopy;
using namespace testing;

TEST_CASE("A LOOPY model's nodes and edges become nodes and signed links", "[loopy]") {
  const CausalMap map =
      MustParse(ParseLoopy(ImportData("loopy/every_feature.loopy"), "every_feature.loopy"));
  CHECK(map.tool == "LOOPY");
  std::vector<std::pair<std::string, std::string>> nodes;
  for (const auto& node : map.nodes) nodes.emplace_back(node.id, node.label);
  // Labels percent-decoded; ids made from them, the second "rabbits"
  // numbered.
  CHECK(nodes == std::vector<std::pair<std::string, std::string>>{
                     {"rabbits", "Rabbits"},
                     {"foxes", "Foxes"},
                     {"grass_herbs", "Grass & herbs"},
                     {"rabbits_2", "rabbits"},
                     {"caf\xC3\xA9_visits", "Caf\xC3\xA9 visits"}});
  CHECK(LinkTexts(map) == std::multiset<std::string>{
                              "foxes -[decreases -]-> rabbits",
                              "rabbits -[increases +]-> foxes",  // drawn twice
                              "grass_herbs -[increases +]-> rabbits",
                              "rabbits -[decreases -]-> grass_herbs",  // both signs
                              "rabbits -[increases +]-> grass_herbs",
                              "rabbits_2 -[increases +]-> rabbits_2",  // a self-loop
                              "caf\xC3\xA9_visits -[decreases -]-> grass_herbs",
                          });
  std::map<std::string, double> weights;
  for (const auto& link : map.links) {
    REQUIRE(link.weight);
    weights[map.nodes[link.from].id + ">" + map.nodes[link.to].id + SignText(link.sign)] =
        *link.weight;
  }
  CHECK(weights["rabbits>foxes+"] == 2);  // the strengths of the two arrows added
  CHECK(weights["foxes>rabbits-"] == -1);
  CHECK(weights["caf\xC3\xA9_visits>grass_herbs-"] == -0.5);
  CHECK(map.remarks ==
        std::vector<std::string>{
            "the initial values of 5 nodes dropped (they start LOOPY's simulation; "
            "they are no claim)",
            "8 arrows read by the sign of their strength: + became 'increases', - "
            "'decreases'",
            "1 arrow repeats another of the same sign between the same nodes "
            "(LOOPY draws a stronger link so): one link, whose weight is their "
            "strengths added",
            "1 pair of nodes with arrows of both signs the same way: both links kept",
            "1 text written on the canvas dropped",
        });
}

TEST_CASE("LOOPY's examples read alike from a file, a link and a link's data", "[loopy]") {
  const CausalMap file =
      MustParse(ParseLoopy(ImportData("loopy/basic_ecology.loopy"), "basic_ecology.loopy"));
  CHECK(LinkTexts(file) == std::multiset<std::string>{"foxes -[decreases -]-> rabbits",
                                                      "rabbits -[increases +]-> foxes"});
  const std::string link = ImportData("loopy/basic_ecology.link.txt");
  REQUIRE(link.rfind("http://ncase.me/loopy/v1.1/?data=[[[", 0) == 0);
  const CausalMap from_link = MustParse(ParseLoopy(link, "link.txt"));
  const CausalMap from_data = MustParse(ParseLoopy(link.substr(link.find("data=") + 5), "data"));
  for (const CausalMap* other : {&from_link, &from_data}) {
    CHECK(LinkTexts(*other) == LinkTexts(file));
    CHECK(other->remarks == file.remarks);
  }
  // Labels are decoded once more than the link: "doing%2520things" in the
  // link, "doing%20things" in the file, "doing things" in the map.
  const CausalMap depression =
      MustParse(ParseLoopy(ImportData("loopy/depression_and_anxiety.loopy"), "depression.loopy"));
  CHECK(depression.nodes[1].id == "doing_things");
  CHECK(depression.nodes[1].label == "doing things");
  CHECK(depression.links.size() == 8);
  const CausalMap automation =
      MustParse(ParseLoopy(ImportData("loopy/automation.loopy"), "automation.loopy"));
  CHECK(automation.nodes.size() == 6);
  CHECK(automation.links.size() == 6);
  CHECK(HasRemark(automation, "3 texts written on the canvas dropped"));
}

std::string ErrorOf(const std::string& text) {
  const auto parsed = ParseLoopy(text, "model.loopy");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.status().kind() == ErrorKind::kLoad);
  return parsed.status().ToString();
}

TEST_CASE("A LOOPY model's errors name the file, the line and column and the item", "[loopy]") {
  CHECK(ErrorOf("[[[1,0,0,1,\"a\",0]],\n[[1,1,0,1,0]],[],2") ==
        "Load error: model.loopy, line 2, column 19: malformed JSON: unexpected end of input; "
        "expected ']' (while reading an array)");
  CHECK(ErrorOf("{\"nodes\": []}") ==
        "Load error: model.loopy: a LOOPY model is a JSON array "
        "[nodes, edges, labels, next id], not an object");
  CHECK(ErrorOf("[[]]") ==
        "Load error: model.loopy: a LOOPY model is a JSON array [nodes, edges, "
        "labels, next id], not an array of 1 items");
  const std::string node = "[1,0,0,1,\"a\",0]";
  CHECK(ErrorOf("[[" + node + ",\n \"b\"],[],[],2]") ==
        "Load error: model.loopy, line 2, column 2: node 2: a node must be an array [id, x, y, "
        "initial value, label, hue], not a string");
  CHECK(ErrorOf("[[[\"1\",0,0,1,\"a\",0]],[],[],2]") ==
        "Load error: model.loopy, line 1, column 3: node 1: its id (item 1) must be a whole "
        "number");
  CHECK(ErrorOf("[[[1,0,0,1]],[],[],2]") ==
        "Load error: model.loopy, line 1, column 3: node 1: its label (item 5) must be a string");
  CHECK(ErrorOf("[[[1,0,0,1,\"50%\",0]],[],[],2]") ==
        "Load error: model.loopy, line 1, column 3: node 1: its label is not percent-encoded "
        "text (a '%' without two hex digits)");
  CHECK(ErrorOf("[[" + node + "," + node + "],[],[],2]") ==
        "Load error: model.loopy, line 1, column 19: node 2: its id 1 is the id of a node before "
        "it too");
  const std::string two = "[[" + node + ",[2,0,0,1,\"b\",0]],\n[";
  CHECK(ErrorOf(two + "[1,2,0,1],[1,3,0,1]],[],3]") ==
        "Load error: model.loopy, line 2, column 12: edge 2: its 'to' is node 3, which the model "
        "does not have");
  CHECK(ErrorOf(two + "[1,2,0,0]],[],3]") ==
        "Load error: model.loopy, line 2, column 2: edge 1: its strength is 0, which gives the "
        "link no sign (LOOPY draws +1 or -1)");
  CHECK(ErrorOf(two + "[1,2,0,\"1\"]],[],3]") ==
        "Load error: model.loopy, line 2, column 2: edge 1: its strength (item 4) must be a "
        "number");
  CHECK(ErrorOf(two + "[\"a\",2,0,1]],[],3]") ==
        "Load error: model.loopy, line 2, column 2: edge 1: its 'from' (item 1) must be a node's "
        "id");
  CHECK(ErrorOf(two + "7],[],3]") ==
        "Load error: model.loopy, line 2, column 2: edge 1: an edge must be an array [from, to, "
        "arc, strength], not a number");
  // In a link, positions would be the decoded data's, not the file's.
  CHECK(ErrorOf("http://ncase.me/loopy/v1.1/?data=[[[1,0,0,1,%22a%22,0]],[[1,9,0,1]],[],2%5D") ==
        "Load error: model.loopy: edge 1: its 'to' is node 9, which the model does not have");
  CHECK(ErrorOf("http://ncase.me/loopy/v1.1/?data=[[[1,0,0,1,%22a%22,0]],%ZZ") ==
        "Load error: model.loopy: the link's data is not percent-encoded text (a '%' without two "
        "hex digits)");
  CHECK(ErrorOf("http://ncase.me/loopy/v1.1/?data=[[[1,0,0,1,%22a%22,0]],[[1,1,0,1]") ==
        "Load error: model.loopy: the link's data, decoded, is no JSON: malformed JSON: "
        "unexpected end of input; expected ']' (while reading an array)");
}

TEST_CASE("A LOOPY model is told by its three opening brackets or its link", "[loopy]") {
  using kb::maps::LooksLikeLoopy;
  CHECK(LooksLikeLoopy(ImportData("loopy/automation.loopy")));
  CHECK(LooksLikeLoopy(ImportData("loopy/basic_ecology.link.txt")));
  CHECK(LooksLikeLoopy(" [ [ [1,2"));
  CHECK_FALSE(LooksLikeLoopy("[{\"subject\": \"a\"}]"));
  CHECK_FALSE(LooksLikeLoopy("{\"elements\": []}"));
}

}  // namespace
}  // namespace causalkg
