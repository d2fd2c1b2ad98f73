// The order of many byte-string keys, equal keys kept in the order given:
// what std::stable_sort gives, without moving the keys.
//
// A bulk load writes the names and labels of millions of new terms, each
// family as one sorted file. Sorting their entries themselves moves strings
// of 72-byte entries and compares them byte by byte through a pointer each
// time; sorting 16-byte items of the key's first eight bytes (as one
// big-endian number) and its index compares integers, and looks at the
// keys themselves only where two share their first eight bytes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace causalkg {

// The first eight bytes of `key` as a big-endian number, shorter keys padded
// with zero bytes: a key's number is below another's only when the key
// sorts before the other (bytes compared unsigned, as std::string does).
std::uint64_t KeyPrefix(std::string_view key);

// A key's place in an order: its index and its prefix (KeyPrefix), so that
// a caller walking the order can tell most neighbours apart without reading
// their keys.
struct KeyRank {
  std::uint64_t prefix;
  std::uint32_t index;
};

// The indices 0..keys.size()-1 in the order of their keys, equal keys in
// index order (a stable sort).
std::vector<KeyRank> StableKeyOrder(const std::vector<std::string_view>& keys);

}  // namespace causalkg
