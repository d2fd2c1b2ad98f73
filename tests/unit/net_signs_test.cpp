// EFFECTS, CAUSES, LEVERS and BLINDSPOTS give each node the net signs of
// all its simple chains within the depth, exactly, also where the chains go
// round cycles; only nodes whose signs a budget could not settle are marked.
#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>

#include "cli/statement_runner.hpp"
#include "signed_links.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::ClaimsOf;
using testing::Link;
using testing::Name;

// A random signed graph of `nodes` nodes: with `cycles`, any direction;
// without, only from a lower number to a higher one.
std::vector<Link> RandomGraph(std::mt19937& random, int nodes, double density, bool cycles) {
  std::vector<Link> links;
  std::uniform_real_distribution<double> chance(0, 1);
  for (int a = 0; a < nodes; ++a) {
    for (int b = 0; b < nodes; ++b) {
      if (a == b || (!cycles && a > b) || chance(random) >= density) continue;
      const double kind = chance(random);
      links.push_back({a, b, kind < 0.45 ? 1 : kind < 0.9 ? -1 : 0});
      // Now and then a second claim between the same nodes of another sign.
      if (chance(random) < 0.1) links.push_back({a, b, kind < 0.45 ? -1 : 1});
    }
  }
  return links;
}

using Expected = testing::ChainsTo;

nlohmann::json Ask(Store& store, const std::string& statement) {
  std::ostringstream out, err;
  cli::StatementRunner runner(store, out, err);
  runner.set_format(cli::OutputFormat::kJson);
  INFO(statement << "\n" << err.str());
  REQUIRE(runner.Run(statement));
  return nlohmann::json::parse(out.str());
}

std::map<std::string, Expected> Answered(const nlohmann::json& answer, const char* id) {
  std::map<std::string, Expected> out;
  for (const auto& row : answer["nodes"]) {
    CHECK(row["signs_complete"] == true);
    Expected& e = out[row[id].get<std::string>()];
    e.distance = row["distance"];
    for (const auto& s : row["signs"]) e.signs.insert(s.get<std::string>());
  }
  return out;
}

void CheckSame(const std::map<std::string, Expected>& got,
               const std::map<std::string, Expected>& want) {
  REQUIRE(got.size() == want.size());
  for (const auto& [node, expected] : want) {
    INFO("node " << node);
    REQUIRE(got.count(node));
    CHECK(got.at(node).distance == expected.distance);
    CHECK(got.at(node).signs == expected.signs);
  }
}

TEST_CASE("net signs of EFFECTS and CAUSES agree with every simple chain enumerated",
          "[net_signs]") {
  std::mt19937 random(20240515);
  for (int graph = 0; graph < 24; ++graph) {
    const bool cycles = graph % 3 != 0;
    const int nodes = 6 + graph % 6;
    const double density = 0.15 + 0.05 * (graph % 5);
    const std::vector<Link> links = RandomGraph(random, nodes, density, cycles);
    if (links.empty()) continue;
    testing::ScratchStore db;
    testing::MustLoad(*db.store, ClaimsOf(links));
    const int origin = links[graph % links.size()].from;
    for (int depth = 1; depth <= 6; ++depth) {
      for (bool upstream : {false, true}) {
        INFO("graph " << graph << (cycles ? " with cycles" : " acyclic") << ", depth " << depth
                      << (upstream ? ", causes" : ", effects"));
        const auto answer = Ask(*db.store, std::string(upstream ? "CAUSES" : "EFFECTS") + " OF " +
                                               Name(origin) + " DEPTH " + std::to_string(depth));
        CHECK(answer["signs_complete"] == true);
        CheckSame(Answered(answer, "label"),
                  testing::BruteChains(links, nodes, origin, upstream, depth));
      }
    }
  }
}

TEST_CASE("BLINDSPOTS gives the net signs of every simple chain into its node", "[net_signs]") {
  std::mt19937 random(77);
  for (int graph = 0; graph < 8; ++graph) {
    const int nodes = 8;
    const std::vector<Link> links = RandomGraph(random, nodes, 0.3, /*cycles=*/true);
    if (links.empty()) continue;
    testing::ScratchStore db;
    testing::MustLoad(*db.store, ClaimsOf(links));
    const int target = links.front().to;
    for (int depth : {2, 4, 6}) {
      INFO("graph " << graph << ", depth " << depth);
      const auto answer =
          Ask(*db.store, "BLINDSPOTS FOR " + Name(target) + " DEPTH " + std::to_string(depth));
      CHECK(answer["signs_complete"] == true);
      CheckSame(Answered(answer, "label"),
                testing::BruteChains(links, nodes, target, /*upstream=*/true, depth));
    }
  }
}

// o -> a -> a dense cluster of amplifying links, which feeds c, and c weakens
// a: walks from o reach the cluster with both signs, but a simple chain
// cannot come back into a, so none is negative. Proving that means walking
// the cluster's millions of chains, past the budget. o's other branch, y,
// is on no cycle, and z, after the cluster, depends on it.
std::vector<Link> ClusterBehindOneEntry() {
  const int o = 0, a = 1, c = 12, y = 13, y2 = 14, z = 15;
  std::vector<Link> links{{o, a, 1}, {c, a, -1}, {o, y, 1}, {y, y2, -1}, {2, z, 1}};
  for (int k = 1; k <= 11; ++k) {
    links.push_back({k, c, 1});
    for (int l = 1; l <= 11; ++l) {
      if (k != l) links.push_back({k, l, 1});
    }
  }
  return links;
}

TEST_CASE("only the nodes whose signs depend on a cycle past the budget are partial",
          "[net_signs]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, ClaimsOf(ClusterBehindOneEntry()));
  const auto answer = Ask(*db.store, "EFFECTS OF n0 DEPTH 12");
  CHECK(answer["signs_complete"] == false);
  CHECK(answer["total"] == 15);
  std::map<std::string, nlohmann::json> rows;
  for (const auto& row : answer["nodes"]) rows[row["id"].get<std::string>()] = row;
  REQUIRE(rows.size() == 15);
  // Off the cycles: whole and exact.
  CHECK(rows["n13"]["signs_complete"] == true);
  CHECK(rows["n13"]["signs"] == nlohmann::json{"+"});
  CHECK(rows["n14"]["signs_complete"] == true);
  CHECK(rows["n14"]["signs"] == nlohmann::json{"-"});
  // In the cluster and after it: the positive chains found, a negative one
  // not ruled out.
  for (const char* node : {"n1", "n2", "n11", "n12", "n15"}) {
    INFO(node);
    CHECK(rows[node]["signs_complete"] == false);
    CHECK(rows[node]["signs"] == nlohmann::json{"+"});
  }
  std::ostringstream out, err;
  cli::StatementRunner runner(*db.store, out, err);
  REQUIRE(runner.Run("EFFECTS OF n0 DEPTH 12"));
  CHECK_THAT(out.str(), Catch::Contains("+…"));
  CHECK_THAT(out.str(), Catch::Contains("net signs of 13 nodes (marked …) are from part of"));

  // A depth at which the cluster's chains are few enough: exact everywhere.
  const auto shallow = Ask(*db.store, "EFFECTS OF n0 DEPTH 4");
  CHECK(shallow["signs_complete"] == true);
  for (const auto& row : shallow["nodes"]) CHECK(row["signs_complete"] == true);
}

}  // namespace
}  // namespace causalkg
