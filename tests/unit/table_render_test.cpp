// The table layout, tested once: results of each type, built as the model's
// objects (no store, no engine), rendered as a person sees them, byte for
// byte. The query files (tests/queries) compare rows, not this layout.
#include <catch2/catch.hpp>

#include "cli/render/table_output.hpp"

namespace causalkg {
namespace {

constexpr TermId kDigitalisation = 1, kInequality = 2, kCohesion = 3, kIndividualisation = 4,
                 kPolicy = 5, kPlan = 6;
constexpr TermId kIncreases = 10, kWeakens = 11, kAddresses = 12;

// A result of the SCP report's terms, with English and Dutch labels.
QueryResult Named(ResultBody body) {
  QueryResult result;
  result.body = std::move(body);
  auto term = [&](TermId id, std::string name, std::string en, std::string nl) {
    TermNames& names = result.names[id];
    names.name = std::move(name);
    names.labels = {{"en", std::move(en)}, {"nl", std::move(nl)}};
  };
  term(kDigitalisation, "digitalisation", "digitalisation", "digitalisering");
  term(kInequality, "social_inequality", "social inequality", "sociale ongelijkheid");
  term(kCohesion, "social_cohesion", "social cohesion", "sociale samenhang");
  term(kIndividualisation, "individualisation", "individualisation", "individualisering");
  term(kPolicy, "skills_policy", "skills policy", "vaardighedenbeleid");
  term(kPlan, "broader_policy", "broader policy", "breder beleid");
  term(kIncreases, "increases", "increases", "verhoogt");
  term(kWeakens, "weakens", "weakens", "verzwakt");
  term(kAddresses, "addresses", "addresses", "richt zich op");
  result.names[kIncreases].polarity = Polarity::kPositive;
  result.names[kWeakens].polarity = Polarity::kNegative;
  result.names[kPolicy].is_lever = true;
  result.names[kPlan].is_recommendation = true;
  return result;
}

std::string Table(const QueryResult& result, const std::string& language = "en") {
  return cli::ResultAsText(result, {language, 0, false});
}

SignSet Signs(bool positive, bool negative) {
  SignSet s;
  s.positive = positive;
  s.negative = negative;
  return s;
}

// digitalisation -increases-> social inequality -weakens-> social cohesion
Path TwoSteps() {
  Path p;
  p.nodes = {kDigitalisation, kInequality, kCohesion};
  p.steps = {{kIncreases, Polarity::kPositive}, {kWeakens, Polarity::kNegative}};
  p.sign = -1;
  return p;
}

Path OneStep() {
  Path p;
  p.nodes = {kDigitalisation, kCohesion};
  p.steps = {{kWeakens, Polarity::kNegative}};
  p.sign = -1;
  return p;
}

TEST_CASE("MATCH rows are a table under their variables, with a count and its cut", "[render]") {
  MatchResult match;
  match.columns = {"?a", "?b"};
  match.rows = {{kDigitalisation, kInequality}, {kInequality, kCohesion}};
  CHECK(Table(Named(match)) ==
        "?a                 ?b\n"
        "-----------------  -----------------\n"
        "digitalisation     social inequality\n"
        "social inequality  social cohesion\n"
        "2 rows\n");
  CHECK(Table(Named(match), "id") ==
        "?a                 ?b\n"
        "-----------------  -----------------\n"
        "digitalisation     social_inequality\n"
        "social_inequality  social_cohesion\n"
        "2 rows\n");

  match.rows.resize(1);
  match.truncated = true;
  CHECK(Table(Named(match)) ==
        "?a              ?b\n"
        "--------------  -----------------\n"
        "digitalisation  social inequality\n"
        "1 row (truncated at the LIMIT: there are more; raise LIMIT to see them)\n");

  match.capped = true;
  CHECK(Table(Named(match)) ==
        "?a              ?b\n"
        "--------------  -----------------\n"
        "digitalisation  social inequality\n"
        "1 row (cut short: one result holds at most 1,000,000 rows, 2,500,000 names and 64 MB "
        "of names, whatever its LIMIT; narrow it with constants or WHERE, or count it with "
        "COUNT MATCH)\n");

  match.rows.clear();
  match.truncated = match.capped = false;
  CHECK(Table(Named(match)) ==
        "?a  ?b\n"
        "--  --\n"
        "0 rows\n");

  MatchResult count;
  count.count_only = true;
  count.count = 34;
  CHECK(Table(Named(count)) == "34\n");
}

TEST_CASE("chains are drawn one a line with their net sign, loops with R or B", "[render]") {
  CHECK(Table(Named(PathsResult{PathKind::kPaths, {OneStep(), TwoSteps()}, false})) ==
        "digitalisation -[weakens -]-> social cohesion  net -\n"
        "digitalisation -[increases +]-> social inequality -[weakens -]-> social cohesion  net -\n"
        "2 paths\n");
  CHECK(Table(Named(PathsResult{PathKind::kPaths, {OneStep()}, true}), "nl") ==
        "digitalisering -[verzwakt -]-> sociale samenhang  net -\n"
        "1 path (truncated at the LIMIT: there are more; raise LIMIT to see them)\n");
  CHECK(Table(Named(PathsResult{PathKind::kPaths, {}, false})) == "0 paths\n");

  PathsResult capped{PathKind::kPaths, {OneStep()}, true, true};
  CHECK(Table(Named(capped)) ==
        "digitalisation -[weakens -]-> social cohesion  net -\n"
        "1 path (cut short: one result holds at most 1,000,000 rows, 2,500,000 names and 64 MB "
        "of names, whatever its LIMIT; narrow it with a smaller DEPTH, VIA or SIGN)\n");

  CHECK(Table(Named(PathsResult{PathKind::kShortest, {TwoSteps()}, false}), "id") ==
        "digitalisation -[increases +]-> social_inequality -[weakens -]-> social_cohesion  "
        "net -\n"
        "2 steps\n");
  CHECK(Table(Named(PathsResult{PathKind::kShortest, {}, false})) ==
        "no causal chain within the depth\n");

  // social inequality -increases-> individualisation -increases-> social inequality: R;
  // with weakens back: B. A loop is drawn from where it was found, closing on it.
  Path reinforcing;
  reinforcing.nodes = {kInequality, kIndividualisation};
  reinforcing.steps = {{kIncreases, Polarity::kPositive}, {kIncreases, Polarity::kPositive}};
  reinforcing.is_loop = true;
  Path balancing = reinforcing;
  balancing.steps[1] = {kWeakens, Polarity::kNegative};
  balancing.sign = -1;
  CHECK(Table(Named(PathsResult{PathKind::kLoops, {reinforcing, balancing}, false})) ==
        "R  social inequality -[increases +]-> individualisation -[increases +]-> "
        "social inequality\n"
        "B  social inequality -[increases +]-> individualisation -[weakens -]-> "
        "social inequality\n"
        "2 loops\n");
  CHECK(Table(Named(PathsResult{PathKind::kLoops, {reinforcing}, true, true})) ==
        "R  social inequality -[increases +]-> individualisation -[increases +]-> "
        "social inequality\n"
        "1 loop (cut short: one result holds at most 1,000,000 rows, 2,500,000 names and 64 MB "
        "of names, whatever its LIMIT; narrow it with THROUGH, a smaller DEPTH, VIA or SIGN)\n");
}

TEST_CASE("EFFECTS and CAUSES are tables of nodes, distances and net signs", "[render]") {
  ReachResult effects;
  effects.origin = kDigitalisation;
  effects.nodes = {{kInequality, 1, Signs(true, false)}, {kCohesion, 1, Signs(true, true)}};
  effects.total = 2;
  CHECK(Table(Named(effects)) ==
        "effect             distance  net sign\n"
        "-----------------  --------  --------\n"
        "social inequality  1         +\n"
        "social cohesion    1         +/-\n"
        "2 nodes\n");

  effects.nodes.resize(1);
  effects.total = 3;
  effects.truncated = true;
  CHECK(Table(Named(effects), "nl") ==
        "effect                distance  net sign\n"
        "--------------------  --------  --------\n"
        "sociale ongelijkheid  1         +\n"
        "1 node of 3 (truncated at the LIMIT: there are more; raise LIMIT to see them)\n");

  ReachResult causes;
  causes.upstream = true;
  causes.origin = kCohesion;
  causes.nodes = {{kDigitalisation, 2, Signs(false, true)}};
  causes.total = 1;
  // Partial signs cut the answer short, but not at the LIMIT: a larger one would not help.
  causes.truncated = causes.signs_partial = true;
  causes.incomplete_components = {{kInequality, 340, 2000000}, {kIndividualisation, 2, 5}};
  // The caller names the way to a larger budget where the reader is.
  CHECK(cli::ResultAsText(Named(causes), {"en", 0, false, "causalkg query --sign-budget"}) ==
        "cause           distance  net sign\n"
        "--------------  --------  --------\n"
        "digitalisation  2         -\n"
        "1 node\n"
        "net signs are from part of the chains: those through the loops around each of social "
        "inequality (340 nodes) and individualisation (2 nodes) are too many to follow at this "
        "depth; a smaller DEPTH or VIA gives whole answers, as does a larger step budget "
        "(causalkg query --sign-budget)\n");
  // Naming none, the note says no way.
  CHECK_THAT(Table(Named(causes)), Catch::EndsWith("as does a larger step budget\n"));
}

TEST_CASE("LEVERS and BLINDSPOTS are tables closed by what they are for", "[render]") {
  LeversResult levers;
  levers.target = kCohesion;
  levers.levers = {{kPolicy, kAddresses, kInequality, 1, Signs(false, true), false},
                   {kPlan, kAddresses, kCohesion, 0, Signs(true, false), true}};
  CHECK(Table(Named(levers)) ==
        "lever           status       acts on            through    distance  net sign\n"
        "--------------  -----------  -----------------  ---------  --------  --------\n"
        "skills policy   in place     social inequality  addresses  1         -\n"
        "broader policy  recommended  social cohesion    addresses  0         +\n"
        "2 levers for social cohesion\n");

  levers.levers.resize(1);
  levers.truncated = levers.signs_partial = true;
  levers.incomplete_components = {{kCohesion, 12, 7}};
  CHECK(cli::ResultAsText(Named(levers), {"id", 0, false, ".set sign.budget"}) ==
        "lever          status    acts on            through    distance  net sign\n"
        "-------------  --------  -----------------  ---------  --------  --------\n"
        "skills_policy  in place  social_inequality  addresses  1         -\n"
        "1 lever for social_cohesion\n"
        "net signs are from part of the chains: those through the loops around social_cohesion "
        "(12 nodes) are too many to follow at this depth; a smaller DEPTH or VIA gives whole "
        "answers, as does a larger step budget (.set sign.budget)\n");

  BlindspotsResult blindspots;
  blindspots.target = kCohesion;
  blindspots.nodes = {{kDigitalisation, 2, Signs(false, true), {kPlan, kPolicy}},
                      {kInequality, 1, Signs(false, true), {}}};
  CHECK(Table(Named(blindspots)) ==
        "blind spot         distance  net sign  recommended for it\n"
        "-----------------  --------  --------  -----------------------------\n"
        "digitalisation     2         -         broader policy, skills policy\n"
        "social inequality  1         -         -\n"
        "2 blind spots upstream of social cohesion that no lever in place acts on\n");

  blindspots.nodes.clear();
  blindspots.truncated = blindspots.capped = true;
  CHECK(Table(Named(blindspots)) ==
        "blind spot  distance  net sign  recommended for it\n"
        "----------  --------  --------  ------------------\n"
        "0 blind spots upstream of social cohesion that no lever in place acts on (cut short: "
        "one result holds at most 1,000,000 rows, 2,500,000 names and 64 MB of names, whatever "
        "its LIMIT; narrow it with a smaller DEPTH or VIA)\n");
}

TEST_CASE("WHY lays each claim out with its evidence, under the chain it explains", "[render]") {
  WhyResult claim;
  claim.claims = {{{kInequality, kWeakens, kCohesion},
                   {{"scp-2025", "wat de sociale samenhang verzwakt", "is", 0.8},
                    {"", "een tweede citaat", "", std::nullopt}}}};
  // A claim's belief beside it; with evidence that refutes it, what each side gives.
  claim.claims[0].belief = {0.95, 0.4, 0.57};
  CHECK(Table(Named(claim)) ==
        "social inequality -[weakens]-> social cohesion  belief 0.57 (support 0.95, refuted "
        "0.4)\n"
        "  scp-2025, is, confidence 0.8\n"
        "  \"wat de sociale samenhang verzwakt\"\n"
        "  unknown source\n"
        "  \"een tweede citaat\"\n"
        "2 pieces of evidence\n");

  WhyResult chain;
  chain.chain = TwoSteps();
  chain.claims = {{{kDigitalisation, kIncreases, kInequality}, {}},
                  {{kInequality, kWeakens, kCohesion}, {{"scp-2025", "", "can", std::nullopt}}}};
  chain.capped = true;
  chain.claims[0].belief = {0.65, 0, 0.65};
  chain.claims[1].belief = {0.48025, 0, 0.48025};
  chain.belief = 0.65 * 0.48025;
  CHECK(Table(Named(chain), "id") ==
        "digitalisation -[increases +]-> social_inequality -[weakens -]-> social_cohesion  "
        "net -  belief 0.3122\n"
        "\n"
        "digitalisation -[increases]-> social_inequality  belief 0.65\n"
        "  no evidence recorded\n"
        "social_inequality -[weakens]-> social_cohesion  belief 0.4803\n"
        "  scp-2025, can\n"
        "1 piece of evidence (cut short: one result holds at most 1,000,000 rows, 2,500,000 "
        "names and 64 MB of names, whatever its LIMIT; ask for one claim at a time with WHY a "
        "relation b)\n");
}

TEST_CASE("a write says what it did, and each warning on a line", "[render]") {
  WriteResult write;
  write.message = "Added a fosters b: a new edge, 2 new nodes, no new evidence";
  write.summary.warnings = {"relation 'fosters' has no declared polarity"};
  CHECK(Table(Named(write)) ==
        "Added a fosters b: a new edge, 2 new nodes, no new evidence\n"
        "warning: relation 'fosters' has no declared polarity\n");
}

TEST_CASE("colour marks signs in chains and tables and takes no room", "[render]") {
  const cli::TextStyle colour{"en", 0, true};
  CHECK(cli::ResultAsText(Named(PathsResult{PathKind::kPaths, {TwoSteps()}, false}), colour) ==
        "digitalisation -[increases \033[32m+\033[0m]-> social inequality "
        "-[weakens \033[31m-\033[0m]-> social cohesion  net \033[31m-\033[0m\n"
        "1 path\n");
  ReachResult effects;
  effects.origin = kDigitalisation;
  effects.nodes = {{kCohesion, 1, Signs(true, true)}};
  effects.total = 1;
  CHECK(cli::ResultAsText(Named(effects), colour) ==
        "effect           distance  net sign\n"
        "---------------  --------  --------\n"
        "social cohesion  1         \033[33m+/-\033[0m\n"
        "1 node\n");
}

}  // namespace
}  // namespace causalkg
