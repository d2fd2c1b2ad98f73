// The diagram of every graph-shaped statement, on a small market with two
// feedback loops, a link of unknown sign, a lever, a recommendation, a
// policy that overlooks a cause, and quoted evidence; and on the bundled
// report. Graphviz's dot draws each without a word of complaint, in both
// languages and with verbs on; LEVERS and BLINDSPOTS mark their loops, the
// policy's `overlooks` is drawn as what it is, and WHY shows its quotes.
#include <catch2/catch.hpp>

#include <sstream>

#include "cli/statement_runner.hpp"
#include "graphviz_check.hpp"
#include "kb/ingest/bundled.hpp"

namespace causalkg {
namespace {

using testing::Attribute;
using testing::DotComplaints;
using testing::EdgeLines;
using testing::LegendOf;
using testing::TitleOf;

// price -> demand -> price is balancing; supply -> quality -> demand ->
// supply reinforcing; funding's link to quality has no stated sign, and a
// critic refutes it.
const char* kMarket = R"({
  "relations": [{"id": "overlooks", "polarity": null,
                 "label": {"en": "overlooks", "nl": "ziet over het hoofd"}}],
  "nodes": [
    {"id": "demand", "label": {"en": "demand", "nl": "vraag"}},
    {"id": "price", "label": {"en": "price", "nl": "prijs"}},
    {"id": "supply", "label": {"en": "supply", "nl": "aanbod"}},
    {"id": "quality", "label": {"en": "quality", "nl": "kwaliteit"}},
    {"id": "funding", "label": {"en": "funding", "nl": "financiering"}},
    {"id": "subsidy", "kind": "lever", "label": {"en": "subsidy", "nl": "subsidie"}},
    {"id": "reform", "kind": "recommendation", "label": {"en": "reform", "nl": "hervorming"}}
  ],
  "claims": [
    {"subject": "price", "relation": "reduces", "object": "demand",
     "source": "market-study", "quote": "higher prices reduce demand", "page": 12},
    {"subject": "demand", "relation": "increases", "object": "price",
     "source": "market-study", "quote": "demand may drive prices up", "modality": "may",
     "section": "3.1"},
    {"subject": "supply", "relation": "increases", "object": "quality"},
    {"subject": "quality", "relation": "increases", "object": "demand"},
    {"subject": "demand", "relation": "increases", "object": "supply"},
    {"subject": "funding", "relation": "influences", "object": "quality",
     "source": "critic", "quote": "funding does nothing for quality", "stance": "refutes"},
    {"subject": "subsidy", "relation": "addresses", "object": "funding"},
    {"subject": "subsidy", "relation": "overlooks", "object": "price",
     "source": "market-study", "quote": "the subsidy leaves prices aside"},
    {"subject": "reform", "relation": "addresses", "object": "price"}
  ]})";

std::string DotOf(Store& store, const std::string& statement, const std::string& language = "en",
                  bool verbs = false) {
  std::ostringstream out, err;
  cli::StatementRunner runner(store, out, err);
  runner.set_format(cli::OutputFormat::kDot);
  runner.style().language = language;
  runner.dot_style().verbs = verbs;
  INFO(statement << "\n" << err.str());
  REQUIRE(runner.Run(statement));
  CHECK(err.str().empty());  // no warning for a diagram this small
  return out.str();
}

TEST_CASE("every graph-shaped statement's diagram is drawn by dot without a warning",
          "[dot][diagram]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, kMarket);
  const std::vector<std::string> statements = {
      "PATHS FROM supply TO price",
      "SHORTEST FROM funding TO price",
      "LOOPS",
      "EFFECTS OF funding",
      "CAUSES OF demand",
      "LEVERS FOR demand",
      "BLINDSPOTS FOR demand",
      "WHY supply price",
      "WHY demand increases price",
      "MATCH ?a ?r ?b",
      "MATCH ?p is_a lever, ?p ?r ?n",
      "CONTRADICTIONS",
  };
  for (const std::string& statement : statements) {
    for (const std::string language : {"en", "nl"}) {
      for (bool verbs : {false, true}) {
        DYNAMIC_SECTION(statement << " " << language << (verbs ? " verbs" : "")) {
          const std::string dot = DotOf(*db.store, statement, language, verbs);
          INFO(dot);
          CHECK(DotComplaints(db.dir, dot).empty());
          // Every diagram here draws something, and says what it is.
          CHECK_FALSE(LegendOf(dot).empty());
        }
      }
    }
  }
}

