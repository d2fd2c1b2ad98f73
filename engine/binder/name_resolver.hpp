// Binding names in statements to terms: by id, or by a label in any
// language, case-insensitively; unknown and ambiguous names are Name errors
// that point at the name and suggest the closest known names.
#pragma once

#include <string>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

enum class NameRole { kNode, kRelation };

class NameResolver {
 public:
  explicit NameResolver(const Store& store) : store_(store) {}

  // The term `name` stands for. An exact id wins (and sets `*by_id`, when
  // given); otherwise the one term whose id or label folds to the same text
  // (preferring terms used in `role` when several do). Errors carry
  // `name.offset`.
  Result<TermId> Resolve(const ast::Name& name, NameRole role, bool* by_id = nullptr) const;

  // Up to `n` known names closest to `text` (ids and labels, as written),
  // closest first.
  std::vector<std::string> Suggest(const std::string& text, NameRole role, std::size_t n = 3) const;

 private:
  const Store& store_;
};

const char* RoleNoun(NameRole role);  // "node" / "relation"

}  // namespace causalkg
