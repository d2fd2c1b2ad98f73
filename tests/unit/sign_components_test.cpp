// When the step budget for net signs runs out, a result names the loops
// (strongly connected components, or nodes with a link to themselves) whose
// chains it could not finish, and each node whose signs are partial names
// those its unsettled signs pass through; a node that depends on none of
// them is settled, also when another loop takes all the budget.
#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>

#include "cli/statement_runner.hpp"
#include "engine/exec/net_signs.hpp"
#include "signed_links.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;

using testing::ClaimsOf;
using testing::Link;
using testing::Name;

// Two loops after n0. A dense cluster n1..n11 (each amplifies every other
// and n12, which weakens n1, its entry from n0): walks give its nodes a
// negative sign that no simple chain has, and ruling that out takes millions
// of chains; n15 is after it. A small loop n20 -> n21 -> n20 (the way back
// weakens), with n22 after it: the same question, settled in a few steps.
// n13 -> n14 is on no loop.
std::vector<Link> TwoLoops() {
  std::vector<Link> links{{0, 1, 1},  {12, 1, -1}, {0, 13, 1},   {13, 14, -1}, {2, 15, 1},
                          {0, 20, 1}, {20, 21, 1}, {21, 20, -1}, {21, 22, 1}};
  for (int k = 1; k <= 11; ++k) {
    links.push_back({k, 12, 1});
    for (int l = 1; l <= 11; ++l) {
      if (k != l) links.push_back({k, l, 1});
    }
  }
  return links;
}

json AskJson(Store& store, const std::string& statement, std::uint64_t budget) {
  std::ostringstream out, err;
  cli::StatementRunner runner(store, out, err, nullptr, budget);
  runner.set_format(cli::OutputFormat::kJson);
  INFO(statement << "\n" << err.str());
  REQUIRE(runner.Run(statement));
  return json::parse(out.str());
}

std::map<std::string, json> RowsById(const json& answer) {
  std::map<std::string, json> rows;
  for (const auto& row : answer["nodes"]) rows[row["id"].get<std::string>()] = row;
  return rows;
}

const std::set<std::string> kCluster{"n1", "n2", "n3", "n4",  "n5",  "n6",
                                     "n7", "n8", "n9", "n10", "n11", "n12"};

TEST_CASE("the loop that takes the budget is named, and a small one beside it is settled",
          "[sign_components]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, ClaimsOf(TwoLoops()));
  const json answer = AskJson(*db.store, "EFFECTS OF n0 DEPTH 12", 1000);
  CHECK(answer["signs_complete"] == false);
  REQUIRE(answer["incomplete_components"].size() == 1);
  const json& cluster = answer["incomplete_components"][0];
  const std::string named = cluster["node"];
  CHECK(kCluster.count(named) == 1);
  CHECK(cluster["size"] == 12);
  CHECK(cluster["label"] == named);
  CHECK(cluster["steps"].get<std::uint64_t>() > 0);
  // The budget, and a quarter of it again for the nodes grouped by loop.
  CHECK(cluster["steps"].get<std::uint64_t>() <= 1250);
  std::map<std::string, json> rows = RowsById(answer);
  REQUIRE(rows.size() == 18);
  std::set<std::string> incomplete;
  for (const auto& [id, row] : rows) {
    INFO(id);
    if (row["signs_complete"] == false) {
      incomplete.insert(id);
      CHECK(row["signs_depend_on"] == json{named});
    } else {
      CHECK_FALSE(row.contains("signs_depend_on"));
    }
  }
  std::set<std::string> expected = kCluster;
  expected.insert("n15");
  CHECK(incomplete == expected);
  // The small loop: settled, with exactly its chains' signs.
  CHECK(rows["n20"]["signs"] == json{"+"});
  CHECK(rows["n21"]["signs"] == json{"+"});
  CHECK(rows["n22"]["signs"] == json{"+"});
  CHECK(rows["n14"]["signs"] == json{"-"});

  // Enough budget for the small loop's few chains, none for the cluster's.
  const json starved = AskJson(*db.store, "EFFECTS OF n0 DEPTH 12", 40);
  REQUIRE(starved["incomplete_components"].size() == 1);
  CHECK(starved["incomplete_components"][0]["node"] == named);
  CHECK(RowsById(starved)["n22"]["signs_complete"] == true);

  // With no budget at all, both loops are named, the larger first, and each
  // node names the one it is after.
  const json none = AskJson(*db.store, "EFFECTS OF n0 DEPTH 12", 0);
  REQUIRE(none["incomplete_components"].size() == 2);
  CHECK(none["incomplete_components"][0]["node"] == named);
  const json& small = none["incomplete_components"][1];
  CHECK((small["node"] == "n20" || small["node"] == "n21"));
  CHECK(small["size"] == 2);
  CHECK(small["steps"] == 0);
  rows = RowsById(none);
  CHECK(rows["n22"]["signs_complete"] == false);
  CHECK(rows["n22"]["signs_depend_on"] == json{small["node"]});
  CHECK(rows["n15"]["signs_depend_on"] == json{named});
  CHECK(rows["n14"]["signs_complete"] == true);

  // Enough budget for everything: nothing named.
  const json shallow = AskJson(*db.store, "EFFECTS OF n0 DEPTH 4", 1000000);
  CHECK(shallow["signs_complete"] == true);
  CHECK(shallow["incomplete_components"] == json::array());
}

