// EFFECTS, CAUSES, LEVERS and BLINDSPOTS read the links of the nodes they
// reach one seek a node while few are to read, and every link in one scan
// of the store once many are (CausalGraph::ExpectReads). Either way the
// answer is the same: the same nodes, distances, net signs (partial ones
// too), best chains and diagram. The engine's scan threshold forces each
// way on small graphs, where the threshold judged from the store's size
// would always seek.
#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "cli/render/json_output.hpp"
#include "engine/exec/executor.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

constexpr std::uint64_t kAlwaysScan = 0;
constexpr std::uint64_t kNeverScan = std::numeric_limits<std::uint64_t>::max();

std::string Name(int node) { return "n" + std::to_string(node); }

std::string Claim(const std::string& subject, const std::string& relation,
                  const std::string& object) {
  return R"({"subject":")" + subject + R"(","relation":")" + relation + R"(","object":")" + object +
         R"("})";
}

// A random signed graph with cycles, a second claim of another sign between
// some pairs, a few levers and recommendations acting on its nodes, and
// evidence on some claims (so that the answers weigh chains).
std::string RandomClaims(std::mt19937& random, int nodes, double density) {
  std::uniform_real_distribution<double> chance(0, 1);
  std::vector<std::string> claims;
  for (int a = 0; a < nodes; ++a) {
    for (int b = 0; b < nodes; ++b) {
      if (a == b || chance(random) >= density) continue;
      const double kind = chance(random);
      const char* relation = kind < 0.45 ? "amplifies" : kind < 0.9 ? "weakens" : "influences";
      std::string claim = Claim(Name(a), relation, Name(b));
      if (chance(random) < 0.3) {
        claim.pop_back();
        claim += R"(,"evidence":[{"source":"s)" + std::to_string(a % 3) +
                 R"(","quote":"q","confidence":)" + std::to_string(0.3 + 0.1 * (b % 7)) + "}]}";
      }
      claims.push_back(claim);
      if (chance(random) < 0.1) claims.push_back(Claim(Name(a), "reduces", Name(b)));
    }
  }
  for (int p = 0; p < 4; ++p) {
    const std::string policy = "policy" + std::to_string(p);
    claims.push_back(Claim(policy, "is_a", p % 2 ? "lever" : "recommendation"));
    claims.push_back(Claim(policy, "addresses", Name((p * 7 + 3) % nodes)));
  }
  std::string text;
  for (const std::string& c : claims) text += (text.empty() ? "" : ",") + c;
  return R"({"claims":[)" + text + "]}";
}

