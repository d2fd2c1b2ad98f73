// StableKeyOrder must give the order std::stable_sort gives the keys
// themselves, whatever bytes they hold.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "engine/storage/key_order.hpp"

namespace causalkg {
namespace {

// What std::stable_sort makes of the keys, as indices.
std::vector<std::uint32_t> StableSorted(const std::vector<std::string>& keys) {
  std::vector<std::uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
  return order;
}

std::vector<std::uint32_t> OrderOf(const std::vector<std::string>& keys) {
  std::vector<std::string_view> views(keys.begin(), keys.end());
  std::vector<std::uint32_t> order;
  for (const KeyRank& rank : StableKeyOrder(views)) {
    CHECK(rank.prefix == KeyPrefix(keys[rank.index]));
    order.push_back(rank.index);
  }
  return order;
}

// Keys that meet every case of the prefix: empty ones, ones shorter and
// longer than eight bytes, shared prefixes of every length, zero bytes,
// bytes above 0x7f (UTF-8 and not), and many repeats.
std::vector<std::string> RandomKeys(std::uint32_t seed, int n) {
  std::mt19937 random(seed);
  const std::vector<std::string> stems = {"",
                                          "n",
                                          "n1",
                                          "n12345",
                                          "n1234567",
                                          "n12345678",
                                          "node-with-a-long-name",
                                          "\xC3\xA9t\xC3\xA9",
                                          "\xFF\xFE",
                                          std::string("a\0b", 3)};
  const std::string alphabet = std::string("ab\0\x01\x7F\x80\xC3\xA9\xFFzZ", 11);
  std::vector<std::string> keys;
  for (int i = 0; i < n; ++i) {
    std::string key = stems[random() % stems.size()];
    const int tail = static_cast<int>(random() % 12);
    for (int j = 0; j < tail; ++j) key.push_back(alphabet[random() % alphabet.size()]);
    keys.push_back(std::move(key));
  }
  return keys;
}

TEST_CASE("keys sort as std::stable_sort sorts them, equal keys in the order given",
          "[storage][sort]") {
  for (std::uint32_t seed : {1u, 2u, 3u, 4u, 5u}) {
    const auto keys = RandomKeys(seed, 5000);
    CHECK(OrderOf(keys) == StableSorted(keys));
  }
}

TEST_CASE("keys that differ only past their first eight bytes, or in zero bytes, sort by bytes",
          "[storage][sort]") {
  const std::vector<std::string> keys = {std::string("abcdefgh\x80", 9),
                                         "abcdefgh",
                                         std::string("abc\0", 4),
                                         "abc",
                                         "",
                                         std::string("abcdefgh\0", 9),
                                         "abcdefgha",
                                         "abc",
                                         std::string("\0", 1),
                                         ""};
  CHECK(OrderOf(keys) == StableSorted(keys));
  // Spelled out: the empty keys first in their order, the zero byte next,
  // "abc" twice in order, then the longer keys byte by byte.
  CHECK(OrderOf(keys) == std::vector<std::uint32_t>{4, 9, 8, 3, 7, 2, 1, 5, 6, 0});
}

TEST_CASE("the prefix of a key orders as the key does", "[storage][sort]") {
  CHECK(KeyPrefix("") == 0);
  CHECK(KeyPrefix("a") < KeyPrefix("a\x01"));
  CHECK(KeyPrefix("\x7F") < KeyPrefix("\x80"));
  CHECK(KeyPrefix("abcdefgh") == KeyPrefix("abcdefghij"));
}

TEST_CASE("no keys, one key", "[storage][sort]") {
  CHECK(OrderOf({}).empty());
  CHECK(OrderOf({"x"}) == std::vector<std::uint32_t>{0});
}

}  // namespace
}  // namespace causalkg