TEST_CASE("LEVERS and BLINDSPOTS mark the loops among their edges as LOOPS does",
          "[dot][diagram]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, kMarket);
  const std::string levers = DotOf(*db.store, "LEVERS FOR demand");
  CHECK(TitleOf(levers) ==
        "levers for demand: 2 levers; 2 loops: 1 reinforcing (R), 1 balancing (B)");
  CHECK_THAT(levers, Catch::Contains("label=\"R1\""));
  CHECK_THAT(levers, Catch::Contains("label=\"B1\""));
  CHECK_THAT(LegendOf(levers), Catch::Contains("reinforcing loop"));
  CHECK_THAT(LegendOf(levers), Catch::Contains("balancing loop"));
  CHECK_THAT(LegendOf(levers), !Catch::Contains("loop of unknown sign"));
  // The marks sit by the loops' own nodes.
  CHECK(EdgeLines(levers, "loop B1", "price").size() == 1);
  CHECK(EdgeLines(levers, "loop B1", "demand").size() == 1);
  CHECK(EdgeLines(levers, "loop B1", "supply").empty());

  const std::string blind = DotOf(*db.store, "BLINDSPOTS FOR demand", "nl");
  CHECK_THAT(TitleOf(blind), Catch::EndsWith("; 2 lussen: 1 versterkend (R), 1 balancerend (B)"));
  CHECK_THAT(LegendOf(blind), Catch::Contains("versterkende lus"));
  // Without the loop's closing claim, there is none to mark.
  CHECK_THAT(TitleOf(DotOf(*db.store, "BLINDSPOTS FOR demand DEPTH 1")), !Catch::Contains("loop"));
}

TEST_CASE("a policy's relation without a sign is drawn, labelled, unlike a link or an action",
          "[dot][diagram]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, kMarket);
  const std::string blind = DotOf(*db.store, "BLINDSPOTS FOR demand");
  const auto overlooks = EdgeLines(blind, "subsidy", "price");
  REQUIRE(overlooks.size() == 1);
  CHECK(Attribute(overlooks[0], "label") == "overlooks");
  CHECK(Attribute(overlooks[0], "style") == "dotted");
  const auto action = EdgeLines(blind, "subsidy", "funding");
  REQUIRE(action.size() == 1);
  CHECK(Attribute(action[0], "style") == "dashed");
  CHECK(Attribute(overlooks[0], "color") != Attribute(action[0], "color"));
  CHECK_THAT(LegendOf(blind), Catch::Contains("said of a policy: no causal link"));
  CHECK_THAT(LegendOf(blind), Catch::Contains("a policy acts on it"));
  CHECK(Attribute(EdgeLines(DotOf(*db.store, "BLINDSPOTS FOR demand", "nl"), "subsidy", "price")[0],
                  "label") == "ziet over het hoofd");

  // The report's policies: in place for access and skills, they overlook
  // the roots of digital inequality, and do little or fail for cohesion.
  testing::ScratchStore report;
  REQUIRE(kb::SeedWithBundled(*report.store).ok());
  const std::string roots = DotOf(*report.store, "BLINDSPOTS FOR digital_inequality");
  for (const char* policy : {"digital_access_policy", "digital_skills_policy"}) {
    const auto edge = EdgeLines(roots, policy, "roots_of_digital_inequality");
    REQUIRE(edge.size() == 1);
    CHECK(Attribute(edge[0], "label") == "overlooks");
  }
  const std::string cohesion = DotOf(*report.store, "LEVERS FOR social_cohesion");
  const auto said = EdgeLines(cohesion, "digital_access_policy", "social_cohesion");
  REQUIRE(said.size() == 2);
  CHECK(Attribute(said[0], "label") == "has only limited effect on");
  CHECK(Attribute(said[1], "label") == "fails for");
  CHECK(DotComplaints(report.dir, roots).empty());
  CHECK(DotComplaints(report.dir, cohesion).empty());
}

TEST_CASE("WHY as DOT shows each claim's quotes, sources and places", "[dot][diagram]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, kMarket);
  const std::string why = DotOf(*db.store, "WHY price demand");
  INFO(why);
  CHECK_THAT(why, Catch::Contains("label=\"“higher prices reduce demand”\\nmarket-study, p. 12\""));
  CHECK(EdgeLines(why, "price", "claim 1").size() == 1);

  testing::ScratchStore report;
  REQUIRE(kb::SeedWithBundled(*report.store).ok());
  const std::string quoted = DotOf(*report.store, "WHY social_inequality weakens social_cohesion");
  CHECK_THAT(quoted, Catch::Contains("“wat op zijn beurt de sociale samenhang\\nverder verzwakt”"
                                     "\\nscp-2025, is"));
  CHECK(DotComplaints(report.dir, quoted).empty());
}

}  // namespace
}  // namespace causalkg
