// The chain statements with conditions on evidence, against the brute-force
// oracle of query_test_oracle: on random signed graphs whose claims carry
// random evidence (0 to 3 pieces, several sources, confidences, hedges,
// refuting pieces), each statement with WHERE and MIN BELIEF must answer as
// the same statement without them on the subgraph of the qualifying edges,
// which the oracle works out on its own: a piece meets the conditions as
// the test's own predicates say, and a claim's belief is the oracle's. And
// ORDER BY belief must order by the oracle's chain beliefs, LIMIT after it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
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

// A condition as the statement writes it, and when it holds of a piece, as
// the language's documentation says, written apart from the engine.
struct Condition {
  std::string text;
  std::function<bool(const Piece&)> holds;
};

const std::vector<Condition>& Conditions() {
  static const std::vector<Condition> conditions = {
      {"confidence >= 0.5", [](const Piece& p) { return p.confidence && *p.confidence >= 0.5; }},
      {"confidence < 0.8", [](const Piece& p) { return p.confidence && *p.confidence < 0.8; }},
      {"confidence = none", [](const Piece& p) { return !p.confidence; }},
      {"modality != can", [](const Piece& p) { return p.modality != "can"; }},
      {"modality = none", [](const Piece& p) { return p.modality.empty(); }},
      {"modality IN (can, is)", [](const Piece& p) { return !p.modality.empty(); }},
      {"source = s1", [](const Piece& p) { return p.source == "s1"; }},
      {"source NOT IN (s2, none)",
       [](const Piece& p) { return p.source != "s2" && !p.source.empty(); }},
      {"source IN ('s1', s3)", [](const Piece& p) { return p.source == "s1" || p.source == "s3"; }},
      {"stance = refutes", [](const Piece& p) { return p.refutes; }},
      {"stance <> refutes", [](const Piece& p) { return !p.refutes; }},
  };
  return conditions;
}

// A random filter: up to two conditions and perhaps MIN BELIEF, at least one
// of them.
struct Filter {
  std::vector<const Condition*> conditions;
  std::optional<double> min_belief;

  std::string Clause() const {
    std::string clause;
    for (std::size_t i = 0; i < conditions.size(); ++i)
      clause += (i == 0 ? " WHERE " : " AND ") + conditions[i]->text;
    if (min_belief) {
      std::ostringstream belief;
      belief << *min_belief;
      clause += " MIN BELIEF " + belief.str();
    }
    return clause;
  }

  bool Qualifies(const std::vector<Piece>& pieces) const {
    if (min_belief && OracleBelief(pieces) < *min_belief - 1e-9) return false;
    if (conditions.empty()) return true;
    return std::any_of(pieces.begin(), pieces.end(), [&](const Piece& p) {
      return std::all_of(conditions.begin(), conditions.end(),
                         [&](const Condition* c) { return c->holds(p); });
    });
  }
};

Filter ChooseFilter(std::mt19937& rng) {
  Filter filter;
  const std::size_t n = rng() % 3;
  for (std::size_t i = 0; i < n; ++i)
    filter.conditions.push_back(&Conditions()[rng() % Conditions().size()]);
  const double beliefs[] = {0.3, 0.5, 0.65, 0.7};
  if (n == 0 || rng() % 3 == 0) filter.min_belief = beliefs[rng() % 4];
  return filter;
}

// The graph with only the edges whose evidence qualifies.
SignedGraph Subgraph(const SignedGraph& g, const std::vector<std::vector<Piece>>& evidence,
                     const Filter& filter) {
  SignedGraph sub = g;
  sub.edges.clear();
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    if (filter.Qualifies(evidence[i])) sub.edges.push_back(g.edges[i]);
  }
  return sub;
}

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

