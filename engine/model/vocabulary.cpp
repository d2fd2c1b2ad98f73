#include "engine/model/vocabulary.hpp"

#include <array>

namespace causalkg {

namespace {

struct BuiltinRelation {
  std::string_view id;
  Polarity polarity;
};

constexpr std::array<BuiltinRelation, 17> kBuiltins = {{
    {"amplifies", Polarity::kPositive},
    {"increases", Polarity::kPositive},
    {"strengthens", Polarity::kPositive},
    {"causes", Polarity::kPositive},
    {"promotes", Polarity::kPositive},
    {"enables", Polarity::kPositive},
    {"weakens", Polarity::kNegative},
    {"decreases", Polarity::kNegative},
    {"erodes", Polarity::kNegative},
    {"reduces", Polarity::kNegative},
    {"undermines", Polarity::kNegative},
    {"prevents", Polarity::kNegative},
    {"influences", Polarity::kUnknown},
    {"depends_on", Polarity::kUnknown},
    {"addresses", Polarity::kNone},
    {"is_a", Polarity::kNone},
    {"part_of", Polarity::kNone},
}};

}  // namespace

std::optional<Polarity> BuiltinPolarity(std::string_view relation) {
  for (const auto& builtin : kBuiltins) {
    if (builtin.id == relation) return builtin.polarity;
  }
  return std::nullopt;
}

bool IsActingRelation(std::string_view relation) {
  return relation == "addresses" || relation == "targets" || relation == "acts_on";
}

}  // namespace causalkg
