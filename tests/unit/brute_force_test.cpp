// The chain statements against the brute-force oracle of query_test_oracle:
// on random signed graphs (parallel edges of opposite sign, self-loops,
// cycles, levers and recommendations), with and without links of unknown
// sign (`?`: built in, and declared), every answer the engine gives as
// JSON, through the StatementRunner a user's statements go through, must
// equal what the enumeration of all simple edge sequences finds: chains
// and their net signs, SIGN + / - / ?, sign sets, and loops R, B and U.
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "json_engine.hpp"
#include "query_test_oracle.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using namespace testing;

std::string EnginePathText(const json& p) {
  std::vector<std::string> relations, signs;
  for (const json& s : p["steps"]) {
    relations.push_back(s["relation"]);
    signs.push_back(s["sign"]);
  }
  return ChainText(Strings(p["nodes"]), relations, signs, p["sign"]);
}

std::string EngineCycleText(const json& p) {
  std::vector<std::string> steps;
  for (const json& s : p["steps"])
    steps.push_back(s["relation"].get<std::string>() + " " + s["sign"].get<std::string>());
  return CycleText(Strings(p["nodes"]), steps, p["type"]);
}

// A depth for each statement: 1 to 6, or none (the default, 4).
struct DepthChoice {
  int depth;
  std::string clause;
};

DepthChoice ChooseDepth(std::mt19937& rng) {
  const int pick = static_cast<int>(rng() % 7);
  if (pick == 0) return {4, ""};
  return {pick, " DEPTH " + std::to_string(pick)};
}

// One of the net signs a SIGN option takes.
std::string ChooseSign(std::mt19937& rng) {
  static const char* const kSigns[] = {"+", "-", "?"};
  return kSigns[rng() % 3];
}

void CheckPaths(JsonEngine& engine, const std::string& from, const std::string& to, int depth,
                const std::string& options, const std::vector<CausalEdge>& edges,
                const std::optional<std::string>& sign) {
  const std::string statement = "PATHS FROM " + from + " TO " + to + options + " LIMIT 1000000";
  INFO(statement);
  const json result = engine.Query(statement);
  std::map<std::string, int> expected = BrutePaths(edges, from, to, depth);
  if (sign) {
    const std::string net = "  net " + *sign;
    std::erase_if(expected, [&](const auto& p) { return !p.first.ends_with(net); });
  }
  std::set<std::string> wanted;
  for (const auto& [text, length] : expected) wanted.insert(text);
  std::vector<std::string> listed;
  std::vector<int> lengths;
  for (const json& p : result["paths"]) {
    listed.push_back(EnginePathText(p));
    lengths.push_back(static_cast<int>(p["steps"].size()));
  }
  CHECK(std::set<std::string>(listed.begin(), listed.end()) == wanted);
  CHECK(listed.size() == wanted.size());                  // each path once
  CHECK(std::is_sorted(lengths.begin(), lengths.end()));  // shortest first
  CHECK(result["truncated"] == false);
}

void CheckShortest(JsonEngine& engine, const SignedGraph& g, const std::string& from,
                   const std::string& to) {
  const std::string statement = "SHORTEST FROM " + from + " TO " + to;
  INFO(statement);
  const json result = engine.Query(statement);
  std::optional<int> fewest;
  for (const auto& [text, length] : BrutePaths(g.edges, from, to, 12))
    fewest = std::min(fewest.value_or(length), length);
  if (!fewest) {
    CHECK(result["paths"].empty());
    return;
  }
  REQUIRE(result["paths"].size() == 1);
  const json& path = result["paths"][0];
  CHECK(static_cast<int>(path["steps"].size()) == *fewest);
  // The path given is one of the simple paths from `from` to `to`.
  CHECK(BrutePaths(g.edges, from, to, 12).count(EnginePathText(path)) == 1);
}