TEST_CASE("CAUSES, LEVERS and BLINDSPOTS name the loops behind their partial signs",
          "[sign_components]") {
  std::vector<Link> links = TwoLoops();
  testing::ScratchStore db;
  std::string claims = ClaimsOf(links);
  claims.insert(claims.size() - 2, R"(,{"subject":"p","relation":"is_a","object":"lever"},)"
                                   R"({"subject":"p","relation":"addresses","object":"n5"})");
  testing::MustLoad(*db.store, claims);
  for (const std::string statement :
       {"CAUSES OF n15 DEPTH 12", "BLINDSPOTS FOR n15 DEPTH 12", "LEVERS FOR n15 DEPTH 12"}) {
    INFO(statement);
    const json answer = AskJson(*db.store, statement, 500);
    CHECK(answer["signs_complete"] == false);
    REQUIRE(answer["incomplete_components"].size() == 1);
    const std::string named = answer["incomplete_components"][0]["node"];
    CHECK(kCluster.count(named) == 1);
    const json& rows = answer.contains("levers") ? answer["levers"] : answer["nodes"];
    REQUIRE(!rows.empty());
    for (const auto& row : rows) {
      if (row["signs_complete"] == false) {
        CHECK(row["signs_depend_on"] == json{named});
      } else {
        CHECK_FALSE(row.contains("signs_depend_on"));
      }
    }
  }
}

