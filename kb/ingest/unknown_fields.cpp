#include "kb/ingest/unknown_fields.hpp"

#include <algorithm>
#include <vector>

#include "engine/storage/field_rules.hpp"
#include "kb/ingest/claim_sink.hpp"

namespace causalkg::kb {

namespace {

// Names longer than this get no suggestion: no field is half as long.
constexpr std::size_t kMaxSuggested = 40;
constexpr std::size_t kMaxEdits = 2;

// Edit distance with transpositions (optimal string alignment) of two short
// texts, by bytes.
std::size_t Distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::string Claims(std::uint64_t n) {
  return std::to_string(n) + (n == 1 ? " claim has" : " claims have");
}

}  // namespace

std::string_view ClosestClaimField(std::string_view name) {
  if (name.size() > kMaxSuggested) return {};
  // A short name is a typo of one edit at most: "note" is no "quote".
  std::string_view best;
  std::size_t best_distance = std::min(kMaxEdits, std::max<std::size_t>(1, name.size() / 3)) + 1;
  // The fields of a claim are those of the sink's records from subject to
  // attributes, named as the sink names them.
  for (auto field = static_cast<int>(RecordField::kSubject);
       field <= static_cast<int>(RecordField::kAttributes); ++field) {
    const std::string_view known = FieldName(static_cast<RecordField>(field));
    const std::size_t distance = Distance(name, known);
    if (distance < best_distance) {
      best = known;
      best_distance = distance;
    }
  }
  return best;
}

void UnknownFields::Add(std::string_view name) {
  if (auto it = counts_.find(name); it != counts_.end()) {
    ++it->second;
  } else if (counts_.size() < kMostNamed) {
    counts_.emplace(std::string(name), 1);
  } else {
    ++others_;
  }
}

std::vector<std::string> UnknownFields::Warnings() const {
  std::vector<std::string> out;
  for (const auto& [name, count] : counts_) {
    std::string warning = Claims(count) + " a field " + fields::Excerpt(name) +
                          ", which no claim has, so it was not read";
    if (std::string_view closest = ClosestClaimField(name); !closest.empty())
      warning += "; did you mean '" + std::string(closest) + "'?";
    out.push_back(std::move(warning));
  }
  if (others_ > 0) {
    out.push_back(Claims(others_) + " fields of yet other names, which no claim has, so they " +
                  "were not read");
  }
  return out;
}

}  // namespace causalkg::kb
