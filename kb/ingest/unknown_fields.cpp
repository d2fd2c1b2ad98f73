#include "kb/ingest/unknown_fields.hpp"

#include <algorithm>

#include "engine/storage/field_rules.hpp"
#include "grammar/edit_distance.hpp"
#include "kb/ingest/claim_sink.hpp"

namespace causalkg::kb {

namespace {

// Names longer than this get no suggestion: no field is half as long.
constexpr std::size_t kMaxSuggested = 40;
constexpr std::size_t kMaxEdits = 2;

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
    const std::size_t distance = grammar::EditDistance(name, known, kMaxEdits);
    if (distance < best_distance) {
      best = known;
      best_distance = distance;
    }
  }
  return best;
}

void UnknownFields::Add(std::string_view name, std::uint64_t claims) {
  if (claims == 0) return;
  if (auto it = counts_.find(name); it != counts_.end()) {
    it->second += claims;
  } else if (counts_.size() < kMostNamed) {
    counts_.emplace(std::string(name), claims);
  } else {
    others_ += claims;
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
