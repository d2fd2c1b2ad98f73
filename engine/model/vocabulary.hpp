// The built-in vocabulary: relations whose meaning causalkg knows without a
// declaration. A knowledge base may declare others, or re-declare these
// with labels; a declared polarity that contradicts a built-in one is
// allowed (the declaration wins) but a store keeps one polarity a relation.
//
// Every store knows every built-in relation, also one no claim has used
// yet: a statement may name it (by id or by a built-in label) and reads
// nothing of it, and the first write that uses it makes its term, with the
// built-in polarity (engine/storage/write_set.cpp). Stores hold no record of
// a built-in until then, so reading stays read-only and a store written
// before a relation was built in opens as it was.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "engine/model/model.hpp"

namespace causalkg {

struct BuiltinRelation {
  std::string_view id;
  Polarity polarity;
  // Names in other words, as a declaration's labels would give them; empty
  // when the id says it all.
  std::string_view label_en;
  std::string_view label_nl;
  // The labels as a term holds them.
  Labels labels() const;
};

// Causal (+): amplifies, increases, strengthens, causes, promotes, enables.
// Causal (-): weakens, decreases, erodes, reduces, undermines, prevents.
// Causal (?, the sign not stated): influences, depends_on.
// Non-causal: addresses, is_a, part_of.
// In that order, which is how `.relations` lists them.
std::span<const BuiltinRelation> BuiltinRelations();

// The built-in relation with this id, or null.
const BuiltinRelation* FindBuiltin(std::string_view id);

// nullopt for a relation outside the vocabulary.
std::optional<Polarity> BuiltinPolarity(std::string_view relation);

// Adds to `labels` the built-in labels of `relation` in the languages it
// has none in: how results and `.relations` show a built-in relation whose
// term holds no labels of its own (the store keeps none for it).
void AddBuiltinLabels(std::string_view relation, Labels& labels);

// Relations by which a lever or recommendation acts on a node: addresses,
// targets, acts_on. Other non-causal relations from a lever (a policy that
// `overlooks` something) do not count as acting on it.
bool IsActingRelation(std::string_view relation);

inline constexpr std::string_view kIsA = "is_a";
inline constexpr std::string_view kLeverKind = "lever";
inline constexpr std::string_view kRecommendationKind = "recommendation";

}  // namespace causalkg
