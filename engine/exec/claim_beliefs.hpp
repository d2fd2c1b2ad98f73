// The beliefs of the claims one statement looks at (engine/model/belief.hpp):
// the sources' error rates read once, and each claim's evidence read once.
#pragma once

#include <unordered_map>

#include "engine/common/status.hpp"
#include "engine/model/belief.hpp"
#include "engine/model/triple_hash.hpp"
#include "engine/storage/store.hpp"

namespace causalkg {

class ClaimBeliefs {
 public:
  // Reads the error rates the store's sources declare.
  static Result<ClaimBeliefs> Read(const Store& store);

  // The belief of claim `t`, from every piece of its evidence.
  Result<Belief> Of(const Triple& t);

  const SourceErrorTable& sources() const { return sources_; }

 private:
  explicit ClaimBeliefs(const Store& store) : store_(&store) {}

  const Store* store_;
  SourceErrorTable sources_;
  std::unordered_map<Triple, Belief, TripleHash> cache_;
};

}  // namespace causalkg
