// A hash of a claim, for the maps that cache what a statement learns of
// each claim's evidence.
#pragma once

#include <cstddef>

#include "engine/model/model.hpp"

namespace causalkg {

struct TripleHash {
  std::size_t operator()(const Triple& t) const {
    return (std::size_t{t.subject} * 0x9E3779B97F4A7C15ull) ^
           (std::size_t{t.relation} * 0xC2B2AE3D27D4EB4Full) ^ std::size_t{t.object};
  }
};

}  // namespace causalkg
