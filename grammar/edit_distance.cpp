#include "grammar/edit_distance.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace causalkg::grammar {

namespace {

// Rows up to this long live on the stack: every name a suggestion is made
// for is shorter.
constexpr std::size_t kStackRow = 256;

std::size_t Banded(std::string_view a, std::string_view b, std::size_t limit, std::size_t* before,
                   std::size_t* previous, std::size_t* current) {
  const std::size_t n = a.size(), m = b.size();
  const std::size_t over = limit + 1;
  for (std::size_t j = 0; j <= m; ++j) previous[j] = std::min(j, over);
  for (std::size_t i = 1; i <= n; ++i) {
    std::fill(current, current + m + 1, over);
    current[0] = std::min(i, over);
    std::size_t row_best = current[0];
    const std::size_t first = i > limit ? i - limit : 1, last = std::min(m, i + limit);
    for (std::size_t j = first; j <= last; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d = std::min(d, before[j - 2] + 1);
      current[j] = std::min(d, over);
      row_best = std::min(row_best, current[j]);
    }
    if (row_best > limit) return over;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[m];
}

}  // namespace

std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  if (m < kStackRow) {
    std::array<std::size_t, kStackRow> rows[3];
    return Banded(a, b, limit, rows[0].data(), rows[1].data(), rows[2].data());
  }
  std::vector<std::size_t> rows(3 * (m + 1));
  return Banded(a, b, limit, rows.data(), rows.data() + m + 1, rows.data() + 2 * (m + 1));
}

}  // namespace causalkg::grammar
