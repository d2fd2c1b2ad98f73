// What a diagram shows a reader, on hand-made results: edges by the
// strength of their evidence, a legend of what is drawn and nothing else,
// verbs on edges, title words in one language, WHY's quotes as notes, loops
// found among a diagram's own edges, and the warning of a diagram too big to
// read. Graphviz's dot draws every one of them without a word of complaint.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>

#include "cli/render/diagram_loops.hpp"
#include "cli/render/dot_output.hpp"
#include "graphviz_check.hpp"

namespace causalkg {
namespace {

using testing::Attribute;
using testing::DotComplaints;
using testing::EdgeLines;
using testing::LegendOf;
using testing::TitleOf;

constexpr TermId kA = 1, kB = 2, kC = 3, kPolicy = 4;
constexpr TermId kIncreases = 10, kWeakens = 11, kInfluences = 12, kAddresses = 13;

EvidenceSummary Summary(double belief, const std::string& modality) {
  EvidenceSummary summary;
  summary.pieces = 2;
  summary.sources = {"report-1"};
  summary.modality = modality;
  summary.belief = belief;
  return summary;
}

void Name(QueryResult& result, TermId id, const std::string& name, const std::string& en,
          const std::string& nl, Polarity polarity = Polarity::kNone) {
  TermNames& names = result.names[id];
  names.name = name;
  if (!en.empty()) names.labels["en"] = en;
  if (!nl.empty()) names.labels["nl"] = nl;
  names.polarity = polarity;
}

void NameAll(QueryResult& result) {
  Name(result, kA, "a", "cause a", "oorzaak a");
  Name(result, kB, "b", "middle b", "midden b");
  Name(result, kC, "c", "outcome c", "uitkomst c");
  Name(result, kPolicy, "policy", "a policy", "een beleid");
  result.names[kPolicy].is_lever = true;
  Name(result, kIncreases, "increases", "increases", "vergroot", Polarity::kPositive);
  Name(result, kWeakens, "weakens", "weakens", "verzwakt", Polarity::kNegative);
  Name(result, kInfluences, "influences", "influences", "beïnvloedt", Polarity::kUnknown);
  Name(result, kAddresses, "addresses", "addresses", "richt zich op");
}

// a -increases-> b -weakens-> c, and a -influences-> c; with each step's
// evidence when `with_evidence`: the first only hedged and little
// believed, the second asserted and well believed, the third hedged.
QueryResult Chains(bool with_evidence) {
  QueryResult result;
  NameAll(result);
  Path two, one;
  two.nodes = {kA, kB, kC};
  two.steps = {{kIncreases, Polarity::kPositive, {}}, {kWeakens, Polarity::kNegative, {}}};
  two.sign = kNegativeSign;
  one.nodes = {kA, kC};
  one.steps = {{kInfluences, Polarity::kUnknown, {}}};
  one.sign = kUnknownSign;
  if (with_evidence) {
    two.steps[0].evidence = Summary(0.3, "can");
    two.steps[1].evidence = Summary(0.9, "");
    one.steps[0].evidence = Summary(0.5, "may");
    two.belief = 0.27;
    one.belief = 0.5;
  }
  result.body = PathsResult{PathKind::kPaths, {one, two}, false};
  return result;
}

std::string Dot(const QueryResult& result, const std::string& language = "en",
                const cli::DotStyle& style = {}) {
  auto dot = cli::ResultAsDot(result, language, style);
  REQUIRE(dot.ok());
  return *dot;
}

std::string OnlyEdge(const std::string& dot, const std::string& from, const std::string& to) {
  const auto lines = EdgeLines(dot, from, to);
  INFO(dot);
  REQUIRE(lines.size() == 1);
  return lines[0];
}

double Width(const std::string& line) {
  const auto width = Attribute(line, "penwidth");
  INFO(line);
  REQUIRE(width);
  return std::stod(*width);
}

TEST_CASE("an edge resting only on hedged claims is dashed, and as wide as its belief",
          "[dot][diagram]") {
  testing::TempDir dir;
  const std::string dot = Dot(Chains(true));
  const std::string hedged = OnlyEdge(dot, "a", "b"), asserted = OnlyEdge(dot, "b", "c"),
                    unknown = OnlyEdge(dot, "a", "c");
  CHECK(Attribute(hedged, "style") == "dashed");
  CHECK(Attribute(hedged, "color") == "#1f4e99");  // still a + link
  CHECK_FALSE(Attribute(asserted, "style"));
  // 1 + 3 × belief.
  CHECK(Width(hedged) == Approx(1.9));
  CHECK(Width(asserted) == Approx(3.7));
  CHECK(Width(unknown) == Approx(2.5));
  CHECK(Width(asserted) > Width(unknown));
  CHECK(Width(unknown) > Width(hedged));
  // A ? link stays grey, whatever its evidence: not to be taken for a
  // hedged one.
  CHECK(Attribute(unknown, "color") == "#8c8c8c");
  CHECK(Attribute(unknown, "style") == "dashed");
  // The numbers behind the look, where a pointer finds them.
  CHECK(Attribute(hedged, "tooltip") ==
        "increases: 2 pieces of evidence from report-1, only hedged (can), belief 0.3");
  const std::string legend = LegendOf(dot);
  CHECK_THAT(legend, Catch::Contains("dashed: rests only on hedged claims"));
  CHECK_THAT(legend, Catch::Contains("line width 1 + 3 × belief"));
  CHECK(DotComplaints(dir, dot).empty());
}

TEST_CASE("the edges of an EFFECTS diagram are drawn by the evidence they carry",
          "[dot][diagram]") {
  testing::TempDir dir;
  QueryResult result;
  NameAll(result);
  ReachResult reach;
  reach.origin = kA;
  reach.nodes = {{kB, 1, {}}, {kC, 1, {}}};
  result.body = reach;
  result.diagram = {{kA, kIncreases, kB, Polarity::kPositive, Summary(0.6, "kan")},
                    {kA, kWeakens, kC, Polarity::kNegative, {}}};
  const std::string dot = Dot(result, "nl");
  const std::string hedged = OnlyEdge(dot, "a", "b"), bare = OnlyEdge(dot, "a", "c");
  CHECK(Attribute(hedged, "style") == "dashed");
  CHECK(Width(hedged) == Approx(2.8));
  CHECK(Attribute(hedged, "tooltip") ==
        "increases: 2 bewijsstukken uit report-1, alleen voorzichtig (kan), geloofwaardigheid 0.6");
  // Drawn as before: no evidence, no claim about it.
  CHECK(Width(bare) == Approx(2.6));
  CHECK(Attribute(bare, "tooltip") == "weakens");
  CHECK_THAT(LegendOf(dot), Catch::Contains("gestreept: rust alleen op voorzichtige beweringen"));
  CHECK(DotComplaints(dir, dot).empty());
}

TEST_CASE("edges without evidence are drawn as before, with no key to evidence strength",
          "[dot][diagram]") {
  testing::TempDir dir;
  const std::string dot = Dot(Chains(false));
  CHECK(Width(OnlyEdge(dot, "a", "b")) == Approx(1.4));
  CHECK(Width(OnlyEdge(dot, "b", "c")) == Approx(2.6));
  CHECK_FALSE(Attribute(OnlyEdge(dot, "a", "b"), "style"));
  CHECK(Attribute(OnlyEdge(dot, "a", "b"), "tooltip") == "increases");
  const std::string legend = LegendOf(dot);
  CHECK_THAT(legend, Catch::Contains("same direction"));
  CHECK_THAT(legend, Catch::Contains("opposite direction"));
  CHECK_THAT(legend, Catch::Contains("sign not stated"));
  CHECK_THAT(legend, !Catch::Contains("belief"));
  CHECK_THAT(legend, !Catch::Contains("hedged"));
  CHECK(DotComplaints(dir, dot).empty());
}

TEST_CASE("the legend explains what the diagram draws, and nothing it does not", "[dot][diagram]") {
  testing::TempDir dir;
  QueryResult result;
  NameAll(result);
  Path plus;
  plus.nodes = {kA, kB};
  plus.steps = {{kIncreases, Polarity::kPositive, {}}};
  result.body = PathsResult{PathKind::kPaths, {plus}, false};
  const std::string legend = LegendOf(Dot(result));
  CHECK_THAT(legend, Catch::Contains("same direction"));
  for (const char* absent :
       {"opposite direction", "sign not stated", "acts on", "no causal link", "lever",
        "recommendation", "blind spot", "loop", "belief", "hedged", "piece of evidence"}) {
    INFO(absent);
    CHECK_THAT(legend, !Catch::Contains(absent));
  }

  // A policy's action and a lever's box come with their entries.
  QueryResult levers;
  NameAll(levers);
  levers.body = LeversResult{kB, {{kPolicy, kAddresses, kA, 1, {}, false}}, false};
  levers.diagram = {{kA, kIncreases, kB, Polarity::kPositive, {}},
                    {kPolicy, kAddresses, kA, Polarity::kNone, {}}};
  const std::string drawn = Dot(levers);
  const std::string lever_legend = LegendOf(drawn);
  CHECK_THAT(lever_legend, Catch::Contains("a policy acts on it"));
  CHECK_THAT(lever_legend, Catch::Contains(">lever</TD><TD ALIGN=\"LEFT\">a policy in place<"));
  CHECK_THAT(lever_legend, !Catch::Contains("recommendation"));
  CHECK_THAT(lever_legend, !Catch::Contains("blind spot"));
  CHECK_THAT(lever_legend, !Catch::Contains("opposite direction"));
  CHECK(DotComplaints(dir, drawn).empty());
}

TEST_CASE("a diagram's own words follow the language of its labels", "[dot][diagram]") {
  const std::string nl = Dot(Chains(false), "nl");
  CHECK(TitleOf(nl) == "oorzaak a naar uitkomst c: 2 ketens, netto -/?");
  CHECK_THAT(LegendOf(nl), Catch::Contains("label=\"legenda\""));
  CHECK_THAT(LegendOf(nl), Catch::Contains("zelfde richting"));
  for (const char* english :
       {"chains", " to ", "net ", "label=\"legend\"", "direction", "not stated"}) {
    INFO(english);
    CHECK_THAT(nl, !Catch::Contains(english));
  }
  CHECK(TitleOf(Dot(Chains(false), "en")) == "cause a to outcome c: 2 chains, net -/?");
  // Ids are no language: their diagram speaks English, and shows ids.
  const std::string ids = Dot(Chains(false), "id");
  CHECK(TitleOf(ids) == "a to c: 2 chains, net -/?");
  CHECK_THAT(ids, Catch::Contains("\"a\" [label=\"a\""));
  CHECK_THAT(TitleOf(Dot(Chains(true), "nl")), !Catch::Contains("chain"));
  CHECK_THAT(LegendOf(Dot(Chains(true), "nl")), Catch::Contains("geloofwaardigheid"));
}

TEST_CASE("with verbs on, each causal edge carries its relation's verb beside its sign",
          "[dot][diagram]") {
  testing::TempDir dir;
  cli::DotStyle verbs;
  verbs.verbs = true;
  const std::string en = Dot(Chains(true), "en", verbs);
  CHECK(Attribute(OnlyEdge(en, "a", "b"), "label") == "increases (+)");
  CHECK(Attribute(OnlyEdge(en, "b", "c"), "label") == "weakens (-)");
  CHECK(Attribute(OnlyEdge(en, "a", "c"), "label") == "influences (?)");
  CHECK(Attribute(OnlyEdge(Dot(Chains(true), "nl", verbs), "a", "b"), "label") == "vergroot (+)");
  // Off, the sign alone.
  CHECK(Attribute(OnlyEdge(Dot(Chains(true)), "a", "b"), "label") == "+");
  CHECK(DotComplaints(dir, en).empty());
}

TEST_CASE("loops among a diagram's edges are found each once, typed, and bounded",
          "[dot][diagram]") {
  // a <-> b (+, -): balancing; b <-> c (+, +): reinforcing; c -> c (?):
  // unknown; a policy's edge closes none.
  std::vector<GraphEdge> edges = {
      {kA, kIncreases, kB, Polarity::kPositive, {}},
      {kB, kWeakens, kA, Polarity::kNegative, {}},
      {kB, kIncreases, kC, Polarity::kPositive, {}},
      {kC, kIncreases, kB, Polarity::kPositive, {}},
      {kC, kInfluences, kC, Polarity::kUnknown, {}},
      {kPolicy, kAddresses, kA, Polarity::kNone, {}},
      {kA, kAddresses, kPolicy, Polarity::kNone, {}},
  };
  auto found = cli::FindDiagramLoops(edges);
  CHECK_FALSE(found.cut);
  std::multiset<char> types;
  for (const Path& loop : found.loops) types.insert(loop.LoopType());
  CHECK(types == std::multiset<char>{'B', 'R', 'U'});

  // A ring of 8 steps is a loop; one of 9 is past the bound.
  auto ring = [](TermId first, int size) {
    std::vector<GraphEdge> edges;
    for (int i = 0; i < size; ++i)
      edges.push_back({first + i, kIncreases, first + (i + 1) % size, Polarity::kPositive, {}});
    return edges;
  };
  CHECK(cli::FindDiagramLoops(ring(100, 8)).loops.size() == 1);
  CHECK(cli::FindDiagramLoops(ring(100, cli::kMaxDiagramLoopSteps + 1)).loops.empty());

  // Every pair of 6 nodes linked both ways: hundreds of loops, of which the
  // first 20 are marked, and the search says it stopped.
  std::vector<GraphEdge> dense;
  for (TermId i = 100; i < 106; ++i) {
    for (TermId j = 100; j < 106; ++j) {
      if (i != j) dense.push_back({i, kIncreases, j, Polarity::kPositive, {}});
    }
  }
  found = cli::FindDiagramLoops(dense);
  CHECK(found.loops.size() == cli::kMaxDiagramLoops);
  CHECK(found.cut);

  // Drawn in a LEVERS diagram: marked, counted in the title, which says
  // that more were not marked, and explained in the legend.
  testing::TempDir dir;
  QueryResult result;
  NameAll(result);
  for (TermId i = 100; i < 106; ++i) Name(result, i, "n" + std::to_string(i), "", "");
  result.body = LeversResult{100, {}, false};
  result.diagram = dense;
  const std::string dot = Dot(result);
  CHECK_THAT(TitleOf(dot), Catch::EndsWith("; 20 loops: 20 reinforcing (R), 0 balancing (B) "
                                           "(more not marked)"));
  CHECK_THAT(dot, Catch::Contains("label=\"R20\""));
  CHECK_THAT(dot, !Catch::Contains("label=\"R21\""));
  CHECK_THAT(LegendOf(dot), Catch::Contains("reinforcing loop"));
  CHECK_THAT(LegendOf(dot), !Catch::Contains("balancing loop"));
  CHECK(DotComplaints(dir, dot).empty());
}

// EFFECTS of a hub reaching `spokes` nodes.
QueryResult Star(int spokes) {
  QueryResult result;
  NameAll(result);
  ReachResult reach;
  reach.origin = kA;
  for (int i = 0; i < spokes; ++i) {
    const TermId id = 1000 + i;
    Name(result, id, "spoke" + std::to_string(i), "", "");
    reach.nodes.push_back({id, 1, {}});
    result.diagram.push_back({kA, kIncreases, id, Polarity::kPositive, {}});
  }
  result.body = reach;
  return result;
}

TEST_CASE("a diagram of more than 50 nodes warns, beside the DOT, and says how to narrow it",
          "[dot][diagram]") {
  auto big = cli::DrawDot(Star(50), "en");  // the hub and 50
  REQUIRE(big.ok());
  CHECK(big->nodes == 51);
  CHECK_THAT(big->warning, Catch::StartsWith("warning: the diagram has 51 nodes"));
  for (const char* way : {"DEPTH", "LIMIT", "VIA", "WHERE"})
    CHECK_THAT(big->warning, Catch::Contains(way));
  CHECK_THAT(big->text, !Catch::Contains("warning"));
  auto small = cli::DrawDot(Star(49), "en");
  REQUIRE(small.ok());
  CHECK(small->nodes == 50);
  CHECK(small->warning.empty());
}

ClaimEvidence Claim(std::vector<Evidence> pieces, double belief) {
  ClaimEvidence claim;
  claim.triple = {kA, kIncreases, kB};
  claim.evidence = std::move(pieces);
  claim.belief.value = claim.belief.support = belief;
  return claim;
}

Evidence Piece(const std::string& quote, const std::string& modality = "can") {
  Evidence piece;
  piece.source = "report-1";
  piece.quote = quote;
  piece.modality = modality;
  return piece;
}

TEST_CASE("WHY's diagram hangs each quote from its claim's edge, shortened, with where it is from",
          "[dot][diagram]") {
  testing::TempDir dir;
  std::string long_quote;
  for (int i = 0; i < 30; ++i) long_quote += "word" + std::to_string(i) + " ";
  long_quote += "the end";
  Evidence located = Piece(long_quote);
  located.locator.page = "14";
  located.locator.section = "2.3";
  Evidence refuting = Piece("it does not", "");
  refuting.source = "report-2";
  refuting.stance = Stance::kRefutes;
  QueryResult result;
  NameAll(result);
  WhyResult why;
  why.claims = {Claim({located, refuting}, 0.42)};
  result.body = why;
  const std::string dot = Dot(result);
  INFO(dot);

  std::vector<std::string> notes;
  std::istringstream lines(dot);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("shape=note") != std::string::npos && line.rfind("    ", 0) != 0)
      notes.push_back(line);
  }
  REQUIRE(notes.size() == 2);
  const std::string label = *Attribute(notes[0], "label");
  CHECK_THAT(label, Catch::StartsWith("“word0 word1"));
  CHECK_THAT(label, Catch::Contains("…”"));
  CHECK_THAT(label, !Catch::Contains("the end"));
  CHECK_THAT(label, Catch::EndsWith("report-1, can, p. 14, § 2.3"));
  // The whole quote where a pointer finds it.
  CHECK_THAT(*Attribute(notes[0], "tooltip"), Catch::Contains("word29 the end"));
  CHECK(*Attribute(notes[1], "label") == "“it does not”\nrefutes: report-2");
  // The claim's edge, through the point the notes hang from: as wide as its
  // belief, dashed as its support only hedges.
  const auto first_half = EdgeLines(dot, "a", "claim 1");
  REQUIRE(first_half.size() == 1);
  CHECK(Attribute(first_half[0], "label") == "+");
  CHECK(Width(first_half[0]) == Approx(1 + 3 * 0.42));
  CHECK(Attribute(first_half[0], "style") == "dashed");
  CHECK(EdgeLines(dot, "claim 1", "b").size() == 1);
  CHECK(EdgeLines(dot, "claim 1", "evidence 1.1").size() == 1);
  CHECK_THAT(LegendOf(dot), Catch::Contains(">a piece of evidence</TD><TD ALIGN=\"LEFT\">quote, source, where<"));
  CHECK(DotComplaints(dir, dot).empty());

  // Many pieces: five notes, and one that says how many more WHY lists.
  why.claims = {Claim(std::vector<Evidence>(7, Piece("again")), 0.9)};
  result.body = why;
  const std::string many = Dot(result);
  CHECK_THAT(many, Catch::Contains("\"evidence 1.5\""));
  CHECK_THAT(many, Catch::Contains("label=\"… 2 more pieces: WHY lists them all\""));
  CHECK_THAT(many, !Catch::Contains("\"evidence 1.7\""));
  CHECK(DotComplaints(dir, many).empty());
}

}  // namespace
}  // namespace causalkg
