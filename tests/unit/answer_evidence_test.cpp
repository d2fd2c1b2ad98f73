// The evidence summary of each step an answer returns, and each chain's
// belief (engine/exec/step_evidence.hpp, best_chains.hpp), on the graph of
// tests/queries/belief/answers.test worked by hand from docs/belief.md, to a
// relative precision of 1e-9. No source of that graph declares rates:
// systematic 0.05, random 0.30.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

#include "engine/exec/executor.hpp"
#include "engine/exec/step_evidence.hpp"
#include "engine/model/evidence_tally.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::IdOf;
using testing::ScratchStore;

Approx Near(double expected) { return Approx(expected).epsilon(1e-9).margin(0); }

const std::string kGraph =
    std::string(CAUSALKG_SOURCE_DIR) + "/tests/queries/graphs/answer_evidence.json";

Evidence Piece(std::string source, std::optional<double> confidence, std::string modality = "",
               Stance stance = Stance::kSupports) {
  Evidence e;
  e.source = std::move(source);
  e.quote = "a quote";
  e.confidence = confidence;
  e.modality = std::move(modality);
  e.stance = stance;
  return e;
}

EvidenceSummary Tally(const std::vector<Evidence>& pieces) {
  static const SourceErrorTable kNoRates;
  EvidenceTally tally(kNoRates);
  for (const Evidence& piece : pieces) tally.Add(piece);
  return tally.Result();
}

