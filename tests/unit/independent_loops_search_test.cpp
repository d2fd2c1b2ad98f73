// The shortest independent loop set searched from both ends of each link
// gives, on random graphs, the set the plain way gives: for each link one
// breadth-first search from its end back to its start, every candidate
// ranked, then the greedy pass. The plain way is kept here as the reference.
#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <random>
#include <tuple>

#include "engine/exec/components.hpp"
#include "engine/exec/independent_loops.hpp"
#include "engine/exec/loop_graph.hpp"
#include "engine/exec/shortest_loop_search.hpp"

namespace causalkg {
namespace {

// A graph of `nodes` nodes and about `links` links (self links and
// parallel links of other relations among them), each node's links in a
// shuffled order, as a store's order is no order a search may count on.
LoopGraph RandomGraph(std::mt19937& rng, int nodes, int links) {
  std::uniform_int_distribution<int> node(0, nodes - 1);
  std::uniform_int_distribution<int> relation(1, 3);
  std::vector<std::vector<std::pair<std::uint32_t, TermId>>> out(nodes);
  for (int i = 0; i < links; ++i) {
    const int from = node(rng);
    const auto to = static_cast<std::uint32_t>(node(rng));
    const auto rel = static_cast<TermId>(relation(rng));
    const auto& have = out[from];
    if (std::find(have.begin(), have.end(), std::make_pair(to, rel)) != have.end()) continue;
    out[from].emplace_back(to, rel);
  }
  LoopGraph graph;
  graph.offsets.push_back(0);
  for (int u = 0; u < nodes; ++u) {
    graph.ids.push_back(static_cast<TermId>(100 + u));
    std::shuffle(out[u].begin(), out[u].end(), rng);
    for (const auto& [to, rel] : out[u]) {
      graph.targets.push_back(to);
      graph.relations.push_back(rel);
      graph.signs.push_back(rel == 2 ? -1 : 1);
    }
    graph.offsets.push_back(static_cast<std::uint32_t>(graph.targets.size()));
  }
  return graph;
}

int SourceOf(const LoopGraph& graph, std::uint32_t e) {
  const auto at = std::upper_bound(graph.offsets.begin(), graph.offsets.end(), e);
  return static_cast<int>(at - graph.offsets.begin()) - 1;
}

// The link, then the path back that one breadth-first search from the
// link's end keeps: the first to reach each node.
LoopLinks PlainShortestLoop(const LoopGraph& graph, const std::vector<char>& member,
                            std::uint32_t link) {
  const int from = SourceOf(graph, link);
  const int to = static_cast<int>(graph.targets[link]);
  std::vector<std::int64_t> via(graph.size(), -1);
  if (to != from) {
    via[to] = -2;
    std::deque<int> queue{to};
    while (!queue.empty() && via[from] == -1) {
      const int u = queue.front();
      queue.pop_front();
      for (std::uint32_t e = graph.begin(u); e < graph.end(u); ++e) {
        const int w = static_cast<int>(graph.targets[e]);
        if (!member[w] || via[w] != -1) continue;
        via[w] = e;
        queue.push_back(w);
      }
    }
  }
  std::vector<std::uint32_t> back;
  for (int v = from; v != to;) {
    const auto e = static_cast<std::uint32_t>(via[v]);
    back.push_back(e);
    v = SourceOf(graph, e);
  }
  std::reverse(back.begin(), back.end());
  LoopLinks loop{{from}, {link}};
  int v = to;
  for (std::uint32_t e : back) {
    loop.nodes.push_back(v);
    loop.edges.push_back(e);
    v = static_cast<int>(graph.targets[e]);
  }
  return loop;
}

std::vector<LoopLinks> PlainIndependentLoops(const LoopGraph& graph,
                                             const std::vector<int>& component) {
  std::vector<char> member(graph.size(), 0);
  for (int v : component) member[v] = 1;
  std::vector<LoopLinks> candidates;
  for (int u : component) {
    for (std::uint32_t e = graph.begin(u); e < graph.end(u); ++e) {
      if (!member[graph.targets[e]]) continue;
      LoopLinks loop = PlainShortestLoop(graph, member, e);
      const auto smallest =
          std::min_element(loop.nodes.begin(), loop.nodes.end()) - loop.nodes.begin();
      std::rotate(loop.nodes.begin(), loop.nodes.begin() + smallest, loop.nodes.end());
      std::rotate(loop.edges.begin(), loop.edges.begin() + smallest, loop.edges.end());
      candidates.push_back(std::move(loop));
    }
  }
  auto key = [&](const LoopLinks& c) {
    std::vector<TermId> relations;
    for (std::uint32_t e : c.edges) relations.push_back(graph.relations[e]);
    return std::make_tuple(c.edges.size(), c.nodes, relations, c.edges);
  };
  std::sort(candidates.begin(), candidates.end(),
            [&](const LoopLinks& a, const LoopLinks& b) { return key(a) < key(b); });
  std::vector<LoopLinks> set;
  std::vector<char> covered(graph.targets.size(), 0);
  for (const LoopLinks& c : candidates) {
    if (std::all_of(c.edges.begin(), c.edges.end(), [&](std::uint32_t e) { return covered[e]; }))
      continue;
    for (std::uint32_t e : c.edges) covered[e] = 1;
    set.push_back(c);
  }
  return set;
}

TEST_CASE("each link's shortest loop found from both ends is the one a search from its end keeps",
          "[loops][independent]") {
  std::mt19937 rng(15);
  std::size_t compared = 0;
  for (int round = 0; round < 300; ++round) {
    const int nodes = 2 + round % 40;
    const LoopGraph graph = RandomGraph(rng, nodes, nodes * (1 + round % 4));
    ShortestLoopSearch search(graph);
    std::vector<char> member(graph.size(), 0);
    for (const std::vector<int>& component : LoopComponents(graph)) {
      for (int v : component) member[v] = 1;
      for (int u : component) {
        for (std::uint32_t e = graph.begin(u); e < graph.end(u); ++e) {
          if (!member[graph.targets[e]]) continue;
          CHECK(search.SourceOf(e) == u);
          const LoopLinks found = search.Through(e, member);
          const LoopLinks plain = PlainShortestLoop(graph, member, e);
          INFO("round " << round << ", link " << e);
          CHECK(found.nodes == plain.nodes);
          CHECK(found.edges == plain.edges);
          ++compared;
        }
      }
      for (int v : component) member[v] = 0;
    }
  }
  CHECK(compared > 10000);
}

TEST_CASE("the shortest independent loop set is the plain way's on random graphs",
          "[loops][independent]") {
  std::mt19937 rng(2004);
  std::size_t loops = 0;
  for (int round = 0; round < 200; ++round) {
    const int nodes = 3 + round % 60;
    const LoopGraph graph = RandomGraph(rng, nodes, nodes + nodes * (round % 3) / 2 + round % 7);
    auto components = LoopComponents(graph);
    std::sort(components.begin(), components.end());
    IndependentLoopFinder finder(graph);  // one finder for every component: its buffers reused
    for (const std::vector<int>& component : components) {
      std::size_t links = 0;
      const std::vector<LoopLinks> set = finder.Find(component, &links);
      const std::vector<LoopLinks> plain = PlainIndependentLoops(graph, component);
      INFO("round " << round << ", component of " << component.size() << " nodes");
      CHECK(links == EdgesInside(graph, component));
      REQUIRE(set.size() == plain.size());
      for (std::size_t i = 0; i < set.size(); ++i) {
        CHECK(set[i].nodes == plain[i].nodes);
        CHECK(set[i].edges == plain[i].edges);
      }
      CHECK(set.size() <= links - component.size() + 1);
      loops += set.size();
    }
  }
  CHECK(loops > 1000);
}

}  // namespace
}  // namespace causalkg
