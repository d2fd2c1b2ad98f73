// The radix sort of a bulk write orders triples as their keys order them in
// each ordering, whatever the ids' width, with repeats and with few triples.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <vector>

#include "engine/storage/codec.hpp"
#include "engine/storage/triple_sort.hpp"

namespace causalkg {
namespace {

std::vector<Triple> RandomTriples(std::size_t n, TermId node_ids, TermId relation_ids,
                                  unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<TermId> node(1, node_ids), relation(1, relation_ids);
  std::vector<Triple> triples(n);
  for (Triple& t : triples) t = {node(random), relation(random), node(random)};
  // Some repeats, as a load of the same claim twice makes.
  for (std::size_t i = 0; i + 7 < n; i += 7) triples[i + 3] = triples[i];
  return triples;
}

TEST_CASE("triples sort in each ordering as their keys do", "[storage][sort]") {
  struct Case {
    std::size_t n;
    TermId nodes, relations;
  };
  const Case cases[] = {
      {0, 10, 3},      {1, 10, 3},          {100, 50, 4},
      {5000, 1000, 7}, {50000, 2000000, 7}, {30000, UINT32_MAX - 1, 1},
      {30000, 1, 5},   {20000, 3, 1},       {40000, UINT32_MAX - 1, UINT32_MAX - 1}};
  unsigned seed = 1;
  for (const Case& c : cases) {
    const std::vector<Triple> triples = RandomTriples(c.n, c.nodes, c.relations, seed++);
    for (codec::Family ordering : {codec::kSpo, codec::kPos, codec::kOsp}) {
      INFO("n " << c.n << ", ids up to " << c.nodes << ", ordering " << ordering);
      std::vector<Triple> sorted{{9, 9, 9}}, spare{{8, 8, 8}, {7, 7, 7}};
      SortTriples(ordering, triples, sorted, spare);
      std::vector<Triple> expected = triples;
      std::stable_sort(expected.begin(), expected.end(), [&](const Triple& a, const Triple& b) {
        return codec::TripleKey(ordering, a) < codec::TripleKey(ordering, b);
      });
      REQUIRE(sorted == expected);
      CHECK(spare.empty());
    }
  }
}

}  // namespace
}  // namespace causalkg
