// Loops at any depth: Johnson's search on strongly connected components
// (engine/exec/circuits.hpp) against closed forms, graphs worked by hand
// and a brute force written here, independently of it; COUNT LOOPS and the
// stream through the engine's API; the shortest independent loop set on
// graphs worked by hand.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <tuple>

#include "engine/exec/circuits.hpp"
#include "engine/exec/executor.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::MustLoad;
using testing::ScratchStore;

struct Link {
  int from;
  int to;
  int sign;  // +1, -1, 0 (unknown)
};

// A LoopGraph of nodes 0..n-1 (ids 1..n), edges in the order given per node.
LoopGraph MakeGraph(int n, const std::vector<Link>& links) {
  LoopGraph graph;
  for (int i = 0; i < n; ++i) graph.ids.push_back(static_cast<TermId>(i + 1));
  graph.offsets.push_back(0);
  for (int v = 0; v < n; ++v) {
    for (const Link& l : links) {
      if (l.from != v) continue;
      graph.targets.push_back(static_cast<std::uint32_t>(l.to));
      graph.signs.push_back(static_cast<std::int8_t>(l.sign));
      graph.relations.push_back(static_cast<TermId>(100 + (l.sign + 1)));
    }
    graph.offsets.push_back(static_cast<std::uint32_t>(graph.targets.size()));
  }
  return graph;
}

// (length, sign) -> how many circuits.
using Tally = std::map<std::pair<int, int>, std::uint64_t>;

Tally Johnson(const LoopGraph& graph, int max_length, std::optional<int> through = {}) {
  Tally tally;
  CircuitSearch search(graph);
  REQUIRE(search.ForEach(max_length, through, [&](const CircuitView& c) {
    // Each circuit is simple, closes where it started, and starts at its
    // smallest node (or at `through`).
    std::set<int> distinct(c.nodes.begin(), c.nodes.end());
    CHECK(distinct.size() == c.nodes.size());
    CHECK(c.nodes.size() == c.edges.size());
    if (through) {
      CHECK(c.nodes[0] == *through);
    } else {
      CHECK(*distinct.begin() == c.nodes[0]);
    }
    for (std::size_t i = 0; i < c.edges.size(); ++i) {
      const int next = i + 1 < c.nodes.size() ? c.nodes[i + 1] : c.nodes[0];
      CHECK(static_cast<int>(graph.targets[c.edges[i]]) == next);
    }
    ++tally[{c.length(), c.sign}];
    return true;
  }));
  return tally;
}

// Brute force, written apart from the search: from each start, every
// simple path through larger nodes only (or, through a node, through any)
// that comes back to the start, each edge sequence once.
Tally BruteForce(int n, const std::vector<Link>& links, int max_length,
                 std::optional<int> through = {}) {
  Tally tally;
  std::vector<char> on(n, 0);
  auto walk = [&](auto& self, int start, int v, int length, int sign) -> void {
    for (const Link& l : links) {
      if (l.from != v) continue;
      if (l.to == start) {
        if (length + 1 <= max_length) ++tally[{length + 1, sign * l.sign}];
        continue;
      }
      if (on[l.to] || length + 1 >= max_length) continue;
      if (!through && l.to < start) continue;
      on[l.to] = 1;
      self(self, start, l.to, length + 1, sign * l.sign);
      on[l.to] = 0;
    }
  };
  for (int s = 0; s < n; ++s) {
    if (through && s != *through) continue;
    on[s] = 1;
    walk(walk, s, s, 0, 1);
    on[s] = 0;
  }
  return tally;
}

std::uint64_t Total(const Tally& tally) {
  std::uint64_t total = 0;
  for (const auto& [key, count] : tally) total += count;
  return total;
}

std::vector<Link> Complete(int n) {
  std::vector<Link> links;
  for (int a = 0; a < n; ++a) {
    for (int b = 0; b < n; ++b) {
      if (a != b) links.push_back({a, b, 1});
    }
  }
  return links;
}

