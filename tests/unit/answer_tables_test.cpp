// How the tables show an answer's evidence, byte for byte, on results built
// as the model's objects (no store, no engine): a chain's belief after it, a
// step that rests only on a hedge marked with the hedge, and the belief and
// step columns of EFFECTS, CAUSES, LEVERS and BLINDSPOTS, beliefs to four
// decimals.
#include <catch2/catch.hpp>

#include "cli/render/table_output.hpp"

namespace causalkg {
namespace {

constexpr TermId kDigitalisation = 1, kInequality = 2, kCohesion = 3, kPlan = 4;
constexpr TermId kIncreases = 10, kWeakens = 11, kAddresses = 12;

QueryResult Named(ResultBody body) {
  QueryResult result;
  result.body = std::move(body);
  auto term = [&](TermId id, std::string name, std::string en) {
    TermNames& names = result.names[id];
    names.name = std::move(name);
    names.labels = {{"en", std::move(en)}};
  };
  term(kDigitalisation, "digitalisation", "digitalisation");
  term(kInequality, "social_inequality", "social inequality");
  term(kCohesion, "social_cohesion", "social cohesion");
  term(kPlan, "broader_policy", "broader policy");
  term(kIncreases, "increases", "increases");
  term(kWeakens, "weakens", "weakens");
  term(kAddresses, "addresses", "addresses");
  result.names[kPlan].is_recommendation = true;
  return result;
}

std::string Table(const QueryResult& result) { return cli::ResultAsText(result, {"en", 0, false}); }

EvidenceSummary Summary(double belief, std::string modality = "") {
  EvidenceSummary s;
  s.pieces = 1;
  s.sources = {"scp-2025"};
  s.modality = std::move(modality);
  s.confidence = 0.6;
  s.belief = belief;
  return s;
}

SignSet Sign(int sign) {
  SignSet s;
  s.Add(sign);
  return s;
}

// digitalisation -increases (can)-> social inequality -weakens-> social cohesion
Path Weighed() {
  Path p;
  p.nodes = {kDigitalisation, kInequality, kCohesion};
  p.steps = {{kIncreases, Polarity::kPositive, Summary(0.87, "can")},
             {kWeakens, Polarity::kNegative, Summary(0.75)}};
  p.sign = -1;
  p.belief = 0.87 * 0.75;
  return p;
}

TEST_CASE("a chain's belief follows it, and a step resting on a hedge shows it", "[render]") {
  CHECK(Table(Named(PathsResult{PathKind::kPaths, {Weighed()}, false})) ==
        "digitalisation -[increases + (can)]-> social inequality -[weakens -]-> social "
        "cohesion  net -  belief 0.6525\n"
        "1 path\n");
  Path loop = Weighed();
  loop.is_loop = true;
  loop.nodes.pop_back();
  loop.steps.pop_back();
  loop.steps.push_back({kWeakens, Polarity::kNegative, Summary(0.55, "may")});
  loop.belief = 0.87 * 0.55;
  CHECK(Table(Named(PathsResult{PathKind::kLoops, {loop}, false})) ==
        "B  digitalisation -[increases + (can)]-> social inequality -[weakens - (may)]-> "
        "digitalisation  belief 0.4785\n"
        "1 loop\n");
}

TEST_CASE("EFFECTS and CAUSES show each node's chain belief and its step without the node",
          "[render]") {
  ReachResult effects;
  effects.origin = kDigitalisation;
  ReachedNode inequality{kInequality, 1, Sign(+1), std::nullopt};
  inequality.chain =
      ChainEnd{kDigitalisation, {kIncreases, Polarity::kPositive, Summary(0.87, "can")}, 0.87};
  ReachedNode cohesion{kCohesion, 2, Sign(-1), std::nullopt};
  cohesion.chain =
      ChainEnd{kInequality, {kWeakens, Polarity::kNegative, Summary(0.75)}, 0.87 * 0.75};
  effects.nodes = {inequality, cohesion};
  effects.total = 2;
  CHECK(Table(Named(effects)) ==
        "effect             distance  net sign  belief  step\n"
        "-----------------  --------  --------  ------  -------------------------------------\n"
        "social inequality  1         +         0.87    digitalisation -[increases + (can)]->\n"
        "social cohesion    2         -         0.6525  social inequality -[weakens -]->\n"
        "2 nodes\n");

  ReachResult causes;
  causes.upstream = true;
  causes.origin = kCohesion;
  ReachedNode cause{kInequality, 1, Sign(-1), std::nullopt};
  cause.chain = ChainEnd{kCohesion, {kWeakens, Polarity::kNegative, Summary(0.75)}, 0.75};
  causes.nodes = {cause};
  causes.total = 1;
  CHECK(Table(Named(causes)) ==
        "cause              distance  net sign  belief  step\n"
        "-----------------  --------  --------  ------  ------------------------------\n"
        "social inequality  1         -         0.75    -[weakens -]-> social cohesion\n"
        "1 node\n");
}

TEST_CASE("LEVERS and BLINDSPOTS have a belief column, to four decimals", "[render]") {
  LeversResult levers;
  levers.target = kCohesion;
  LeverRow lever;
  lever.lever = kPlan;
  lever.relation = kAddresses;
  lever.target = kInequality;
  lever.distance = 1;
  lever.signs = Sign(-1);
  lever.recommended = true;
  lever.evidence = Summary(0.75);
  lever.chain_belief = 0.55;
  lever.belief = 0.75 * 0.55;  // 0.41250000000000003 as a double
  levers.levers = {lever};
  CHECK(Table(Named(levers)) ==
        "lever           status       acts on            through    distance  net sign  belief\n"
        "--------------  -----------  -----------------  ---------  --------  --------  ------\n"
        "broader policy  recommended  social inequality  addresses  1         -         0.4125\n"
        "1 lever for social cohesion\n");

  BlindspotsResult spots;
  spots.target = kCohesion;
  BlindspotRow spot{kInequality, 1, Sign(-1), {kPlan}, std::nullopt};
  spot.chain = ChainEnd{kCohesion, {kWeakens, Polarity::kNegative, Summary(0.75)}, 0.75};
  spots.nodes = {spot};
  CHECK(Table(Named(spots)) ==
        "blind spot         distance  net sign  recommended for it  belief\n"
        "-----------------  --------  --------  ------------------  ------\n"
        "social inequality  1         -         broader policy      0.75\n"
        "1 blind spot upstream of social cohesion that no lever in place acts on\n");
}

}  // namespace
}  // namespace causalkg
