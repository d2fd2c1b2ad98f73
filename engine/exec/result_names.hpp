// Filling a result's table of names: every id it mentions, with its name,
// labels and whether it is a lever or recommendation.
#pragma once

#include "engine/model/result.hpp"
#include "engine/storage/store.hpp"

namespace causalkg {

Status FillNames(const Store& store, QueryResult& result);

// Adds to `names` those of `ids` (which may repeat) that it lacks.
Status FillNamesOf(const Store& store, std::vector<TermId> ids,
                   std::unordered_map<TermId, TermNames>& names);

}  // namespace causalkg