// The oracle's belief of each claim, by "from relation to".
class Beliefs {
 public:
  Beliefs(const SignedGraph& g, const std::vector<std::vector<Piece>>& evidence) {
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
      const CausalEdge& e = g.edges[i];
      of_[e.from + " " + e.relation + " " + e.to] = OracleBelief(evidence[i]);
    }
  }

  // A chain's (a loop's closes on its first node): the product of its steps'.
  double Of(const json& path) const {
    const std::vector<std::string> nodes = Strings(path["nodes"]);
    double belief = 1;
    for (std::size_t i = 0; i < path["steps"].size(); ++i) {
      const std::string& to = i + 1 < nodes.size() ? nodes[i + 1] : nodes.front();
      belief *= of_.at(nodes[i] + " " + path["steps"][i]["relation"].get<std::string>() + " " + to);
    }
    return belief;
  }

 private:
  std::map<std::string, double> of_;
};

// Each belief at most the one before it (ascending: at least).
bool Ordered(const std::vector<double>& beliefs, bool descending) {
  for (std::size_t i = 1; i < beliefs.size(); ++i) {
    if (descending ? beliefs[i] > beliefs[i - 1] + 1e-12 : beliefs[i] < beliefs[i - 1] - 1e-12)
      return false;
  }
  return true;
}

TEST_CASE("chain statements with evidence conditions answer as on the subgraph of qualifying steps",
          "[brute][evidence]") {
  const unsigned seed = GENERATE(range(1u, 26u));
  const bool unknown_links = GENERATE(false, true);
  const SignedGraph g = RandomGraph(seed, unknown_links);
  const auto evidence = RandomEvidence(g, seed);
  INFO("seed " << seed << (unknown_links ? " with links of unknown sign" : "") << ": "
               << g.Describe());
  JsonEngine engine(DocumentWithEvidence(g, evidence));
  std::mt19937 rng(seed * 31337u);
  std::vector<std::string> causal;
  for (const std::string& n : g.nodes) {
    if (!g.IsPolicy(n)) causal.push_back(n);
  }

  for (const std::string& from : g.nodes) {
    for (const std::string& to : g.nodes) {
      if (from == to) continue;
      const Filter filter = ChooseFilter(rng);
      const SignedGraph sub = Subgraph(g, evidence, filter);
      INFO("filter" << filter.Clause() << ", steps kept: " << sub.Describe());
      {
        const std::string statement =
            "PATHS FROM " + from + " TO " + to + filter.Clause() + " LIMIT 1000000";
        INFO(statement);
        const json result = engine.Query(statement);
        std::set<std::string> listed, wanted;
        for (const json& p : result["paths"]) listed.insert(EnginePathText(p));
        for (const auto& [text, length] : BrutePaths(sub.edges, from, to, 4)) wanted.insert(text);
        CHECK(listed == wanted);
        CHECK(result["paths"].size() == wanted.size());
      }
      {
        const std::string statement = "SHORTEST FROM " + from + " TO " + to + filter.Clause();
        INFO(statement);
        const json result = engine.Query(statement);
        const auto all = BrutePaths(sub.edges, from, to, 12);
        if (all.empty()) {
          CHECK(result["paths"].empty());
        } else {
          int fewest = 12;
          for (const auto& [text, length] : all) fewest = std::min(fewest, length);
          REQUIRE(result["paths"].size() == 1);
          CHECK(static_cast<int>(result["paths"][0]["steps"].size()) == fewest);
          CHECK(all.count(EnginePathText(result["paths"][0])) == 1);
        }
      }
    }
  }
  for (const std::string& node : g.nodes) {
    const Filter filter = ChooseFilter(rng);
    const SignedGraph sub = Subgraph(g, evidence, filter);
    INFO("filter" << filter.Clause() << ", steps kept: " << sub.Describe());
    for (const bool upstream : {false, true}) {
      const std::string statement =
          std::string(upstream ? "CAUSES OF " : "EFFECTS OF ") + node + filter.Clause();
      INFO(statement);
      const json result = engine.Query(statement);
      std::set<std::string> listed, wanted;
      for (const auto& [n, r] : BruteReach(sub.edges, node, 4, upstream))
        wanted.insert(ReachText(n, r.distance, r.signs));
      for (const json& n : result["nodes"])
        listed.insert(ReachText(n["id"], n["distance"], SignsOf(n["signs"])));
      CHECK(listed == wanted);
    }
    {
      const std::string statement = "LOOPS THROUGH " + node + filter.Clause() + " LIMIT 1000000";
      INFO(statement);
      const json result = engine.Query(statement);
      std::set<std::string> listed;
      for (const json& p : result["paths"]) listed.insert(EngineCycleText(p));
      CHECK(listed == BruteLoops(sub, 4, node));
    }
  }
  for (const std::string& target : causal) {
    const Filter filter = ChooseFilter(rng);
    const SignedGraph sub = Subgraph(g, evidence, filter);
    INFO("filter" << filter.Clause() << ", steps kept: " << sub.Describe());
    {
      const std::string statement = "LEVERS FOR " + target + filter.Clause();
      INFO(statement);
      const json result = engine.Query(statement);
      std::set<std::string> listed;
      for (const json& l : result["levers"]) {
        listed.insert(l["lever"].get<std::string>() + " " + l["relation"].get<std::string>() + " " +
                      ReachText(l["target"], l["distance"], SignsOf(l["signs"])) +
                      (l["recommended"].get<bool>() ? " recommended" : " in place"));
      }
      CHECK(listed == BruteLevers(sub, target, 4));
    }
    {
      const std::string statement = "BLINDSPOTS FOR " + target + filter.Clause();
      INFO(statement);
      const json result = engine.Query(statement);
      std::set<std::string> listed, wanted;
      for (const json& n : result["nodes"]) {
        std::string text = ReachText(n["id"], n["distance"], SignsOf(n["signs"])) + " for:";
        auto recommendations = Strings(n["recommendations"]);
        std::sort(recommendations.begin(), recommendations.end());
        for (const std::string& r : recommendations) text += " " + r;
        listed.insert(text);
      }
      for (const auto& [text, distance] : BruteBlindspots(sub, target, 4)) wanted.insert(text);
      CHECK(listed == wanted);
    }
  }
  const Filter filter = ChooseFilter(rng);
  const SignedGraph sub = Subgraph(g, evidence, filter);
  const std::string statement = "LOOPS" + filter.Clause() + " LIMIT 1000000";
  INFO(statement << ", steps kept: " << sub.Describe());
  const json result = engine.Query(statement);
  std::set<std::string> listed;
  for (const json& p : result["paths"]) listed.insert(EngineCycleText(p));
  CHECK(listed == BruteLoops(sub, 4, std::nullopt));
}

