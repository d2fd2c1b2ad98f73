// Fuzzes the two ways of loading claims against each other: any line, loaded
// as a one-line JSON Lines file (the fast claim reader when it can) and as
// the JSON document that holds the same object, must store the same values
// or fail both (tests/support/load_paths_agree.hpp says exactly what).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "load_paths_agree.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  std::string why;
  if (!causalkg::testing::LoadPathsAgree(line, &why)) {
    std::fprintf(stderr, "the two load paths disagree: %s\n", why.c_str());
    std::abort();
  }
  return 0;
}