TEST_CASE("the table, markdown and csv notes name the loops", "[sign_components]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string file = dir.Write("claims.json", ClaimsOf(TwoLoops()));
  REQUIRE(testing::RunCausalkg({"--db", db, "--empty", "load", file}).exit_code == 0);
  auto query = [&](const std::string& format, const std::string& budget) {
    const testing::RunResult run =
        testing::RunCausalkg({"--db", db, "query", "EFFECTS OF n0 DEPTH 12", "--format", format,
                              "--sign-budget", budget});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return run.out + run.err;
  };
  const json answer = json::parse(query("json", "1000"));
  const std::string named = answer["incomplete_components"][0]["node"];
  CHECK_THAT(query("table", "1000"),
             Catch::Contains("net signs of 13 nodes (marked …) are from part of the chains: they "
                             "pass through the loops around " +
                             named +
                             " (12 nodes), whose chains are too many to follow at this "
                             "depth; a smaller DEPTH or VIA gives whole answers, as does "
                             "a larger step budget (causalkg query --sign-budget)"));
  const json none = json::parse(query("json", "0"));
  REQUIRE(none["incomplete_components"].size() == 2);
  CHECK_THAT(
      query("table", "0"),
      Catch::Contains("the loops around each of " + named + " (12 nodes) and " +
                      none["incomplete_components"][1]["node"].get<std::string>() + " (2 nodes),"));
  CHECK_THAT(query("csv", "1000"),
             Catch::Contains("note: net signs are from part of the chains: those through the "
                             "loops around " +
                             named + " (12 nodes) are too many to follow at this depth"));
  // A budget that is no number: a usage error naming the option.
  const testing::RunResult bad =
      testing::RunCausalkg({"--db", db, "query", "EFFECTS OF n0", "--sign-budget", "lots"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("--sign-budget: 'lots' is no number of steps"));
}

// The same through ExactNetSigns itself: which local nodes are incomplete,
// and which component each depends on.
TEST_CASE("ExactNetSigns groups the unsettled nodes by the components before them",
          "[sign_components]") {
  // 0 -> 1, a cluster 1..7 (each to every other, all +), 7 -> 1 weakens
  // through 8; 0 -> 9 <-> 10 (back -), 10 -> 11.
  SignGraph graph;
  std::vector<std::vector<std::pair<std::uint32_t, std::int8_t>>> out(12);
  out[0] = {{1, 1}, {9, 1}};
  for (std::uint32_t k = 1; k <= 7; ++k) {
    for (std::uint32_t l = 1; l <= 7; ++l) {
      if (k != l) out[k].push_back({l, 1});
    }
  }
  out[7].push_back({8, 1});
  out[8] = {{1, -1}};
  out[9] = {{10, 1}};
  out[10] = {{9, -1}, {11, 1}};
  for (const auto& edges : out) {
    for (const auto& [to, sign] : edges) {
      graph.to.push_back(to);
      graph.sign.push_back(sign);
    }
    graph.start.push_back(static_cast<std::uint32_t>(graph.to.size()));
  }
  const NetSigns whole = ExactNetSigns(graph, 9, 100000000);
  CHECK(whole.all_complete);
  CHECK(whole.exhausted.empty());
  const NetSigns part = ExactNetSigns(graph, 9, 200);
  REQUIRE_FALSE(part.all_complete);
  REQUIRE(part.exhausted.size() == 1);
  CHECK(part.exhausted[0].nodes == std::vector<std::uint32_t>{1, 2, 3, 4, 5, 6, 7, 8});
  CHECK(part.exhausted[0].steps > 0);
  for (std::uint32_t v = 1; v < 12; ++v) {
    INFO(v);
    const bool in_cluster = v <= 8;
    CHECK(static_cast<bool>(part.complete[v]) == !in_cluster);
    CHECK(part.depends_on[v] ==
          (in_cluster ? std::vector<std::uint32_t>{0} : std::vector<std::uint32_t>{}));
    if (!in_cluster) CHECK(part.signs[v] == whole.signs[v]);
  }
  // What the budget found is a part of the whole answer.
  for (std::uint32_t v = 1; v < 12; ++v) CHECK((part.signs[v] & ~whole.signs[v]) == 0);
}

// ---- Random graphs against every simple chain enumerated ----

std::vector<Link> RandomGraph(std::mt19937& random, int nodes, double density) {
  std::vector<Link> links;
  std::uniform_real_distribution<double> chance(0, 1);
  for (int a = 0; a < nodes; ++a) {
    for (int b = 0; b < nodes; ++b) {
      // Now and then a node with a link to itself.
      if ((a == b ? chance(random) >= 0.08 : chance(random) >= density)) continue;
      const double kind = chance(random);
      links.push_back({a, b, kind < 0.45 ? 1 : kind < 0.9 ? -1 : 0});
    }
  }
  return links;
}

struct Graph {
  int n;
  std::vector<std::vector<int>> next;  // along the statement's direction
};

Graph Directed(const std::vector<Link>& links, int nodes, bool upstream) {
  Graph g{nodes, std::vector<std::vector<int>>(nodes)};
  for (const Link& l : links) {
    if (upstream) {
      g.next[l.to].push_back(l.from);
    } else {
      g.next[l.from].push_back(l.to);
    }
  }
  return g;
}

std::vector<int> Distances(const Graph& g, int from) {
  std::vector<int> d(g.n, 1 << 20);
  std::vector<int> queue{from};
  d[from] = 0;
  for (std::size_t i = 0; i < queue.size(); ++i) {
    for (int w : g.next[queue[i]]) {
      if (d[w] > d[queue[i]] + 1) {
        d[w] = d[queue[i]] + 1;
        queue.push_back(w);
      }
    }
  }
  return d;
}

// Each node's signs over every simple chain of 1..depth steps from `origin`.
std::map<std::string, std::set<std::string>> BruteSigns(const std::vector<Link>& links, int nodes,
                                                        int origin, bool upstream, int depth) {
  std::map<std::string, std::set<std::string>> out;
  for (auto& [name, chains] : testing::BruteChains(links, nodes, origin, upstream, depth))
    out[name] = std::move(chains.signs);
  return out;
}

// Checks one answer: complete rows exact, partial rows a part of the whole
// and depending on named loops within the depth upstream of them. Returns
// how many rows were partial.
int CheckAnswer(const json& answer, const std::vector<Link>& links, int nodes, int origin,
                bool upstream, int depth) {
  const auto brute = BruteSigns(links, nodes, origin, upstream, depth);
  const Graph g = Directed(links, nodes, upstream);
  std::vector<std::vector<int>> distance;
  for (int v = 0; v < nodes; ++v) distance.push_back(Distances(g, v));
  // The graph the search sees: the nodes within the depth, and the links of
  // those nearer than it.
  Graph within{nodes, std::vector<std::vector<int>>(nodes)};
  for (int v = 0; v < nodes; ++v) {
    if (distance[origin][v] < depth) within.next[v] = g.next[v];
  }
  std::vector<std::vector<int>> reach;
  for (int v = 0; v < nodes; ++v) reach.push_back(Distances(within, v));
  auto node_of = [](const std::string& name) { return std::stoi(name.substr(1)); };
  // Each named loop: a strongly connected component of 2+ nodes or a node
  // with a link to itself, of the size given.
  std::map<std::string, std::vector<int>> members;
  for (const auto& c : answer["incomplete_components"]) {
    const int rep = node_of(c["node"]);
    std::vector<int>& m = members[c["node"]];
    for (int v = 0; v < nodes; ++v) {
      if (reach[rep][v] < (1 << 20) && reach[v][rep] < (1 << 20)) m.push_back(v);
    }
    bool self_link = false;
    for (int w : within.next[rep]) self_link = self_link || w == rep;
    CHECK((m.size() > 1 || self_link));
    CHECK(c["size"] == m.size());
    CHECK(rep == *std::min_element(m.begin(), m.end()));  // ids follow first mention here
  }
  CHECK(answer["nodes"].size() == brute.size());
  int partial = 0;
  std::set<std::string> depended_on;
  for (const auto& row : answer["nodes"]) {
    const std::string id = row["id"];
    INFO("node " << id);
    REQUIRE(brute.count(id));
    std::set<std::string> signs;
    for (const auto& s : row["signs"]) signs.insert(s.get<std::string>());
    if (row["signs_complete"] == true) {
      CHECK(signs == brute.at(id));
      CHECK_FALSE(row.contains("signs_depend_on"));
      continue;
    }
    ++partial;
    for (const std::string& s : signs) CHECK(brute.at(id).count(s));
    REQUIRE(row.contains("signs_depend_on"));
    REQUIRE(!row["signs_depend_on"].empty());
    const int v = node_of(id);
    for (const auto& rep : row["signs_depend_on"]) {
      depended_on.insert(rep);
      REQUIRE(members.count(rep));
      bool within = false;
      for (int c : members.at(rep)) {
        within = within || distance[origin][c] + distance[c][v] <= depth;
      }
      CHECK(within);
    }
  }
  CHECK(answer["signs_complete"] == (partial == 0));
  std::set<std::string> named;
  for (const auto& [rep, m] : members) named.insert(rep);
  CHECK(depended_on == named);
  return partial;
}

TEST_CASE("partial net signs on random graphs: complete nodes exact, the others named",
          "[sign_components]") {
  std::mt19937 random(902211);
  int partial = 0, complete = 0;
  for (int graph = 0; graph < 30; ++graph) {
    const int nodes = 7 + graph % 5;
    const std::vector<Link> links = RandomGraph(random, nodes, 0.2 + 0.05 * (graph % 4));
    if (links.empty()) continue;
    testing::ScratchStore db;
    // Every node named first in order, so that ids follow the numbers.
    std::string claims = ClaimsOf(links);
    std::string nodes_json;
    for (int v = 0; v < nodes; ++v) {
      nodes_json += std::string(v ? "," : "") + R"({"id":")" + Name(v) + R"("})";
    }
    claims = R"({"nodes":[)" + nodes_json + "]," + claims.substr(1);
    testing::MustLoad(*db.store, claims);
    const int origin = links[graph % links.size()].from;
    for (int depth : {3, 5, 7}) {
      for (bool upstream : {false, true}) {
        for (std::uint64_t budget : {0, 3, 30, 300}) {
          INFO("graph " << graph << ", depth " << depth << (upstream ? ", causes" : ", effects")
                        << ", budget " << budget);
          const json answer = AskJson(*db.store,
                                      std::string(upstream ? "CAUSES" : "EFFECTS") + " OF " +
                                          Name(origin) + " DEPTH " + std::to_string(depth),
                                      budget);
          const int rows = CheckAnswer(answer, links, nodes, origin, upstream, depth);
          (rows > 0 ? partial : complete) += 1;
        }
      }
    }
  }
  // Both kinds of answer were met.
  CHECK(partial > 20);
  CHECK(complete > 20);
}

TEST_CASE("partial net signs through the binary's JSON", "[sign_components]") {
  std::mt19937 random(5150);
  int partial = 0;
  for (int graph = 0; graph < 6; ++graph) {
    const int nodes = 10;
    const std::vector<Link> links = RandomGraph(random, nodes, 0.35);
    std::string nodes_json;
    for (int v = 0; v < nodes; ++v) {
      nodes_json += std::string(v ? "," : "") + R"({"id":")" + Name(v) + R"("})";
    }
    testing::TempDir dir;
    const std::string db = dir.File("db");
    const std::string file =
        dir.Write("claims.json", R"({"nodes":[)" + nodes_json + "]," + ClaimsOf(links).substr(1));
    REQUIRE(testing::RunCausalkg({"--db", db, "--empty", "load", file}).exit_code == 0);
    for (std::uint64_t budget : {5, 50}) {
      INFO("graph " << graph << ", budget " << budget);
      const testing::RunResult run =
          testing::RunCausalkg({"--db", db, "query", "EFFECTS OF n0 DEPTH 6", "--format", "json",
                                "--sign-budget", std::to_string(budget)});
      REQUIRE(run.exit_code == 0);
      partial += CheckAnswer(json::parse(run.out), links, nodes, 0, false, 6) > 0;
    }
  }
  CHECK(partial > 2);
}

}  // namespace
}  // namespace causalkg
