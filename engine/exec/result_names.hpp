// Filling a result's table of names: every id it mentions, with its name,
// labels and whether it is a lever or recommendation.
#pragma once

#include "engine/model/result.hpp"
#include "engine/storage/store.hpp"

namespace causalkg {

Status FillNames(const Store& store, QueryResult& result);

}  // namespace causalkg
