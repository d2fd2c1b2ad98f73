// The built-in vocabulary: relations whose meaning causalkg knows without a
// declaration. A knowledge base may declare others, or re-declare these
// with labels; a declared polarity that contradicts a built-in one is
// allowed (the declaration wins) but a store keeps one polarity a relation.
#pragma once

#include <optional>
#include <string_view>

#include "engine/model/model.hpp"

namespace causalkg {

// Causal (+): amplifies, increases, strengthens, causes, promotes, enables.
// Causal (-): weakens, decreases, erodes, reduces, undermines, prevents.
// Causal (?, the sign not stated): influences, depends_on.
// Non-causal: addresses, is_a, part_of.
// nullopt for a relation outside the vocabulary.
std::optional<Polarity> BuiltinPolarity(std::string_view relation);

// Relations by which a lever or recommendation acts on a node: addresses,
// targets, acts_on. Other non-causal relations from a lever (a policy that
// `overlooks` something) do not count as acting on it.
bool IsActingRelation(std::string_view relation);

inline constexpr std::string_view kIsA = "is_a";
inline constexpr std::string_view kLeverKind = "lever";
inline constexpr std::string_view kRecommendationKind = "recommendation";

}  // namespace causalkg