TEST_CASE("CONTRADICTIONS CHAINS with evidence conditions pairs the chains of the qualifying steps",
          "[brute][evidence]") {
  const unsigned seed = GENERATE(range(1u, 16u));
  const SignedGraph g = RandomGraph(seed);
  const auto evidence = RandomEvidence(g, seed);
  INFO("seed " << seed << ": " << g.Describe());
  JsonEngine engine(DocumentWithEvidence(g, evidence));
  const Beliefs beliefs(g, evidence);
  std::mt19937 rng(seed * 4241u);
  for (const std::string& from : g.nodes) {
    for (const std::string& to : g.nodes) {
      if (from == to) continue;
      const Filter filter = ChooseFilter(rng);
      const SignedGraph sub = Subgraph(g, evidence, filter);
      const std::string statement =
          "CONTRADICTIONS CHAINS FROM " + from + " TO " + to + filter.Clause();
      INFO(statement << ", steps kept: " << sub.Describe());
      const json result = engine.Query(statement);
      std::vector<std::string> plus, minus;
      for (const auto& [text, length] : BrutePaths(sub.edges, from, to, 4)) {
        if (text.ends_with("net +")) plus.push_back(text);
        if (text.ends_with("net -")) minus.push_back(text);
      }
      std::set<std::string> wanted, listed;
      for (const std::string& p : plus) {
        for (const std::string& m : minus) wanted.insert(p + " | " + m);
      }
      for (const json& pair : result["contradictions"]) {
        listed.insert(EnginePathText(pair["side"]["chain"]) + " | " +
                      EnginePathText(pair["against"]["chain"]));
        CHECK(pair["side"]["belief"].get<double>() ==
              Approx(beliefs.Of(pair["side"]["chain"])).epsilon(1e-9));
      }
      CHECK(listed == wanted);
    }
  }
}