// With `sign`, only the nodes some chain of that net sign reaches.
void CheckReach(JsonEngine& engine, const SignedGraph& g, const std::string& node, bool upstream,
                int depth, const std::string& options, const std::optional<std::string>& sign) {
  const std::string statement = std::string(upstream ? "CAUSES OF " : "EFFECTS OF ") + node +
                                options + (sign ? " SIGN " + *sign : "");
  INFO(statement);
  const json result = engine.Query(statement);
  std::set<std::string> wanted, listed;
  for (const auto& [n, r] : BruteReach(g.edges, node, depth, upstream)) {
    if (!sign || r.signs.count(*sign)) wanted.insert(ReachText(n, r.distance, r.signs));
  }
  for (const json& n : result["nodes"])
    listed.insert(ReachText(n["id"], n["distance"], SignsOf(n["signs"])));
  CHECK(listed == wanted);
  CHECK(result["nodes"].size() == wanted.size());
  CHECK(result["truncated"] == false);
}

void CheckLoops(JsonEngine& engine, const SignedGraph& g, const std::optional<std::string>& through,
                int depth, const std::string& options) {
  const std::string statement =
      "LOOPS" + (through ? " THROUGH " + *through : std::string()) + options + " LIMIT 1000000";
  INFO(statement);
  const json result = engine.Query(statement);
  std::set<std::string> listed;
  for (const json& p : result["paths"]) listed.insert(EngineCycleText(p));
  CHECK(listed == BruteLoops(g, depth, through));
  CHECK(result["paths"].size() == listed.size());  // each cycle once
  CHECK(result["truncated"] == false);
}

void CheckLevers(JsonEngine& engine, const SignedGraph& g, const std::string& target, int depth,
                 const std::string& options) {
  const std::string statement = "LEVERS FOR " + target + options;
  INFO(statement);
  const json result = engine.Query(statement);
  std::set<std::string> listed;
  for (const json& l : result["levers"]) {
    listed.insert(l["lever"].get<std::string>() + " " + l["relation"].get<std::string>() + " " +
                  ReachText(l["target"], l["distance"], SignsOf(l["signs"])) +
                  (l["recommended"].get<bool>() ? " recommended" : " in place"));
  }
  CHECK(listed == BruteLevers(g, target, depth));
  CHECK(result["levers"].size() == listed.size());
}

void CheckBlindspots(JsonEngine& engine, const SignedGraph& g, const std::string& target, int depth,
                     const std::string& options) {
  const std::string statement = "BLINDSPOTS FOR " + target + options;
  INFO(statement);
  const json result = engine.Query(statement);
  std::set<std::string> listed, wanted;
  std::vector<int> distances;
  for (const json& n : result["nodes"]) {
    std::string text = ReachText(n["id"], n["distance"], SignsOf(n["signs"])) + " for:";
    auto recommendations = Strings(n["recommendations"]);
    std::sort(recommendations.begin(), recommendations.end());
    for (const std::string& r : recommendations) text += " " + r;
    listed.insert(text);
    distances.push_back(n["distance"]);
  }
  for (const auto& [text, distance] : BruteBlindspots(g, target, depth)) wanted.insert(text);
  CHECK(listed == wanted);
  CHECK(result["nodes"].size() == listed.size());
  CHECK(std::is_sorted(distances.rbegin(), distances.rend()));  // farthest upstream first
}

