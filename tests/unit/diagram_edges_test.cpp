// The diagram of an answer draws the links between its nodes that the
// search read. A few nodes among many ids are looked up by binary search,
// most of the graph in a flat array by id: either way the same links are
// drawn. The same claims are loaded into a store where they hold the first
// ids and into one where thousands of other terms came first.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "engine/exec/executor.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

std::string Claim(const std::string& subject, const std::string& relation,
                  const std::string& object) {
  return R"({"subject":")" + subject + R"(","relation":")" + relation + R"(","object":")" + object +
         R"("})";
}

std::string Claims(const std::vector<std::string>& claims) {
  std::string text;
  for (const std::string& c : claims) text += (text.empty() ? "" : ",") + c;
  return R"({"claims":[)" + text + "]}";
}

// A random signed graph with cycles and two levers, its first six nodes
// on a chain so that each is there to be asked about.
std::vector<std::string> RandomGraph(std::mt19937& random, int nodes) {
  std::uniform_real_distribution<double> chance(0, 1);
  std::vector<std::string> claims;
  for (int a = 0; a < 5; ++a) {
    claims.push_back(Claim("n" + std::to_string(a), "increases", "n" + std::to_string(a + 1)));
  }
  for (int a = 0; a < nodes; ++a) {
    for (int b = 0; b < nodes; ++b) {
      if (a == b || chance(random) >= 2.2 / nodes) continue;
      claims.push_back(Claim("n" + std::to_string(a), chance(random) < 0.5 ? "amplifies" : "weakens",
                             "n" + std::to_string(b)));
    }
  }
  for (int p = 0; p < 2; ++p) {
    claims.push_back(Claim("lever" + std::to_string(p), "is_a", "lever"));
    claims.push_back(Claim("lever" + std::to_string(p), "addresses", "n" + std::to_string(p * 5)));
  }
  return claims;
}

// The diagram's links by name, sorted.
std::vector<std::string> DrawnLinks(Store& store, const std::string& statement) {
  grammar::ParseResult parsed = grammar::Parse(statement);
  INFO(statement);
  REQUIRE(!parsed.error);
  Executor executor(store, ExecutorOptions{});
  auto result = executor.Execute(parsed.statements[0]);
  REQUIRE(result.ok());
  std::vector<std::string> links;
  for (const GraphEdge& e : result.value().diagram) {
    links.push_back(store.TermName(e.from).value() + " " + store.TermName(e.relation).value() +
                    " " + store.TermName(e.to).value());
  }
  std::sort(links.begin(), links.end());
  return links;
}

TEST_CASE("a diagram draws the same links whether its nodes hold the first ids or come after "
          "thousands of others",
          "[diagram]") {
  std::vector<std::string> others;
  for (int i = 0; i < 6000; ++i) {
    others.push_back(Claim("other" + std::to_string(i), "amplifies", "other" + std::to_string(i + 1)));
  }
  std::mt19937 random(2211);
  for (int graph = 0; graph < 8; ++graph) {
    const auto claims = RandomGraph(random, 10 + 4 * graph);
    testing::ScratchStore first, after;
    testing::MustLoad(*first.store, Claims(claims));
    testing::MustLoad(*after.store, Claims(others));
    testing::MustLoad(*after.store, Claims(claims));
    REQUIRE(testing::IdOf(*after.store, "n0") > 6000);
    for (const char* statement :
         {"EFFECTS OF n0 DEPTH 2", "CAUSES OF n1 DEPTH 3", "EFFECTS OF n2 DEPTH 12",
          "LEVERS FOR n3 DEPTH 4", "BLINDSPOTS FOR n4 DEPTH 3"}) {
      INFO("graph " << graph);
      const auto drawn = DrawnLinks(*first.store, statement);
      CHECK(DrawnLinks(*after.store, statement) == drawn);
    }
  }
}

}  // namespace
}  // namespace causalkg