QueryResult Run(Store& store, const std::string& text) {
  auto parsed = grammar::Parse(text);
  REQUIRE_FALSE(parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  Executor executor(store, {});
  auto result = executor.Execute(parsed.statements[0]);
  INFO(text << ": " << (result.ok() ? "" : result.status().ToString()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

// A store holding the hand-worked graph.
struct HandGraph {
  ScratchStore db;
  HandGraph() {
    auto loaded = kb::LoadFiles(*db.store, {kGraph});
    INFO((loaded.ok() ? "" : loaded.status().ToString()));
    REQUIRE(loaded.ok());
  }
  Store& store() { return *db.store; }
  TermId Id(const std::string& name) { return IdOf(*db.store, name); }
};

// What each claim's evidence comes to, worked by hand (answers.test's header).
struct Expected {
  std::uint32_t pieces;
  std::uint32_t refuting;
  std::vector<std::string> sources;
  std::string modality;
  std::optional<double> confidence;
  double belief;
};

const std::map<std::string, Expected> kClaims = {
    // Two sources: 1 - (0.05 + 0.2) * (0.05 + 0.4).
    {"a increases b", {2, 0, {"alpha", "beta"}, "", 0.8, 0.8875}},
    // A hedge only, "can" and "may" of one source: 1 - (0.05 + 0.475 * 0.475).
    {"b weakens c", {2, 0, {"alpha"}, "can", std::nullopt, 0.724375}},
    // Supported by "is" 0.8 (0.75), refuted at 0.6 (0.55): 0.75 * 0.45.
    {"c increases d", {2, 1, {"alpha", "gamma"}, "", 0.8, 0.3375}},
    // No evidence: one bare assertion, 1 - (0.05 + 0.3).
    {"a increases c", {0, 0, {}, "", std::nullopt, 0.65}},
    // "can" and "is" of one source: asserted; 1 - (0.05 + 0.475 * 0.3).
    {"d amplifies a", {2, 0, {"alpha"}, "", std::nullopt, 0.8075}},
    // A hedge with a confidence: 1 - (0.05 + 0.5).
    {"a increases e", {1, 0, {"alpha"}, "might", 0.5, 0.45}},
    {"e increases d", {0, 0, {}, "", std::nullopt, 0.65}},
    {"plan addresses c", {1, 0, {"alpha"}, "", 0.9, 0.85}},
    {"idea addresses b", {0, 0, {}, "", std::nullopt, 0.65}},
};

void CheckSummary(const EvidenceSummary& got, const std::string& claim) {
  INFO(claim);
  const Expected& want = kClaims.at(claim);
  CHECK(got.pieces == want.pieces);
  CHECK(got.refuting == want.refuting);
  CHECK(got.sources == want.sources);
  CHECK(got.modality == want.modality);
  CHECK(got.Hedged() == !want.modality.empty());
  CHECK(got.confidence.has_value() == want.confidence.has_value());
  if (got.confidence && want.confidence) CHECK(*got.confidence == Near(*want.confidence));
  CHECK(got.belief == Near(want.belief));
}

std::string ClaimText(const QueryResult& r, TermId s, TermId rel, TermId o) {
  return r.names.at(s).name + " " + r.names.at(rel).name + " " + r.names.at(o).name;
}

std::string StepText(const QueryResult& r, const Path& p, std::size_t i) {
  return ClaimText(r, p.nodes[i], p.steps[i].relation, p.nodes[(i + 1) % p.nodes.size()]);
}

// Every step of `chain` carries its claim's summary, and the chain the
// product of their beliefs.
void CheckChain(const QueryResult& r, const Path& chain) {
  double product = 1;
  for (std::size_t i = 0; i < chain.steps.size(); ++i) {
    REQUIRE(chain.steps[i].evidence);
    CheckSummary(*chain.steps[i].evidence, StepText(r, chain, i));
    product *= kClaims.at(StepText(r, chain, i)).belief;
  }
  REQUIRE(chain.belief);
  CHECK(*chain.belief == Near(product));
}

TEST_CASE("a claim's evidence is summarised as an answer's step shows it", "[answers][belief]") {
  SECTION("no pieces: a bare claim, asserted, of the belief of one plain assertion") {
    const EvidenceSummary bare = Tally({});
    CHECK(bare.pieces == 0);
    CHECK(bare.refuting == 0);
    CHECK(bare.sources.empty());
    CHECK_FALSE(bare.Hedged());
    CHECK_FALSE(bare.confidence);
    CHECK(bare.belief == Near(0.65));
  }
  SECTION("hedges only: the hedge that weighs most, the first in byte order of equals") {
    const EvidenceSummary one_way =
        Tally({Piece("s", std::nullopt, "may"), Piece("s", 0.4, "can")});
    const EvidenceSummary other_way =
        Tally({Piece("s", 0.4, "can"), Piece("s", std::nullopt, "may")});
    CHECK(one_way.modality == "can");
    CHECK(other_way == one_way);
    CHECK(Tally({Piece("s", std::nullopt, "Kan")}).modality == "Kan");
  }
  SECTION("one piece that asserts outright makes the claim asserted") {
    CHECK_FALSE(Tally({Piece("s", 0.6, "can"), Piece("s", 0.8, "is")}).Hedged());
    CHECK_FALSE(Tally({Piece("s", 0.6, "can"), Piece("s", 0.8, "")}).Hedged());
  }
  SECTION("a refuting piece counts, names its source and gives its confidence, never a hedge") {
    const EvidenceSummary s =
        Tally({Piece("b", 0.6, "is"), Piece("a", 0.9, "may", Stance::kRefutes), Piece("b", 0.6)});
    CHECK(s.pieces == 3);
    CHECK(s.refuting == 1);
    CHECK(s.sources == std::vector<std::string>{"a", "b"});
    CHECK_FALSE(s.Hedged());
    CHECK(*s.confidence == Near(0.9));
    // support 1 - (0.05 + 0.4 * 0.4) = 0.79, refuted 1 - (0.05 + 0.1) = 0.85
    CHECK(s.belief == Near(0.79 * 0.15));
  }
  SECTION("the belief is BeliefOf's, whatever the pieces") {
    static const SourceErrorTable kNoRates;
    const std::vector<Evidence> pieces = {Piece("a", 0.7, "can"), Piece("", std::nullopt, "might"),
                                          Piece("b", 0.2, "", Stance::kRefutes)};
    CHECK(Tally(pieces).belief == BeliefOf(pieces, kNoRates).value);
  }
}

TEST_CASE("chains carry each step's evidence summary and their belief", "[answers][belief]") {
  HandGraph g;
  SECTION("PATHS") {
    const QueryResult r = Run(g.store(), "PATHS FROM a TO d");
    const auto& paths = std::get<PathsResult>(r.body).paths;
    REQUIRE(paths.size() == 3);
    for (const Path& p : paths) CheckChain(r, p);
  }
  SECTION("SHORTEST") {
    const QueryResult r = Run(g.store(), "SHORTEST FROM b TO a");
    const auto& paths = std::get<PathsResult>(r.body).paths;
    REQUIRE(paths.size() == 1);
    CheckChain(r, paths[0]);
    CHECK(*paths[0].belief == Near(0.724375 * 0.3375 * 0.8075));
  }
  SECTION("LOOPS, whose last step closes on the first node") {
    const QueryResult r = Run(g.store(), "LOOPS");
    const auto& loops = std::get<PathsResult>(r.body).paths;
    REQUIRE(loops.size() == 3);
    for (const Path& p : loops) CheckChain(r, p);
  }
  SECTION("the chains of CONTRADICTIONS CHAINS") {
    const QueryResult r = Run(g.store(), "CONTRADICTIONS CHAINS FROM a TO c");
    const auto& pairs = std::get<ContradictionsResult>(r.body).pairs;
    REQUIRE(pairs.size() == 1);
    for (const ContradictionSide* side : {&pairs[0].side, &pairs[0].against}) {
      CheckChain(r, side->chain);
      CHECK(*side->chain.belief == side->belief);
    }
  }
  SECTION("WHY's chain, with the beliefs of its claims") {
    const QueryResult r = Run(g.store(), "WHY b a");
    const WhyResult& why = std::get<WhyResult>(r.body);
    REQUIRE(why.chain);
    CheckChain(r, *why.chain);
    REQUIRE(why.claims.size() == why.chain->steps.size());
    for (std::size_t i = 0; i < why.claims.size(); ++i)
      CHECK(why.chain->steps[i].evidence->belief == why.claims[i].belief.value);
    CHECK(*why.chain->belief == why.belief);
  }
}

TEST_CASE("each node reached carries the most believable of its shortest chains",
          "[answers][belief]") {
  HandGraph g;
  SECTION("EFFECTS: of d's two chains of two steps, through e (0.2925) over c (0.219375)") {
    const QueryResult r = Run(g.store(), "EFFECTS OF a DEPTH 2");
    std::map<std::string, const ReachedNode*> nodes;
    for (const ReachedNode& n : std::get<ReachResult>(r.body).nodes)
      nodes[r.names.at(n.id).name] = &n;
    REQUIRE(nodes.size() == 4);
    const ChainEnd& d = *nodes.at("d")->chain;
    CHECK(d.nearer == g.Id("e"));
    CHECK(d.step.relation == g.Id("increases"));
    CHECK(d.step.polarity == Polarity::kPositive);
    CheckSummary(*d.step.evidence, "e increases d");
    CHECK(d.belief == Near(0.45 * 0.65));
    const ChainEnd& b = *nodes.at("b")->chain;
    CHECK(b.nearer == g.Id("a"));
    CheckSummary(*b.step.evidence, "a increases b");
    CHECK(b.belief == Near(0.8875));
    // c is one step away, by a bare claim, though a -> b -> c weighs less.
    CHECK(nodes.at("c")->chain->belief == Near(0.65));
  }
  SECTION("CAUSES: the step is the cause's own, towards the statement's node") {
    const QueryResult r = Run(g.store(), "CAUSES OF d DEPTH 2");
    for (const ReachedNode& n : std::get<ReachResult>(r.body).nodes) {
      if (r.names.at(n.id).name != "b") continue;
      CHECK(n.chain->nearer == g.Id("c"));
      CheckSummary(*n.chain->step.evidence, "b weakens c");
      CHECK(n.chain->belief == Near(0.724375 * 0.3375));
    }
  }
  SECTION("after the LIMIT only: the rows returned are weighed") {
    const QueryResult r = Run(g.store(), "EFFECTS OF a DEPTH 2 LIMIT 1");
    const auto& nodes = std::get<ReachResult>(r.body).nodes;
    REQUIRE(nodes.size() == 1);
    REQUIRE(nodes[0].chain);
  }
  SECTION("BLINDSPOTS: each node's best chain into the target") {
    const QueryResult r = Run(g.store(), "BLINDSPOTS FOR d DEPTH 3");
    std::map<std::string, double> beliefs;
    for (const BlindspotRow& n : std::get<BlindspotsResult>(r.body).nodes)
      beliefs[r.names.at(n.id).name] = n.chain->belief;
    CHECK(beliefs.size() == 3);
    CHECK(beliefs.at("a") == Near(0.45 * 0.65));
    CHECK(beliefs.at("b") == Near(0.724375 * 0.3375));
    CHECK(beliefs.at("e") == Near(0.65));
  }
  SECTION("LEVERS: the lever's claim, its node's chain, and their product") {
    const QueryResult r = Run(g.store(), "LEVERS FOR d");
    const auto& levers = std::get<LeversResult>(r.body).levers;
    REQUIRE(levers.size() == 2);
    for (const LeverRow& l : levers) {
      const std::string claim = ClaimText(r, l.lever, l.relation, l.target);
      CheckSummary(*l.evidence, claim);
      const double chain = claim == "plan addresses c" ? 0.3375 : 0.724375 * 0.3375;
      CHECK(*l.chain_belief == Near(chain));
      CHECK(*l.belief == Near(kClaims.at(claim).belief * chain));
    }
    // A lever on the statement's node itself: a chain of no steps.
    const QueryResult on_c = Run(g.store(), "LEVERS FOR c DEPTH 1");
    const LeverRow& plan = std::get<LeversResult>(on_c.body).levers.at(0);
    CHECK(*plan.chain_belief == 1);
    CHECK(*plan.belief == Near(0.85));
  }
}

TEST_CASE("the diagram's edges carry their claims' evidence", "[answers][belief][dot]") {
  HandGraph g;
  for (const char* statement :
       {"EFFECTS OF a", "CAUSES OF d", "LEVERS FOR d", "BLINDSPOTS FOR d"}) {
    INFO(statement);
    const QueryResult r = Run(g.store(), statement);
    REQUIRE_FALSE(r.diagram.empty());
    for (const GraphEdge& e : r.diagram) {
      REQUIRE(e.evidence);
      CheckSummary(*e.evidence, ClaimText(r, e.from, e.relation, e.to));
    }
  }
}

TEST_CASE("claims read together are summarised as claims read one by one", "[answers][store]") {
  HandGraph g;
  std::vector<Triple> claims;
  REQUIRE(g.store()
              .Scan({},
                    [&](const Triple& t) {
                      claims.push_back(t);
                      return true;
                    })
              .ok());
  // Also claims the store does not hold, among and after those it does.
  claims.push_back({g.Id("a"), g.Id("weakens"), g.Id("b")});
  claims.push_back({g.Id("e"), g.Id("increases"), g.Id("a")});
  auto one_by_one = StepEvidence::Read(g.store());
  auto together = StepEvidence::Read(g.store());
  REQUIRE(one_by_one.ok());
  REQUIRE(together.ok());
  REQUIRE(together->Prefetch(claims).ok());
  std::size_t with_evidence = 0;
  for (const Triple& t : claims) {
    auto single = one_by_one->Of(t);
    auto walked = together->Of(t);
    REQUIRE(single.ok());
    REQUIRE(walked.ok());
    CHECK(**single == **walked);
    with_evidence += (*single)->pieces > 0;
  }
  CHECK(with_evidence == 6);
}

TEST_CASE("a walk over a node's many claims steps over some and seeks past others",
          "[answers][store]") {
  // hub's claims to t0..t29, t_i with i + 1 pieces of confidence 0.5, each
  // of its own source, so that claim i believes 1 - 0.55^(i + 1).
  std::string claims;
  for (int i = 0; i < 30; ++i) {
    for (int k = 0; k <= i; ++k) {
      claims += std::string(claims.empty() ? "" : ",") + R"({"subject": "hub", "relation": )" +
                R"("increases", "object": "t)" + std::to_string(i) + R"(", "source": "s)" +
                std::to_string(k) + R"(", "quote": "q", "confidence": 0.5})";
    }
  }
  ScratchStore db;
  testing::MustLoad(*db.store, R"({"claims": [)" + claims + "]}");
  const TermId hub = IdOf(*db.store, "hub"), increases = IdOf(*db.store, "increases");
  // Gaps of one to seven claims between those asked for.
  std::vector<int> asked = {0, 2, 3, 7, 15, 16, 29};
  std::vector<Triple> triples;
  for (int i : asked) triples.push_back({hub, increases, IdOf(*db.store, "t" + std::to_string(i))});
  auto reader = StepEvidence::Read(*db.store);
  REQUIRE(reader.ok());
  REQUIRE(reader->Prefetch(triples).ok());
  for (std::size_t k = 0; k < asked.size(); ++k) {
    INFO("t" << asked[k]);
    auto summary = reader->Of(triples[k]);
    REQUIRE(summary.ok());
    CHECK((*summary)->pieces == static_cast<std::uint32_t>(asked[k] + 1));
    CHECK((*summary)->sources.size() == static_cast<std::size_t>(asked[k] + 1));
    CHECK((*summary)->belief == Near(1 - std::pow(0.55, asked[k] + 1)));
  }
}

TEST_CASE("a store without evidence gives bare steps until a piece is added", "[answers][belief]") {
  ScratchStore db;
  testing::MustLoad(*db.store, R"({"claims": [
      {"subject": "x", "relation": "increases", "object": "y"},
      {"subject": "y", "relation": "increases", "object": "z"}]})");
  const QueryResult bare = Run(*db.store, "PATHS FROM x TO z");
  const Path& chain = std::get<PathsResult>(bare.body).paths.at(0);
  for (const Step& s : chain.steps) {
    CHECK(s.evidence->pieces == 0);
    CHECK(s.evidence->belief == Near(0.65));
  }
  CHECK(*chain.belief == Near(0.65 * 0.65));
  Run(*db.store, "ADD y increases z QUOTE 'y lifts z' SOURCE notes CONFIDENCE 0.9");
  const QueryResult read = Run(*db.store, "PATHS FROM x TO z");
  const Path& again = std::get<PathsResult>(read.body).paths.at(0);
  CHECK(again.steps[0].evidence->pieces == 0);
  CHECK(again.steps[1].evidence->pieces == 1);
  CHECK(again.steps[1].evidence->sources == std::vector<std::string>{"notes"});
  // 1 - (0.05 + 0.1)
  CHECK(again.steps[1].evidence->belief == Near(0.85));
  CHECK(*again.belief == Near(0.65 * 0.85));
}

}  // namespace
}  // namespace causalkg
