// The chain statements against the arrows (CAUSES, SHORTEST's backward
// half, LEVERS, BLINDSPOTS) with a condition on the quote, against the
// brute-force oracle of query_test_oracle: the evidence of the claims into a
// node is read in one scan of the evidence kept by object, which leaves the
// quote out, so a condition on the quote reads each incoming claim's
// evidence instead; either way a step qualifies as the oracle says.
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>

#include "json_engine.hpp"
#include "query_test_oracle.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using testing::JsonEngine;
using testing::SignsOf;
using testing::Strings;

std::string EnginePathText(const json& p) {
  std::vector<std::string> relations, signs;
  for (const json& s : p["steps"]) {
    relations.push_back(s["relation"]);
    signs.push_back(s["sign"]);
  }
  return testing::ChainText(Strings(p["nodes"]), relations, signs, p["sign"]);
}

// A condition on the quote (DocumentWithEvidence quotes the pieces "piece 1",
// "piece 2", ... in the order of the edges), perhaps with one on another
// field, and which pieces it keeps, numbered so.
struct QuoteFilter {
  std::string clause;
  std::set<int> quotes;  // IN these, or NOT IN them
  bool negated = false;
  std::optional<double> min_confidence;

  bool Holds(int quote, const testing::Piece& piece) const {
    if (min_confidence && !(piece.confidence && *piece.confidence >= *min_confidence)) return false;
    return quotes.count(quote) != negated;
  }
};

QuoteFilter ChooseQuoteFilter(std::mt19937& rng, int pieces) {
  QuoteFilter filter;
  filter.negated = rng() % 3 == 0;
  std::string list;
  for (int q = 1; q <= pieces; ++q) {
    if (rng() % 2 != 0) continue;
    filter.quotes.insert(q);
    list += std::string(list.empty() ? "" : ", ") + "'piece " + std::to_string(q) + "'";
  }
  if (list.empty()) {
    filter.quotes.insert(1);
    list = "'piece 1'";
  }
  filter.clause =
      std::string(" WHERE quote ") + (filter.negated ? "NOT IN" : "IN") + " (" + list + ")";
  if (rng() % 2 == 0) {
    filter.min_confidence = 0.5;
    filter.clause += " AND confidence >= 0.5";
  }
  return filter;
}

TEST_CASE("chain statements against the arrows with a condition on the quote keep the right steps",
          "[brute][evidence]") {
  const unsigned seed = GENERATE(range(1u, 13u));
  const testing::SignedGraph g = testing::RandomGraph(seed);
  const auto evidence = testing::RandomEvidence(g, seed);
  INFO("seed " << seed << ": " << g.Describe());
  JsonEngine engine(testing::DocumentWithEvidence(g, evidence));
  int pieces = 0;
  for (const auto& edge_pieces : evidence) pieces += static_cast<int>(edge_pieces.size());
  std::mt19937 rng(seed * 7919u);

  auto subgraph = [&](const QuoteFilter& filter) {
    testing::SignedGraph sub = g;
    sub.edges.clear();
    int quote = 0;
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
      bool kept = false;
      for (const testing::Piece& piece : evidence[i]) kept = filter.Holds(++quote, piece) || kept;
      if (kept) sub.edges.push_back(g.edges[i]);
    }
    return sub;
  };

  for (const std::string& node : g.nodes) {
    const QuoteFilter filter = ChooseQuoteFilter(rng, pieces);
    const testing::SignedGraph sub = subgraph(filter);
    INFO("filter" << filter.clause << ", steps kept: " << sub.Describe());
    {
      const std::string statement = "CAUSES OF " + node + filter.clause;
      INFO(statement);
      const json result = engine.Query(statement);
      std::set<std::string> listed, wanted;
      for (const auto& [n, r] : testing::BruteReach(sub.edges, node, 4, /*upstream=*/true))
        wanted.insert(testing::ReachText(n, r.distance, r.signs));
      for (const json& n : result["nodes"])
        listed.insert(testing::ReachText(n["id"], n["distance"], SignsOf(n["signs"])));
      CHECK(listed == wanted);
    }
    for (const std::string& to : g.nodes) {
      if (to == node) continue;
      const std::string statement = "SHORTEST FROM " + node + " TO " + to + filter.clause;
      INFO(statement);
      const json result = engine.Query(statement);
      const auto all = testing::BrutePaths(sub.edges, node, to, 12);
      if (all.empty()) {
        CHECK(result["paths"].empty());
        continue;
      }
      int fewest = 12;
      for (const auto& [text, length] : all) fewest = std::min(fewest, length);
      REQUIRE(result["paths"].size() == 1);
      CHECK(static_cast<int>(result["paths"][0]["steps"].size()) == fewest);
      CHECK(all.count(EnginePathText(result["paths"][0])) == 1);
    }
    if (g.IsPolicy(node)) continue;
    {
      const std::string statement = "LEVERS FOR " + node + filter.clause;
      INFO(statement);
      const json result = engine.Query(statement);
      std::set<std::string> listed;
      for (const json& l : result["levers"]) {
        listed.insert(l["lever"].get<std::string>() + " " + l["relation"].get<std::string>() + " " +
                      testing::ReachText(l["target"], l["distance"], SignsOf(l["signs"])) +
                      (l["recommended"].get<bool>() ? " recommended" : " in place"));
      }
      CHECK(listed == testing::BruteLevers(sub, node, 4));
    }
    {
      const std::string statement = "BLINDSPOTS FOR " + node + filter.clause;
      INFO(statement);
      const json result = engine.Query(statement);
      std::set<std::string> listed, wanted;
      for (const json& n : result["nodes"]) {
        std::string text =
            testing::ReachText(n["id"], n["distance"], SignsOf(n["signs"])) + " for:";
        auto recommendations = Strings(n["recommendations"]);
        std::sort(recommendations.begin(), recommendations.end());
        for (const std::string& r : recommendations) text += " " + r;
        listed.insert(text);
      }
      for (const auto& [text, distance] : testing::BruteBlindspots(sub, node, 4))
        wanted.insert(text);
      CHECK(listed == wanted);
    }
  }
}

}  // namespace
}  // namespace causalkg