TEST_CASE("ORDER BY belief orders every chain found by the product of its steps' beliefs",
          "[brute][evidence]") {
  const unsigned seed = GENERATE(range(1u, 21u));
  const SignedGraph g = RandomGraph(seed);
  const auto evidence = RandomEvidence(g, seed);
  INFO("seed " << seed << ": " << g.Describe());
  JsonEngine engine(DocumentWithEvidence(g, evidence));
  const Beliefs beliefs(g, evidence);
  std::mt19937 rng(seed * 7057u);
  int cut = 0;
  for (const std::string& from : g.nodes) {
    for (const std::string& to : g.nodes) {
      if (from == to) continue;
      const auto all = BrutePaths(g.edges, from, to, 4);
      const bool descending = rng() % 3 != 0;
      const std::string order = descending ? " ORDER BY belief" : " ORDER BY belief ASC";
      {
        const std::string statement = "PATHS FROM " + from + " TO " + to + order;
        INFO(statement);
        const json result = engine.Query(statement);
        std::vector<double> listed;
        std::set<std::string> texts;
        for (const json& p : result["paths"]) {
          listed.push_back(beliefs.Of(p));
          texts.insert(EnginePathText(p));
        }
        CHECK(Ordered(listed, descending));
        CHECK(texts.size() == all.size());
      }
      if (all.size() >= 2) {
        // LIMIT keeps the first in that order: none left out is before one kept.
        const std::size_t limit = 1 + rng() % (all.size() - 1);
        const std::string statement =
            "PATHS FROM " + from + " TO " + to + order + " LIMIT " + std::to_string(limit);
        INFO(statement);
        const json result = engine.Query(statement);
        REQUIRE(result["paths"].size() == limit);
        CHECK(result["truncated"] == true);
        std::set<std::string> kept;
        double last = descending ? 2 : -1;
        for (const json& p : result["paths"]) {
          kept.insert(EnginePathText(p));
          last = descending ? std::min(last, beliefs.Of(p)) : std::max(last, beliefs.Of(p));
        }
        const json everything = engine.Query("PATHS FROM " + from + " TO " + to);
        for (const json& p : everything["paths"]) {
          if (kept.count(EnginePathText(p))) continue;
          if (descending)
            CHECK(beliefs.Of(p) <= last + 1e-12);
          else
            CHECK(beliefs.Of(p) >= last - 1e-12);
        }
        ++cut;
      }
      {
        // Of the chains of fewest steps, the most (least) believable.
        const std::string statement = "SHORTEST FROM " + from + " TO " + to + order;
        INFO(statement);
        const json result = engine.Query(statement);
        const auto every = BrutePaths(g.edges, from, to, 12);
        if (every.empty()) {
          CHECK(result["paths"].empty());
          continue;
        }
        int fewest = 12;
        for (const auto& [text, length] : every) fewest = std::min(fewest, length);
        REQUIRE(result["paths"].size() == 1);
        const json& chosen = result["paths"][0];
        CHECK(static_cast<int>(chosen["steps"].size()) == fewest);
        CHECK(every.count(EnginePathText(chosen)) == 1);
        const json shortest = engine.Query("PATHS FROM " + from + " TO " + to + " DEPTH " +
                                           std::to_string(fewest) + " LIMIT 1000000");
        for (const json& p : shortest["paths"]) {
          if (static_cast<int>(p["steps"].size()) != fewest) continue;
          if (descending)
            CHECK(beliefs.Of(p) <= beliefs.Of(chosen) + 1e-12);
          else
            CHECK(beliefs.Of(p) >= beliefs.Of(chosen) - 1e-12);
        }
      }
    }
  }
  CHECK(cut > 0);
  const json loops = engine.Query("LOOPS ORDER BY belief LIMIT 1000000");
  std::vector<double> listed;
  for (const json& p : loops["paths"]) listed.push_back(beliefs.Of(p));
  CHECK(Ordered(listed, true));
  CHECK(loops["paths"].size() == BruteLoops(g, 4, std::nullopt).size());
}

}  // namespace
}  // namespace causalkg
