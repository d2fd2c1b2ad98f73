// DOT output for every graph-shaped statement is valid: Graphviz's own dot
// reads it, also when names hold quotes, backslashes, braces, angle
// brackets, newlines, non-ASCII letters and emoji.
#include <catch2/catch.hpp>

#include <sstream>

#include "cli/statement_runner.hpp"
#include "kb/ingest/bundled.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

// Runs `dot -Tsvg` on `dot_text`; the SVG, or "" when dot failed.
std::string RenderSvg(const testing::TempDir& dir, const std::string& dot_text) {
  const std::string in = dir.Write("graph.dot", dot_text), out = dir.File("graph.svg");
  const std::string command =
      "dot -Tsvg -o '" + out + "' '" + in + "' 2>'" + dir.File("dot.err") + "'";
  if (std::system(command.c_str()) != 0) return "";
  return testing::ReadFile(out);
}

std::string DotOf(Store& store, const std::string& statement) {
  std::ostringstream out, err;
  cli::StatementRunner runner(store, out, err);
  runner.set_format(cli::OutputFormat::kDot);
  INFO(statement << "\n" << err.str());
  REQUIRE(runner.Run(statement));
  return out.str();
}

const char* kHostile = R"({
  "relations": [{"id": "feeds \"x\"", "polarity": "+", "label": {"en": "feeds \"quoted\" \\ back"}}],
  "nodes": [
    {"id": "a\"quote", "label": {"en": "say \"hi\" \\ there", "nl": "zeg {hoi} <b>"}},
    {"id": "back\\slash\\", "label": {"en": "ends in a backslash \\"}},
    {"id": "{brace}", "label": {"en": "line one\\nline two"}},
    {"id": "<angle>", "label": {"en": "café 🙂 ünïcödé"}},
    {"id": "policy;drop", "kind": "lever", "label": {"en": "the \"best\" policy"}},
    {"id": "idea[1]", "kind": "recommendation", "label": {"en": "recommended: <all>"}}
  ],
  "claims": [
    {"subject": "a\"quote", "relation": "feeds \"x\"", "object": "back\\slash\\"},
    {"subject": "back\\slash\\", "relation": "weakens", "object": "{brace}"},
    {"subject": "{brace}", "relation": "amplifies", "object": "<angle>"},
    {"subject": "<angle>", "relation": "erodes", "object": "a\"quote"},
    {"subject": "a\"quote", "relation": "weakens", "object": "<angle>"},
    {"subject": "policy;drop", "relation": "addresses", "object": "back\\slash\\"},
    {"subject": "idea[1]", "relation": "addresses", "object": "{brace}"}
  ]})";

TEST_CASE("every graph-shaped statement on hostile names gives DOT that Graphviz reads", "[dot]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, kHostile);
  const std::vector<std::string> statements = {
      R"(PATHS FROM 'a"quote' TO '<angle>')",
      R"(SHORTEST FROM 'a"quote' TO '<angle>')",
      R"(EFFECTS OF 'a"quote')",
      R"(CAUSES OF '<angle>')",
      "LOOPS",
      "LOOPS THROUGH '{brace}'",
      "LEVERS FOR '<angle>'",
      "BLINDSPOTS FOR '<angle>'",
      R"(WHY 'a"quote' '<angle>')",
      R"(WHY '{brace}' amplifies '<angle>')",
      "MATCH ?a ?r ?b",
      "MATCH ?p is_a lever, ?p addresses ?n",
  };
  for (const std::string& statement : statements) {
    DYNAMIC_SECTION(statement) {
      const std::string dot = DotOf(*db.store, statement);
      const std::string svg = RenderSvg(db.dir, dot);
      INFO(dot);
      REQUIRE_FALSE(svg.empty());
      CHECK_THAT(svg, Catch::Contains("<svg"));
    }
  }
}

TEST_CASE("hostile labels come out of Graphviz as they were written", "[dot]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, kHostile);
  const std::string svg = RenderSvg(db.dir, DotOf(*db.store, "LOOPS"));
  CHECK_THAT(svg, Catch::Contains("say &quot;hi&quot; \\ there"));
  CHECK_THAT(svg, Catch::Contains("ends in a backslash \\"));
  CHECK_THAT(svg, Catch::Contains("café 🙂 ünïcödé"));
  CHECK_THAT(svg, Catch::Contains("line one"));
  CHECK_THAT(svg, Catch::Contains("line two"));
}

TEST_CASE("the diagram of the report's chains marks signs, levers, blind spots and loops",
          "[dot]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());

  const std::string paths = DotOf(*db.store, "PATHS FROM digitalisation TO social_cohesion");
  CHECK_THAT(paths, Catch::Contains("rankdir=LR"));
  CHECK_THAT(paths,
             Catch::Contains("label=\"digitalisation to social cohesion: 4 chains, net -/?\""));
  CHECK_THAT(paths, Catch::Contains("\"social_inequality\" -> \"social_cohesion\" [label=\"-\""));
  CHECK_THAT(paths, Catch::Contains("\"digitalisation\" -> \"social_inequality\" [label=\"+\""));
  // The report's "grote invloed": a link whose sign it does not state.
  CHECK_THAT(paths, Catch::Contains("\"digitalisation\" -> \"social_cohesion\" [label=\"?\""));

  // The report's blind spot: the policy in place acts on access and skills
  // and overlooks the roots of digital inequality.
  const std::string blind = DotOf(*db.store, "BLINDSPOTS FOR digital_inequality");
  CHECK_THAT(blind, Catch::Contains(
                        "\"digital_access_policy\" [label=\"digital access policy\", shape=box"));
  CHECK_THAT(blind,
             Catch::Contains("\"broader_digitalisation_policy\" [label=\"broader digitalisation "
                             "policy\", shape=box, style=\"filled,dashed,rounded\""));
  CHECK_THAT(blind, Catch::Contains("\"roots_of_digital_inequality\" [label=\"roots of digital "
                                    "inequality\", style=\"filled,bold\""));
  CHECK_THAT(
      blind,
      Catch::Contains(
          "\"digital_access_policy\" -> \"digital_access\" [label=\"addresses\", style=dashed"));
  // Access to technology has a lever in place, so it is not highlighted.
  CHECK_THAT(
      blind,
      !Catch::Contains(
          "\"digital_access\" [label=\"access to digital technology\", style=\"filled,bold\""));

  // The report names no loop; a claim of the user's own closes one.
  CHECK_THAT(DotOf(*db.store, "LOOPS"),
             Catch::Contains("0 loops: 0 reinforcing (R), 0 balancing (B)"));
  testing::MustLoad(*db.store, R"({"claims": [
      {"subject": "social_cohesion", "relation": "reduces", "object": "social_inequality"}]})");
  const std::string loops = DotOf(*db.store, "LOOPS");
  CHECK_THAT(loops, Catch::Contains("label=\"R1\""));
  CHECK_THAT(loops, Catch::Contains("1 reinforcing (R), 0 balancing (B)"));

  for (const std::string& dot : {paths, blind, loops})
    CHECK_THAT(RenderSvg(db.dir, dot), Catch::Contains("<svg"));
}

TEST_CASE("a result that is not a graph has no DOT form", "[dot]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());
  std::ostringstream out, err;
  cli::StatementRunner runner(*db.store, out, err);
  CHECK_FALSE(runner.Run("COUNT MATCH ?s ?r ?o AS DOT"));
  CHECK_THAT(err.str(), Catch::Contains("this result is not a graph, so it has no DOT form"));
}

}  // namespace
}  // namespace causalkg
