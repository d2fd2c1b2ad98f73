// WHY shows everything a piece of evidence has: every field in JSON, and in
// the table, compactly, a refuting piece marked, how it came, where in its
// source, and its attributes.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using testing::RunCausalkg;

// A store loaded with the fixture document that uses every field.
class EvidenceStore {
 public:
  EvidenceStore() {
    auto loaded = RunCausalkg({"--db", db(), "--empty", "load",
                               CAUSALKG_SOURCE_DIR "/tests/fixtures/store-causalkg-2.json"});
    INFO(loaded.err);
    REQUIRE(loaded.exit_code == 0);
  }
  std::string db() const { return dir_.File("db"); }
  std::string Why(const std::string& statement, const std::string& format = "table") const {
    auto run = RunCausalkg({"--db", db(), "query", statement, "--format", format});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return run.out;
  }

 private:
  testing::TempDir dir_;
};

TEST_CASE("WHY's table shows a piece's stance, origin, tool, locator and attributes",
          "[why][evidence]") {
  EvidenceStore store;
  CHECK(store.Why("WHY trust increases cooperation") ==
        "trust -[increases]-> cooperation  belief 0.35 (support 0.7, refuted 0.5)\n"
        "  refutes: notes-2025, extracted by causalkg-extract\n"
        "  p.xii @300-349\n"
        "  \"where trust was low, people still worked together\"\n"
        "  notes-2025, can, confidence 0.75, stated\n"
        "  §2.1 Trust p.14 @120-152 https://example.org/notes-2025.pdf#page=14\n"
        "  \"trust makes people work together\"\n"
        "2 pieces of evidence\n");
  CHECK(store.Why("WHY cooperation feeds trust") ==
        "cooperation -[feeds]-> trust  belief 0.75\n"
        "  model.mdl, inferred by vensim\n"
        "  delay=INTEG 'lag years'=2 note='Vertrouwen groeit\\ttraag' weight=0.1\n"
        "  \"trust = INTEG(cooperation * 0.1, 1)\"\n"
        "1 piece of evidence\n");
  CHECK(store.Why("WHY cooperation weakens fatigue") ==
        "cooperation -[weakens]-> fatigue  belief 0.65\n"
        "  model.mdl, imported from vensim\n"
        "  belief=0.875\n"
        "  \"fatigue = 1 / cooperation\"\n"
        "1 piece of evidence\n");
  // A chain through a link of unstated sign is of net sign ?.
  CHECK(store.Why("WHY fatigue trust") ==
        "fatigue -[influences ?]-> trust  net ?  belief 0.65\n\n"
        "fatigue -[influences]-> trust  belief 0.65\n"
        "  unknown source\n"
        "  §Loop 2 @0-0 https://example.org/loopy#fatigue\n"
        "1 piece of evidence\n");
}

TEST_CASE("WHY's JSON gives every field of every piece", "[why][evidence]") {
  EvidenceStore store;
  const json why = json::parse(store.Why("WHY trust increases cooperation", "json"));
  REQUIRE(why["evidence"].size() == 2);
  const json& stated = why["evidence"][1];
  CHECK(stated == json::parse(R"({
      "subject": "trust", "relation": "increases", "object": "cooperation",
      "source": "notes-2025", "quote": "trust makes people work together", "modality": "can",
      "confidence": 0.75, "start": 120, "end": 152, "page": "14", "section": "2.1 Trust",
      "url": "https://example.org/notes-2025.pdf#page=14", "origin": "stated", "tool": "",
      "stance": "supports", "attributes": {}})"));
  CHECK(why["evidence"][0]["stance"] == "refutes");
  CHECK(why["evidence"][0]["tool"] == "causalkg-extract");

  const json feeds = json::parse(store.Why("WHY cooperation feeds trust", "json"));
  CHECK(feeds["evidence"][0]["attributes"] ==
        json::parse(R"({"delay": "INTEG", "lag years": 2, "note": "Vertrouwen groeit\ttraag",
                        "weight": 0.1})"));
  CHECK(feeds["evidence"][0]["start"].is_null());
  CHECK(feeds["evidence"][0]["origin"] == "inferred");
}

}  // namespace
}  // namespace causalkg