QueryResult Ask(Store& store, const std::string& statement, std::uint64_t scan_threshold) {
  grammar::ParseResult parsed = grammar::Parse(statement);
  INFO(statement);
  REQUIRE(!parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  ExecutorOptions options;
  options.scan_threshold = scan_threshold;
  Executor executor(store, options);
  auto result = executor.Execute(parsed.statements[0]);
  REQUIRE(result.ok());
  return std::move(result).value();
}

// The answer as a user reads it (JSON), and the diagram's edges as drawn,
// with their evidence's belief.
std::string Answer(const QueryResult& result) {
  std::vector<std::string> edges;
  for (const GraphEdge& e : result.diagram) {
    edges.push_back(std::to_string(e.from) + " " + std::to_string(e.relation) + " " +
                    std::to_string(e.to) + " " + std::to_string(static_cast<int>(e.polarity)) +
                    (e.evidence ? " " + std::to_string(e.evidence->belief) : ""));
  }
  std::sort(edges.begin(), edges.end());
  std::string text = cli::ResultAsJson(result, "en") + "\n";
  for (const std::string& e : edges) text += e + "\n";
  return text;
}

// What PROFILE counted under `counter`, 0 when it did not say.
std::uint64_t Counted(const QueryResult& result, const std::string& counter) {
  REQUIRE(result.profile);
  for (const PlanCounter& c : result.profile->root.counters) {
    if (c.name == counter) return c.value;
  }
  return 0;
}

void CheckBothWays(Store& store, const std::string& statement) {
  INFO(statement);
  const std::string seeking = Answer(Ask(store, statement, kNeverScan));
  const std::string scanning = Answer(Ask(store, statement, kAlwaysScan));
  CHECK(scanning == seeking);
}

TEST_CASE("a search that reads every link in one scan answers as one that seeks each node",
          "[scan_reach]") {
  std::mt19937 random(1507);
  for (int graph = 0; graph < 12; ++graph) {
    const int nodes = 12 + 3 * graph;
    testing::ScratchStore db;
    testing::MustLoad(*db.store, RandomClaims(random, nodes, 2.5 / nodes + 0.02 * (graph % 3)));
    const std::string node = Name(graph % nodes);
    for (int depth : {1, 2, 4, 7, 12}) {
      INFO("graph " << graph << " of " << nodes << " nodes");
      const std::string d = " DEPTH " + std::to_string(depth);
      CheckBothWays(*db.store, "EFFECTS OF " + node + d);
      CheckBothWays(*db.store, "CAUSES OF " + node + d);
      CheckBothWays(*db.store, "EFFECTS OF " + node + d + " LIMIT 3");
      CheckBothWays(*db.store, "CAUSES OF " + node + d + " ORDER BY belief DESC LIMIT 2");
      CheckBothWays(*db.store, "EFFECTS OF " + node + " VIA amplifies, weakens" + d);
      CheckBothWays(*db.store, "LEVERS FOR " + node + d);
      CheckBothWays(*db.store, "BLINDSPOTS FOR " + node + d);
      CheckBothWays(*db.store, "BLINDSPOTS FOR " + node + d + " LIMIT 2");
    }
  }
}

TEST_CASE("the scan threshold decides which way a search reads the links", "[scan_reach]") {
  std::mt19937 random(99);
  testing::ScratchStore db;
  testing::MustLoad(*db.store, RandomClaims(random, 30, 0.12));
  for (const char* statement : {"PROFILE EFFECTS OF n1 DEPTH 6", "PROFILE CAUSES OF n1 DEPTH 6"}) {
    INFO(statement);
    const QueryResult scanned = Ask(*db.store, statement, kAlwaysScan);
    // Every triple of the store, causal or not, in one pass.
    CHECK(Counted(scanned, "triples read in one scan") == db.store->counts().edges);
    CHECK(Counted(scanned, "adjacency lists read") == 0);
    const QueryResult sought = Ask(*db.store, statement, kNeverScan);
    CHECK(Counted(sought, "triples read in one scan") == 0);
    CHECK(Counted(sought, "links kept from an earlier scan") == 0);
    CHECK(Counted(sought, "adjacency lists read") > 0);
  }
  // With conditions on the evidence, verdicts are read a node at a time:
  // no scan, whatever the threshold.
  const QueryResult filtered =
      Ask(*db.store, "PROFILE EFFECTS OF n1 DEPTH 6 WHERE confidence >= 0.5", kAlwaysScan);
  CHECK(Counted(filtered, "triples read in one scan") == 0);
  // A store this small is never scanned by the threshold judged from its size.
  grammar::ParseResult parsed = grammar::Parse("PROFILE EFFECTS OF n1 DEPTH 12");
  REQUIRE(parsed.statements.size() == 1);
  Executor executor(*db.store, {});
  auto judged = executor.Execute(parsed.statements[0]);
  REQUIRE(judged.ok());
  CHECK(Counted(*judged, "triples read in one scan") == 0);
}

TEST_CASE("the links one scan read serve the next queries until the store is written to",
          "[scan_reach]") {
  std::mt19937 random(4242);
  testing::ScratchStore db;
  testing::MustLoad(*db.store, RandomClaims(random, 30, 0.12));
  const std::string effects = "EFFECTS OF n2 DEPTH 8";
  const QueryResult first = Ask(*db.store, "PROFILE " + effects, kAlwaysScan);
  CHECK(Counted(first, "triples read in one scan") == db.store->counts().edges);
  CHECK(Counted(first, "links kept from an earlier scan") == 0);
  const QueryResult again = Ask(*db.store, "PROFILE " + effects, kAlwaysScan);
  CHECK(Counted(again, "triples read in one scan") == 0);
  const std::uint64_t kept = Counted(again, "links kept from an earlier scan");
  CHECK(kept > 0);
  CHECK(kept < db.store->counts().edges);  // the causal links only, not is_a nor addresses
  CHECK(Answer(Ask(*db.store, effects, kAlwaysScan)) ==
        Answer(Ask(*db.store, effects, kNeverScan)));
  // LEVERS reads against the arrows: the lists CAUSES read.
  const QueryResult causes = Ask(*db.store, "PROFILE CAUSES OF n2 DEPTH 8", kAlwaysScan);
  CHECK(Counted(causes, "triples read in one scan") == db.store->counts().edges);
  const QueryResult levers = Ask(*db.store, "PROFILE LEVERS FOR n2 DEPTH 8", kAlwaysScan);
  CHECK(Counted(levers, "triples read in one scan") == 0);
  CHECK(Counted(levers, "links kept from an earlier scan") > 0);
  CHECK(Answer(Ask(*db.store, "LEVERS FOR n2 DEPTH 8", kAlwaysScan)) ==
        Answer(Ask(*db.store, "LEVERS FOR n2 DEPTH 8", kNeverScan)));
  // Other relations followed: other lists.
  const QueryResult via =
      Ask(*db.store, "PROFILE EFFECTS OF n2 VIA amplifies DEPTH 8", kAlwaysScan);
  CHECK(Counted(via, "triples read in one scan") == db.store->counts().edges);
  // A write: the store's links are read again, and the new one is followed.
  Ask(*db.store, "ADD n2 amplifies newcomer", kNeverScan);
  const QueryResult written = Ask(*db.store, "PROFILE " + effects, kAlwaysScan);
  CHECK(Counted(written, "triples read in one scan") == db.store->counts().edges);
  const std::string answer = Answer(Ask(*db.store, effects, kAlwaysScan));
  CHECK(answer.find("newcomer") != std::string::npos);
  CHECK(answer == Answer(Ask(*db.store, effects, kNeverScan)));
}

// A dense cluster behind one entry whose signs the step budget cannot settle
// (as in net_signs_test.cpp): the partial signs, which depend on the order
// chains are walked in, are the same both ways, since a scan lists each
// node's links in the order of its own prefix scan.
TEST_CASE("partial net signs are the same read either way", "[scan_reach]") {
  std::vector<std::string> claims{Claim("n0", "amplifies", "n1"), Claim("n12", "weakens", "n1"),
                                  Claim("n0", "amplifies", "n13"), Claim("n13", "weakens", "n14"),
                                  Claim("n2", "amplifies", "n15")};
  for (int k = 1; k <= 11; ++k) {
    claims.push_back(Claim(Name(k), "amplifies", "n12"));
    for (int l = 1; l <= 11; ++l) {
      if (k != l) claims.push_back(Claim(Name(k), "amplifies", Name(l)));
    }
  }
  std::string text;
  for (const std::string& c : claims) text += (text.empty() ? "" : ",") + c;
  testing::ScratchStore db;
  testing::MustLoad(*db.store, R"({"claims":[)" + text + "]}");
  const QueryResult scanned = Ask(*db.store, "EFFECTS OF n0 DEPTH 12", kAlwaysScan);
  REQUIRE(std::get<ReachResult>(scanned.body).signs_partial);
  CHECK(Answer(scanned) == Answer(Ask(*db.store, "EFFECTS OF n0 DEPTH 12", kNeverScan)));
  CheckBothWays(*db.store, "BLINDSPOTS FOR n15 DEPTH 12");
}

}  // namespace
}  // namespace causalkg
