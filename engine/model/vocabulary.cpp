#include "engine/model/vocabulary.hpp"

#include <array>

namespace causalkg {

namespace {

constexpr std::array<BuiltinRelation, 17> kBuiltins = {{
    {"amplifies", Polarity::kPositive, "", ""},
    {"increases", Polarity::kPositive, "", ""},
    {"strengthens", Polarity::kPositive, "", ""},
    {"causes", Polarity::kPositive, "", ""},
    {"promotes", Polarity::kPositive, "", ""},
    {"enables", Polarity::kPositive, "", ""},
    {"weakens", Polarity::kNegative, "", ""},
    {"decreases", Polarity::kNegative, "", ""},
    {"erodes", Polarity::kNegative, "", ""},
    {"reduces", Polarity::kNegative, "", ""},
    {"undermines", Polarity::kNegative, "", ""},
    {"prevents", Polarity::kNegative, "", ""},
    {"influences", Polarity::kUnknown, "influences", "beïnvloedt"},
    {"depends_on", Polarity::kUnknown, "depends on", "hangt af van"},
    {"addresses", Polarity::kNone, "", ""},
    {"is_a", Polarity::kNone, "", ""},
    {"part_of", Polarity::kNone, "", ""},
}};

}  // namespace

Labels BuiltinRelation::labels() const {
  Labels out;
  if (!label_en.empty()) out.emplace("en", label_en);
  if (!label_nl.empty()) out.emplace("nl", label_nl);
  return out;
}

std::span<const BuiltinRelation> BuiltinRelations() { return kBuiltins; }

const BuiltinRelation* FindBuiltin(std::string_view id) {
  for (const auto& builtin : kBuiltins) {
    if (builtin.id == id) return &builtin;
  }
  return nullptr;
}

std::optional<Polarity> BuiltinPolarity(std::string_view relation) {
  const BuiltinRelation* builtin = FindBuiltin(relation);
  if (!builtin) return std::nullopt;
  return builtin->polarity;
}

void AddBuiltinLabels(std::string_view relation, Labels& labels) {
  const BuiltinRelation* builtin = FindBuiltin(relation);
  if (!builtin) return;
  for (auto& [language, label] : builtin->labels()) labels.emplace(language, std::move(label));
}

bool IsActingRelation(std::string_view relation) {
  return relation == "addresses" || relation == "targets" || relation == "acts_on";
}

}  // namespace causalkg