TEST_CASE("chain statements agree with a brute-force enumeration on random signed graphs",
          "[brute]") {
  const unsigned seed = GENERATE(range(1u, 31u));
  const bool unknown_links = GENERATE(false, true);
  const SignedGraph g = RandomGraph(seed, unknown_links);
  INFO("seed " << seed << (unknown_links ? " with links of unknown sign" : "") << ": "
               << g.Describe());
  JsonEngine engine(g.Document());
  std::mt19937 rng(seed * 7919u);
  std::vector<std::string> causal;
  for (const std::string& n : g.nodes) {
    if (!g.IsPolicy(n)) causal.push_back(n);
  }

  for (const std::string& from : g.nodes) {
    for (const std::string& to : g.nodes) {
      if (from == to) continue;
      const DepthChoice d = ChooseDepth(rng);
      CheckPaths(engine, from, to, d.depth, d.clause, g.edges, std::nullopt);
      CheckShortest(engine, g, from, to);
      if (rng() % 4 == 0) {
        const std::string sign = ChooseSign(rng);
        CheckPaths(engine, from, to, d.depth, d.clause + " SIGN " + sign, g.edges, sign);
      }
      if (rng() % 4 == 0) {
        // Two of the relations in the graph.
        const std::string first = g.edges[rng() % g.edges.size()].relation;
        const std::string second = g.edges[rng() % g.edges.size()].relation;
        const std::vector<std::string> via = {first, second};
        CheckPaths(engine, from, to, d.depth, d.clause + " VIA " + first + ", " + second,
                   Via(g.edges, via), std::nullopt);
      }
    }
  }
  for (const std::string& node : g.nodes) {
    const DepthChoice down = ChooseDepth(rng), up = ChooseDepth(rng), loops = ChooseDepth(rng);
    CheckReach(engine, g, node, false, down.depth, down.clause, std::nullopt);
    CheckReach(engine, g, node, true, up.depth, up.clause, std::nullopt);
    CheckReach(engine, g, node, rng() % 2 == 0, down.depth, down.clause, ChooseSign(rng));
    CheckLoops(engine, g, node, loops.depth, loops.clause);
  }
  for (const std::string& target : causal) {
    const DepthChoice levers = ChooseDepth(rng), blindspots = ChooseDepth(rng);
    CheckLevers(engine, g, target, levers.depth, levers.clause);
    CheckBlindspots(engine, g, target, blindspots.depth, blindspots.clause);
  }
  const DepthChoice loops = ChooseDepth(rng);
  CheckLoops(engine, g, std::nullopt, loops.depth, loops.clause);
  CheckLoops(engine, g, std::nullopt, 6, " DEPTH 6");
}

TEST_CASE("LIMIT 1 keeps one shortest path and says that there were more", "[brute]") {
  const unsigned seed = GENERATE(range(1u, 31u));
  const SignedGraph g = RandomGraph(seed);
  INFO("seed " << seed << ": " << g.Describe());
  JsonEngine engine(g.Document());
  int cut = 0;
  for (const std::string& from : g.nodes) {
    for (const std::string& to : g.nodes) {
      if (from == to) continue;
      const auto all = BrutePaths(g.edges, from, to, 4);
      if (all.empty()) continue;
      const std::string statement = "PATHS FROM " + from + " TO " + to + " LIMIT 1";
      INFO(statement);
      const json result = engine.Query(statement);
      REQUIRE(result["paths"].size() == 1);
      CHECK(result["truncated"] == (all.size() > 1));
      int fewest = 4;
      for (const auto& [text, length] : all) fewest = std::min(fewest, length);
      CHECK(static_cast<int>(result["paths"][0]["steps"].size()) == fewest);
      CHECK(all.count(EnginePathText(result["paths"][0])) == 1);
      cut += all.size() > 1;
    }
  }
  CHECK(cut > 0);  // the graph had pairs with several paths
}

// SIGN chooses which loops are listed; LIMIT then counts those, as PATHS
// counts only the paths of the asked sign.
TEST_CASE("LOOPS with SIGN and LIMIT 1 lists one loop of that sign when there is one", "[brute]") {
  const unsigned seed = GENERATE(range(1u, 31u));
  const bool unknown_links = GENERATE(false, true);
  const SignedGraph g = RandomGraph(seed, unknown_links);
  INFO("seed " << seed << (unknown_links ? " with links of unknown sign" : "") << ": "
               << g.Describe());
  JsonEngine engine(g.Document());
  const std::pair<std::string, std::string> signs[] = {{"R", "+"}, {"B", "-"}, {"U", "?"}};
  for (const auto& [type, sign] : signs) {
    std::set<std::string> of_type;
    for (const std::string& loop : BruteLoops(g, 4, std::nullopt)) {
      if (loop.substr(0, 1) == type) of_type.insert(loop);
    }
    // Each graph with links of unknown sign has a U loop: its `?` self-loop.
    if (unknown_links && type == "U") CHECK_FALSE(of_type.empty());
    const std::string statement = "LOOPS SIGN " + sign + " LIMIT 1";
    INFO(statement);
    const json result = engine.Query(statement);
    CHECK(result["paths"].size() == std::min<std::size_t>(of_type.size(), 1));
    CHECK(result["truncated"] == (of_type.size() > 1));
    for (const json& p : result["paths"]) CHECK(of_type.count(EngineCycleText(p)) == 1);
  }
}

}  // namespace
}  // namespace causalkg
