#include "engine/storage/key_order.hpp"

#include <algorithm>
#include <cstring>

namespace causalkg {

std::uint64_t KeyPrefix(std::string_view key) {
  unsigned char bytes[8] = {};
  std::memcpy(bytes, key.data(), std::min<std::size_t>(key.size(), 8));
  std::uint64_t prefix = 0;
  for (unsigned char byte : bytes) prefix = (prefix << 8) | byte;
  return prefix;
}

std::vector<KeyRank> StableKeyOrder(const std::vector<std::string_view>& keys) {
  std::vector<KeyRank> ranks(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    ranks[i] = {KeyPrefix(keys[i]), static_cast<std::uint32_t>(i)};
  }
  // A total order: by prefix, then (only on a tie) by the whole key, then
  // by index, which makes the unstable sort stable.
  std::sort(ranks.begin(), ranks.end(), [&keys](const KeyRank& a, const KeyRank& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    if (const int c = keys[a.index].compare(keys[b.index]); c != 0) return c < 0;
    return a.index < b.index;
  });
  return ranks;
}

}  // namespace causalkg
