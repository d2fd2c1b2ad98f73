// The rows of EFFECTS, CAUSES, LEVERS and BLINDSPOTS: ORDER BY belief and
// LIMIT.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/binder/bound_statement.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

// Orders `rows` by the belief `belief_of` gives each, the most (or least)
// believable first; ties keep their order, and rows without a belief come
// last.
template <typename Row, typename BeliefOf>
void OrderRowsByBelief(std::vector<Row>& rows, BeliefOrder order, BeliefOf belief_of) {
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    const std::optional<double> x = belief_of(a), y = belief_of(b);
    if (!x || !y) return x.has_value() && !y.has_value();
    return order == BeliefOrder::kDescending ? *x > *y : *x < *y;
  });
}

// Keeps the first `limit` rows, and no more than one result may hold,
// noting what it left out.
template <typename Row>
void KeepRows(std::vector<Row>& rows, std::uint64_t limit, bool& truncated, bool& capped) {
  if (rows.size() > limit) {
    rows.resize(limit);
    truncated = true;
  }
  if (rows.size() > kMaxResultRows) {
    rows.resize(kMaxResultRows);
    truncated = capped = true;
  }
}

// The LIMIT a search applies before weighing its rows: with ORDER BY belief
// none (every row is weighed and ordered first), else the statement's.
inline std::uint64_t LimitBeforeWeighing(const std::optional<BeliefOrder>& order,
                                         std::uint64_t limit) {
  return order ? kMaxResultRows : limit;
}

}  // namespace causalkg