// Circuits of length k in the complete digraph on n nodes: choose the k
// nodes, then order them around a cycle, (k - 1)! ways.
std::uint64_t CompleteCircuits(int n, int k) {
  std::uint64_t choose = 1;
  for (int i = 0; i < k; ++i) choose = choose * (n - i) / (i + 1);
  std::uint64_t orders = 1;
  for (int i = 2; i < k; ++i) orders *= i;
  return choose * orders;
}

TEST_CASE("circuits of a graph worked by hand, by length and sign", "[loops]") {
  // The trust and work graph of tests/queries/graphs/loops.json:
  //   0 trust, 1 cooperation, 2 workload, 3 fatigue, 4 suspicion, 5 output
  //   trust -> cooperation +, cooperation -> trust +, cooperation -> workload +,
  //   workload -> fatigue +, fatigue -> cooperation -, trust -> suspicion -,
  //   suspicion -> cooperation -, fatigue -> trust -, workload -> workload +,
  //   cooperation -> output +.
  // Its loops: workload's own (1 step, R); trust-cooperation (2, R);
  // cooperation-workload-fatigue (3, B); trust-suspicion-cooperation (3, R);
  // trust-cooperation-workload-fatigue (4, B); trust-suspicion-cooperation-
  // workload-fatigue (5, B).
  const std::vector<Link> links = {{0, 1, 1},  {1, 0, 1},  {1, 2, 1},  {2, 3, 1}, {3, 1, -1},
                                   {0, 4, -1}, {4, 1, -1}, {3, 0, -1}, {2, 2, 1}, {1, 5, 1}};
  const LoopGraph graph = MakeGraph(6, links);
  const Tally expected = {{{1, 1}, 1}, {{2, 1}, 1},  {{3, -1}, 1},
                          {{3, 1}, 1}, {{4, -1}, 1}, {{5, -1}, 1}};
  CHECK(Johnson(graph, 100) == expected);
  CHECK(Total(Johnson(graph, 4)) == 5);
  CHECK(Total(Johnson(graph, 1)) == 1);
  // Through trust: trust-cooperation, trust-suspicion-cooperation, the 4-
  // and the 5-step loop through fatigue.
  const Tally through_trust = Johnson(graph, 100, 0);
  CHECK(through_trust == Tally{{{2, 1}, 1}, {{3, 1}, 1}, {{4, -1}, 1}, {{5, -1}, 1}});
  CHECK(Johnson(graph, 100, 5).empty());  // output is on no loop
}

TEST_CASE("circuits of complete digraphs agree with the closed form", "[loops]") {
  for (int n = 1; n <= 7; ++n) {
    const LoopGraph graph = MakeGraph(n, Complete(n));
    const Tally tally = Johnson(graph, n);
    for (int k = 2; k <= n; ++k) {
      INFO("n " << n << ", length " << k);
      const std::uint64_t found = tally.count({k, 1}) ? tally.at({k, 1}) : 0;
      CHECK(found == CompleteCircuits(n, k));
    }
    // Bounded: only the short ones.
    const Tally short_ones = Johnson(graph, 3);
    std::uint64_t expected = 0;
    for (int k = 2; k <= std::min(n, 3); ++k) expected += CompleteCircuits(n, k);
    CHECK(Total(short_ones) == expected);
  }
}

