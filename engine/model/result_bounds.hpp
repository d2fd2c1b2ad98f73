// What one result may hold, whatever its LIMIT.
//
// A LIMIT says how many rows a user wants; it must not be a way to make a
// statement hold more than memory can (PATHS ... DEPTH 12 LIMIT 100000000 on
// a dense graph has billions of chains). Every enumeration stops at these
// caps as it stops at its LIMIT: the result is `truncated`, and `capped`
// says that the cap, not the LIMIT, cut it, so that the output can say how
// to narrow the statement instead of raising the LIMIT.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/model/result.hpp"

namespace causalkg {

// Rows: chains, loops, MATCH rows, nodes, levers.
inline constexpr std::uint64_t kMaxResultRows = 1000000;
// Node and relation references in all rows together: a chain of 12 steps
// names 25, a MATCH row one a column.
inline constexpr std::uint64_t kMaxResultTerms = 2500000;
// The bytes of the names and labels the rows show, counted once a
// reference: what the output repeats.
inline constexpr std::uint64_t kMaxResultNameBytes = std::uint64_t{64} << 20;

// Counts the rows an enumeration collects against the row and term caps.
class ResultBudget {
 public:
  // Whether one more row naming `terms` terms fits; counts it when it does.
  bool Take(std::size_t terms) {
    if (rows_ + 1 > kMaxResultRows || terms_ + terms > kMaxResultTerms) return false;
    ++rows_;
    terms_ += terms;
    return true;
  }

  // How many rows of `terms` terms each fit in an empty budget.
  static std::uint64_t RowsOf(std::size_t terms) {
    const std::uint64_t by_terms = kMaxResultTerms / (terms == 0 ? 1 : terms);
    return by_terms < kMaxResultRows ? by_terms : kMaxResultRows;
  }

 private:
  std::uint64_t rows_ = 0;
  std::uint64_t terms_ = 0;
};

// Cuts a result whose names are filled to all three caps, the bytes of
// names included, and sets `truncated` and `capped` when it cut anything.
void CapResult(QueryResult& result);

}  // namespace causalkg
