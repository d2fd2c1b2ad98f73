// Bytes written and read as hex pairs, for the byte-for-byte tests of the
// on-disk format (engine/storage/codec.hpp).
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace causalkg::testing {

// "01 ff" -> the bytes 0x01 0xff.
inline std::string Hex(std::string_view pairs) {
  std::string out;
  for (std::size_t i = 0; i + 1 < pairs.size(); i += 3) {
    out.push_back(static_cast<char>(std::stoi(std::string(pairs.substr(i, 2)), nullptr, 16)));
  }
  return out;
}

// Bytes as "72 65 ..." for a readable failure.
inline std::string Shown(std::string_view bytes) {
  std::string out;
  char pair[4];
  for (unsigned char c : bytes) {
    std::snprintf(pair, sizeof pair, "%02x ", c);
    out += pair;
  }
  return out;
}

}  // namespace causalkg::testing

#define CHECK_BYTES(actual, expected) \
  CHECK(::causalkg::testing::Shown(actual) == ::causalkg::testing::Shown(expected))
