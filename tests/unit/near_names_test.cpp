// The rule for names close to others (engine/binder/near_names.hpp): one
// typo or case apart is close, numbers apart is not; and the index that
// finds the close names of a large load finds what comparing every pair
// finds.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>
#include <set>

#include "engine/binder/near_names.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

bool Close(const std::string& a, const std::string& b) { return AreClose(FormOf(a), FormOf(b)); }

TEST_CASE("names one typo or only case and spacing apart are close; numbers apart are not",
          "[near]") {
  // One edit: a letter left out, added, changed, two neighbours swapped.
  CHECK(Close("digitalisaton", "digitalisation"));
  CHECK(Close("digitalisations", "digitalisation"));
  CHECK(Close("digitalizasion", "digitalization"));
  CHECK(Close("trsut", "trust"));
  CHECK(Close("social cohesion", "social_cohesion"));
  CHECK(Close("cost", "costs"));
  CHECK(Close("covid19 cases", "covid-19 cases"));
  // Case and spacing only, however short.
  CHECK(Close("Digitalisation", "digitalisation"));
  CHECK(Close("TAX", "tax"));
  CHECK(Close("social  cohesion", "Social Cohesion"));
  // Two edits, short words, and numbers are not.
  CHECK_FALSE(Close("inflation", "deflation"));
  CHECK_FALSE(Close("unemployment", "employment"));
  CHECK_FALSE(Close("tax", "tap"));
  CHECK_FALSE(Close("n1", "n2"));
  CHECK_FALSE(Close("n17", "n170"));
  CHECK_FALSE(Close("wave 1", "wave 2"));
  CHECK_FALSE(Close("budget 2024", "budget 2025"));
  CHECK_FALSE(Close("budget", "budget 2024"));
  CHECK_FALSE(Close("wave1", "waves"));
}

// Random names over few letters, so that many are a typo apart, some
// differ only in case or digits.
std::vector<std::string> RandomNames(std::mt19937& random, std::size_t n) {
  const std::string letters = "abAB1 _";
  std::uniform_int_distribution<std::size_t> length(2, 7), letter(0, letters.size() - 1);
  std::set<std::string> seen;
  std::vector<std::string> names;
  while (names.size() < n) {
    std::string name;
    for (std::size_t k = length(random); k > 0; --k) name += letters[letter(random)];
    if (name.front() == ' ' || name.back() == ' ') continue;  // loads keep ids as given
    if (seen.insert(name).second) names.push_back(name);
  }
  return names;
}

TEST_CASE("the index finds the new names that comparing every pair finds close", "[near]") {
  std::mt19937 random(20250214);
  for (int round = 0; round < 20; ++round) {
    INFO("round " << round);
    const std::vector<std::string> names = RandomNames(random, 150);
    const std::size_t known = 60;  // the first ones are the store's, the rest new
    NearNames near;
    for (std::size_t i = 0; i < known; ++i) near.AddKnown(names[i], i, i % 3 == 0);
    for (std::size_t i = known; i < names.size(); ++i) near.AddNew(names[i], i);
    std::map<std::uint32_t, NearNames::Match> found;
    for (const NearNames::Match& match : near.Find()) found[match.name] = match;

    for (std::size_t i = known; i < names.size(); ++i) {
      INFO(names[i]);
      bool close_known = false, close_earlier = false;
      for (std::size_t j = 0; j < i; ++j) {
        if (!Close(names[i], names[j])) continue;
        (j < known ? close_known : close_earlier) = true;
      }
      const auto it = found.find(i);
      REQUIRE((it != found.end()) == (close_known || close_earlier));
      if (it == found.end()) continue;
      const NearNames::Match& match = it->second;
      // The name given is close, a known one when there is one, else one
      // that came before.
      CHECK(Close(names[i], names[match.close_to]));
      CHECK(match.close_to_new == !close_known);
      CHECK(match.close_to_new == (match.close_to >= known));
      CHECK(match.close_to < i);
    }
  }
}

TEST_CASE("a generated graph's numbered names are not close to one another, and cost little",
          "[near]") {
  NearNames near;
  for (std::uint32_t i = 0; i < 200000; ++i) near.AddNew("n" + std::to_string(i), i);
  const auto start = std::chrono::steady_clock::now();
  CHECK(near.Find().empty());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 1.0);  // a behaviour bound: every name one shape, nothing to index
}

TEST_CASE("ADD's check finds the store's node close to a new name, by id or by label", "[near]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, R"({"nodes": [
      {"id": "social_cohesion", "label": {"en": "social cohesion", "nl": "sociale samenhang"}},
      {"id": "wave_1"}],
    "claims": [{"subject": "wave_1", "relation": "weakens", "object": "social_cohesion"}]})");
  auto by_id = FindCloseNode(*db.store, "social_cohesoin");
  REQUIRE(by_id.ok());
  REQUIRE(by_id->has_value());
  CHECK((*by_id)->node == "social_cohesion");
  CHECK((*by_id)->label.empty());
  CHECK(CloseNodeWarning("social_cohesoin", **by_id) ==
        "new node 'social_cohesoin' is close to node 'social_cohesion': did you mean "
        "'social_cohesion'?");

  auto by_label = FindCloseNode(*db.store, "sociale samenhnag");
  REQUIRE(by_label.ok());
  REQUIRE(by_label->has_value());
  CHECK(CloseNodeWarning("sociale samenhnag", **by_label) ==
        "new node 'sociale samenhnag' is close to 'sociale samenhang', the nl label of node "
        "'social_cohesion': did you mean 'sociale samenhang' (social_cohesion)?");

  // Numbers apart, and relations, are not close.
  auto numbered = FindCloseNode(*db.store, "wave_2");
  REQUIRE(numbered.ok());
  CHECK_FALSE(numbered->has_value());
  auto relation = FindCloseNode(*db.store, "weakenz");
  REQUIRE(relation.ok());
  CHECK_FALSE(relation->has_value());
}

}  // namespace
}  // namespace causalkg