TEST_CASE("circuits of random graphs agree with brute force at every depth", "[loops]") {
  std::mt19937 random(15);
  // Small graphs of every density, then larger sparse ones, where a depth
  // bound cuts long cycles of which only some close within it: the bounded
  // search's locks must let each of those through.
  for (int round = 0; round < 420; ++round) {
    const bool larger = round >= 300;
    const int n = larger ? 10 + static_cast<int>(random() % 7) : 2 + static_cast<int>(random() % 8);
    const int m = larger ? n * 2 + static_cast<int>(random() % (n + 1))
                         : static_cast<int>(random() % (n * 3 + 1));
    std::vector<Link> links;
    for (int i = 0; i < m; ++i) {
      const int signs[] = {1, 1, -1, -1, 0};
      links.push_back(
          {static_cast<int>(random() % n), static_cast<int>(random() % n), signs[random() % 5]});
    }
    // Parallel edges and self-loops come with the random draws.
    const LoopGraph graph = MakeGraph(n, links);
    for (int depth = 1; depth <= n + 1; ++depth) {
      INFO("round " << round << ", " << n << " nodes, " << m << " links, depth " << depth);
      CHECK(Johnson(graph, depth) == BruteForce(n, links, depth));
      const int through = static_cast<int>(random() % n);
      CHECK(Johnson(graph, depth, through) == BruteForce(n, links, depth, through));
    }
  }
}

// --- Through the engine: a store, statements, results. ---------------------

std::string ClaimsOf(int n, const std::vector<Link>& links) {
  std::ostringstream out;
  out << R"({"format": "causalkg/1", "relations": [)"
      << R"({"id": "pos", "polarity": "+"}, {"id": "neg", "polarity": "-"},)"
      << R"({"id": "unk", "polarity": "?"}], "nodes": [)";
  for (int i = 0; i < n; ++i) out << (i ? ", " : "") << R"({"id": "n)" << i << R"("})";
  out << R"(], "claims": [)";
  for (std::size_t i = 0; i < links.size(); ++i) {
    const Link& l = links[i];
    out << (i ? ", " : "") << R"({"subject": "n)" << l.from << R"(", "relation": ")"
        << (l.sign > 0   ? "pos"
            : l.sign < 0 ? "neg"
                         : "unk")
        << R"(", "object": "n)" << l.to << R"("})";
  }
  out << "]}";
  return out.str();
}

