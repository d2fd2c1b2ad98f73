// What a load's names deserve a warning for, found before it commits: a new
// node whose name is close to a node's already there or to another new
// node's (engine/binder/near_names.hpp: "did you mean ...?"), and a label a
// node gets that another node has in the same language, or that two nodes
// of the load get, so that the label no longer says which node it means.
#pragma once

#include <string>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/write_set.hpp"

namespace causalkg::kb {

// Of each kind, this many are listed; one more warning counts the rest.
inline constexpr std::size_t kMostListed = 10;

// Appends to `warnings` what `write`, staged and not yet committed, gives
// names that deserve one.
Status AddNameWarnings(const WriteSet& write, std::vector<std::string>& warnings);

}  // namespace causalkg::kb
