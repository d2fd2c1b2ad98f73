// The flat table a write interns names in agrees with a std::unordered_map
// through inserts, look-ups, erases and growth, for short names kept in
// their slots and long ones kept apart.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/storage/intern_table.hpp"

namespace causalkg {
namespace {

// Names of every length around the inline limit, some sharing prefixes.
std::string NameOf(std::mt19937& random, int serial) {
  const std::size_t length = std::uniform_int_distribution<std::size_t>(1, 60)(random);
  std::string name = "n" + std::to_string(serial);
  while (name.size() < length) name += static_cast<char>('a' + serial % 26);
  return name;
}

TEST_CASE("the intern table agrees with a hash map through inserts, erases and growth",
          "[storage][names]") {
  std::mt19937 random(7);
  InternTable table;
  std::unordered_map<std::string, TermId> expected;
  std::vector<std::string> names;
  TermId next = 1;
  for (int step = 0; step < 200000; ++step) {
    const int action = std::uniform_int_distribution<int>(0, 9)(random);
    if (action < 6 || names.empty()) {
      std::string name = NameOf(random, step);
      if (expected.count(name)) continue;
      table.Insert(name, next);
      expected[name] = next++;
      names.push_back(std::move(name));
    } else if (action < 8) {
      const std::string& name = names[random() % names.size()];
      const auto it = expected.find(name);
      REQUIRE(table.Find(name) == (it == expected.end() ? kNoTerm : it->second));
    } else {
      const std::string name = names[random() % names.size()];
      REQUIRE(table.Erase(name) == (expected.erase(name) == 1));
    }
  }
  REQUIRE(table.size() == expected.size());
  for (const std::string& name : names) {
    const auto it = expected.find(name);
    REQUIRE(table.Find(name) == (it == expected.end() ? kNoTerm : it->second));
  }
  // Names never inserted, one byte off the ones that were.
  for (std::size_t i = 0; i < 1000 && i < names.size(); ++i) {
    CHECK(table.Find(names[i] + "x") == kNoTerm);
    CHECK(table.Find(names[i].substr(0, names[i].size() - 1) + "#") == kNoTerm);
  }
}

TEST_CASE("the intern table tells apart names of equal length and prefix", "[storage][names]") {
  InternTable table;
  const std::string long_a(40, 'a');
  std::string long_b = long_a;
  long_b.back() = 'b';
  table.Insert("", 1);
  table.Insert("abc", 2);
  table.Insert("abd", 3);
  table.Insert(long_a, 4);
  table.Insert(long_b, 5);
  table.Insert(std::string(24, 'z'), 6);  // the longest kept inside a slot
  table.Insert(std::string(25, 'z'), 7);  // the shortest kept apart
  CHECK(table.Find("") == 1);
  CHECK(table.Find("abc") == 2);
  CHECK(table.Find("abd") == 3);
  CHECK(table.Find("ab") == kNoTerm);
  CHECK(table.Find(long_a) == 4);
  CHECK(table.Find(long_b) == 5);
  CHECK(table.Find(std::string(24, 'z')) == 6);
  CHECK(table.Find(std::string(25, 'z')) == 7);
  CHECK(table.Find(std::string(26, 'z')) == kNoTerm);
  CHECK(table.Erase("abc"));
  CHECK_FALSE(table.Erase("abc"));
  CHECK(table.Find("abc") == kNoTerm);
  CHECK(table.Find("abd") == 3);
  table.Reserve(100000);
  CHECK(table.Find(long_b) == 5);
  CHECK(table.size() == 6);
}

}  // namespace
}  // namespace causalkg