ast::Statement Parsed(const std::string& text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  INFO(text);
  REQUIRE(!parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  return parsed.statements[0];
}

template <typename T>
T Answer(Store& store, const std::string& text) {
  Executor executor(store, {});
  auto result = executor.Execute(Parsed(text));
  INFO(text << ": " << (result.ok() ? "" : result.status().ToString()));
  REQUIRE(result.ok());
  REQUIRE(std::holds_alternative<T>(result->body));
  return std::get<T>(std::move(result->body));
}

TEST_CASE("COUNT LOOPS tallies by length and type as brute force does", "[loops]") {
  std::mt19937 random(1975);
  for (int round = 0; round < 25; ++round) {
    const int n = 3 + static_cast<int>(random() % 6);
    std::vector<Link> links;
    for (int i = 0; i < n * 2 + 2; ++i) {
      const int signs[] = {1, -1, 0, 1};
      const int from = static_cast<int>(random() % n), to = static_cast<int>(random() % n);
      // One claim a (subject, relation, object): a store holds each once.
      const int sign = signs[random() % 4];
      if (std::any_of(links.begin(), links.end(), [&](const Link& l) {
            return l.from == from && l.to == to && l.sign == sign;
          }))
        continue;
      links.push_back({from, to, sign});
    }
    ScratchStore db;
    MustLoad(*db.store, ClaimsOf(n, links));
    for (const std::string depth : {"2", "3", "ALL"}) {
      const int bound = depth == "ALL" ? n : std::stoi(depth);
      const Tally expected = BruteForce(n, links, bound);
      const auto counted = Answer<LoopCountResult>(*db.store, "COUNT LOOPS DEPTH " + depth);
      Tally got;
      for (const LoopTally& t : counted.lengths) {
        if (t.reinforcing) got[{t.length, 1}] = t.reinforcing;
        if (t.balancing) got[{t.length, -1}] = t.balancing;
        if (t.unknown) got[{t.length, 0}] = t.unknown;
      }
      INFO("round " << round << " DEPTH " << depth << "\n" << ClaimsOf(n, links));
      CHECK(got == expected);
      CHECK(counted.Sum().Total() == Total(expected));
      // LOOPS lists the same loops, shortest first.
      const auto listed = Answer<PathsResult>(*db.store, "LOOPS DEPTH " + depth);
      CHECK(listed.paths.size() == Total(expected));
      for (std::size_t i = 1; i < listed.paths.size(); ++i)
        CHECK(listed.paths[i - 1].steps.size() <= listed.paths[i].steps.size());
    }
  }
}

TEST_CASE("a million loops stream one at a time, with names that grow with nodes only", "[loops]") {
  // The complete digraph on 10 nodes has sum over k = 2..10 of C(10, k) (k - 1)!
  // = 1,112,073 circuits.
  constexpr int kNodes = 10;
  std::uint64_t expected = 0;
  for (int k = 2; k <= kNodes; ++k) expected += CompleteCircuits(kNodes, k);
  REQUIRE(expected == 1112073);
  ScratchStore db;
  MustLoad(*db.store, ClaimsOf(kNodes, Complete(kNodes)));
  Executor executor(*db.store, {});

  // A sink with a buffer of at most 64 rows, written out (here: counted)
  // when full, as a file writer would.
  constexpr std::size_t kBuffer = 64;
  std::vector<std::string> buffer;
  std::uint64_t streamed = 0, written = 0;
  std::size_t most_paths = 0, most_names = 0;
  std::map<int, std::uint64_t> by_length;
  auto sink = [&](const QueryResult& row) {
    const auto& paths = std::get<PathsResult>(row.body).paths;
    most_paths = std::max(most_paths, paths.size());
    most_names = std::max(most_names, row.names.size());
    ++by_length[static_cast<int>(paths.front().steps.size())];
    buffer.push_back(row.names.at(paths.front().nodes.front()).name);
    if (buffer.size() == kBuffer) {
      written += buffer.size();
      buffer.clear();
    }
    ++streamed;
    return true;
  };
  auto done = executor.Stream(Parsed("LOOPS DEPTH ALL"), sink);
  REQUIRE(done.ok());
  written += buffer.size();
  CHECK(streamed == expected);
  CHECK(written == expected);
  CHECK(done->loops == expected);
  CHECK_FALSE(done->truncated);
  // Each row the engine hands on holds one loop, and what it knows of names
  // is at most every node and the one relation.
  CHECK(most_paths == 1);
  CHECK(most_names <= kNodes + 1);
  for (int k = 2; k <= kNodes; ++k) CHECK(by_length[k] == CompleteCircuits(kNodes, k));

  // A LIMIT stops the stream, and says there were more.
  std::uint64_t limited = 0;
  auto cut = executor.Stream(Parsed("LOOPS DEPTH 40 LIMIT 1000"), [&](const QueryResult&) {
    ++limited;
    return true;
  });
  REQUIRE(cut.ok());
  CHECK(limited == 1000);
  CHECK(cut->truncated);

  // COUNT LOOPS counts them without a row.
  const auto counted = Answer<LoopCountResult>(*db.store, "COUNT LOOPS DEPTH ALL");
  CHECK(counted.Sum().Total() == expected);
  CHECK(counted.Sum().reinforcing == expected);
}

// Whether each loop of the set has a link that no loop before it has.
void CheckIndependent(const PathsResult& set) {
  std::set<std::tuple<TermId, TermId, TermId>> seen;
  for (const Path& loop : set.paths) {
    bool adds = false;
    for (std::size_t i = 0; i < loop.steps.size(); ++i) {
      const TermId to = loop.nodes[(i + 1) % loop.nodes.size()];
      adds |= seen.insert({loop.nodes[i], loop.steps[i].relation, to}).second;
    }
    CHECK(adds);
  }
  for (std::size_t i = 1; i < set.paths.size(); ++i)
    CHECK(set.paths[i - 1].steps.size() <= set.paths[i].steps.size());
}

TEST_CASE("a shortest independent loop set, worked by hand", "[loops]") {
  SECTION("the trust and work graph: five loops, its cyclomatic number") {
    // Nodes trust, cooperation, workload, fatigue, suspicion on loops (output
    // is on none): 5 nodes, 9 links, cyclomatic number 9 - 5 + 1 = 5. The
    // shortest loop through each link: workload's own (1); trust-cooperation
    // (2, for both its links); cooperation-workload-fatigue (3, also for
    // workload -> fatigue); trust-suspicion-cooperation (3, for its three);
    // and for fatigue -> trust, trust-cooperation-workload-fatigue (4). Each
    // adds a link: 5 loops, all of them independent.
    ScratchStore db;
    MustLoad(*db.store, testing::ReadFile(std::string(CAUSALKG_SOURCE_DIR) +
                                          "/tests/queries/graphs/loops.json"));
    const auto set = Answer<PathsResult>(*db.store, "LOOPS INDEPENDENT");
    REQUIRE(set.components.size() == 1);
    CHECK(set.components[0].nodes == 5);
    CHECK(set.components[0].links == 9);
    CHECK(set.components[0].Cyclomatic() == 5);
    CHECK(set.components[0].independent_loops == 5);
    REQUIRE(set.paths.size() == 5);
    std::vector<std::size_t> lengths;
    for (const Path& p : set.paths) lengths.push_back(p.steps.size());
    CHECK(lengths == std::vector<std::size_t>{1, 2, 3, 3, 4});
    CHECK(set.paths[4].sign == kNegativeSign);  // B: through fatigue -reduces-> trust
    CheckIndependent(set);
  }
  SECTION("the complete digraph on three nodes: three loops, fewer than its cyclomatic number") {
    // a <-> b, b <-> c, c <-> a: 3 nodes, 6 links, cyclomatic number 4. Each
    // link's shortest loop is a 2-step loop, and the three of them hold every
    // link: the set stops at 3; the 3-step loops add no link.
    ScratchStore db;
    MustLoad(*db.store, ClaimsOf(3, Complete(3)));
    const auto set = Answer<PathsResult>(*db.store, "LOOPS INDEPENDENT");
    REQUIRE(set.components.size() == 1);
    CHECK(set.components[0].Cyclomatic() == 4);
    CHECK(set.components[0].independent_loops == 3);
    CHECK(set.paths.size() == 3);
    for (const Path& p : set.paths) CHECK(p.steps.size() == 2);
    CheckIndependent(set);
  }
  SECTION("two components, each with its own set") {
    // n0 <-> n1 (both +) and n2 <-> n3 (one + one -), joined by n1 -> n2:
    // component {n0, n1}: 2 nodes, 2 links, cyclomatic 1, one loop R;
    // component {n2, n3}: 2 nodes, 2 links, cyclomatic 1, one loop B; the
    // link n1 -> n2 joins them into no loop.
    ScratchStore db;
    MustLoad(*db.store, ClaimsOf(4, {{0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 3, 1}, {3, 2, -1}}));
    const auto set = Answer<PathsResult>(*db.store, "LOOPS INDEPENDENT");
    REQUIRE(set.components.size() == 2);
    for (const LoopComponent& c : set.components) {
      CHECK(c.nodes == 2);
      CHECK(c.Cyclomatic() == 1);
      CHECK(c.independent_loops == 1);
    }
    REQUIRE(set.paths.size() == 2);
    CHECK(set.paths[0].LoopType() == 'R');
    CHECK(set.paths[1].LoopType() == 'B');
    // THROUGH keeps the component of the node, and its loops through it.
    const auto through = Answer<PathsResult>(*db.store, "LOOPS INDEPENDENT THROUGH n3");
    REQUIRE(through.components.size() == 1);
    REQUIRE(through.paths.size() == 1);
    CHECK(through.paths[0].LoopType() == 'B');
  }
}

}  // namespace
}  // namespace causalkg
