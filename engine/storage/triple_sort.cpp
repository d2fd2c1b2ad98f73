#include "engine/storage/triple_sort.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <tuple>
#include <utility>

namespace causalkg {

namespace {

// Digits of 11 bits: three to an id (11 + 11 + 10 bits), and a table of
// counts (2048 entries) that stays in the core's own cache.
constexpr int kDigitBits = 11;
constexpr std::size_t kBuckets = std::size_t{1} << kDigitBits;
constexpr int kDigitsPerId = 3;
constexpr int kDigits = 3 * kDigitsPerId;
// Below this many triples a comparison sort is quicker than counting.
constexpr std::size_t kRadixFrom = 4096;

// The ids of `t` from the least significant to the most in `ordering`'s key.
template <codec::Family kOrdering>
std::array<TermId, 3> IdsOf(const Triple& t) {
  if constexpr (kOrdering == codec::kPos) {
    return {t.subject, t.object, t.relation};
  } else if constexpr (kOrdering == codec::kOsp) {
    return {t.relation, t.subject, t.object};
  } else {
    return {t.object, t.relation, t.subject};
  }
}

template <codec::Family kOrdering>
std::uint32_t DigitOf(const Triple& t, int digit) {
  const TermId id = IdsOf<kOrdering>(t)[digit / kDigitsPerId];
  return (id >> (kDigitBits * (digit % kDigitsPerId))) & (kBuckets - 1);
}

template <codec::Family kOrdering>
bool Before(const Triple& a, const Triple& b) {
  const auto x = IdsOf<kOrdering>(a), y = IdsOf<kOrdering>(b);
  return std::tie(x[2], x[1], x[0]) < std::tie(y[2], y[1], y[0]);
}

// Sorts `from` into `to` by counting, least significant digit first, going
// back and forth between `to` and `spare`.
template <codec::Family kOrdering>
void RadixSort(const std::vector<Triple>& from, std::vector<Triple>& to,
               std::vector<Triple>& spare) {
  const std::size_t n = from.size();
  // Every digit counted in one pass.
  std::vector<std::array<std::size_t, kBuckets>> counts(kDigits);
  for (auto& count : counts) count.fill(0);
  for (const Triple& t : from) {
    for (int digit = 0; digit < kDigits; ++digit) ++counts[digit][DigitOf<kOrdering>(t, digit)];
  }
  const std::vector<Triple>* source = &from;
  std::vector<Triple>* target = &to;
  to.resize(n);
  for (int digit = 0; digit < kDigits; ++digit) {
    auto& count = counts[digit];
    // A digit every triple shares orders nothing.
    if (count[DigitOf<kOrdering>(from.front(), digit)] == n) continue;
    std::size_t start = 0;
    for (std::size_t& c : count) start += std::exchange(c, start);
    Triple* out = target->data();
    for (const Triple& t : *source) out[count[DigitOf<kOrdering>(t, digit)]++] = t;
    source = target;
    if (target == &to) {
      spare.resize(n);
      target = &spare;
    } else {
      target = &to;
    }
  }
  if (source == &from) {
    to = from;  // all alike
  } else if (source == &spare) {
    to.swap(spare);
  }
  spare.clear();
  spare.shrink_to_fit();
}

template <codec::Family kOrdering>
void Sort(const std::vector<Triple>& from, std::vector<Triple>& to, std::vector<Triple>& spare) {
  if (from.size() >= kRadixFrom) return RadixSort<kOrdering>(from, to, spare);
  to = from;
  std::sort(to.begin(), to.end(), Before<kOrdering>);
  spare.clear();
}

}  // namespace

void SortTriples(codec::Family ordering, const std::vector<Triple>& from, std::vector<Triple>& to,
                 std::vector<Triple>& spare) {
  switch (ordering) {
    case codec::kPos:
      return Sort<codec::kPos>(from, to, spare);
    case codec::kOsp:
      return Sort<codec::kOsp>(from, to, spare);
    default:
      return Sort<codec::kSpo>(from, to, spare);
  }
}

}  // namespace causalkg
