// Binding names in statements to terms: by id, or by a label in any
// language, case-insensitively; unknown and ambiguous names are Name errors
// that point at the name and suggest the closest known names.
#pragma once

#include <string>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/vocabulary.hpp"
#include "engine/storage/store.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

enum class NameRole { kNode, kRelation };

// What a name stands for: a term of the store, or a built-in relation the
// store has no term for yet (engine/model/vocabulary.hpp).
struct ResolvedName {
  TermId id = kNoTerm;  // kNoTerm for a built-in not in the store
  bool by_id = false;   // the name is the term's id, exactly
  // A built-in relation not in the store: no claim uses it, and the first
  // write that does makes its term.
  const BuiltinRelation* absent_builtin = nullptr;
};

class NameResolver {
 public:
  explicit NameResolver(const Store& store) : store_(store) {}

  // The term `name` stands for. An exact id wins (and sets `by_id`);
  // otherwise the one term whose id or label folds to the same text
  // (preferring terms used in `role` when several do). A relation that
  // names no term of the store may name a built-in relation, by its id or a
  // built-in label: the store's term of that id when it has one, else the
  // built-in as absent. Built-ins come only after the store's names, so
  // that a name means in a store what it meant before a relation was built
  // in. Errors carry `name.offset`.
  Result<ResolvedName> Resolve(const ast::Name& name, NameRole role) const;

  // Up to `n` known names closest to `text` (ids and labels, as written),
  // closest first.
  std::vector<std::string> Suggest(const std::string& text, NameRole role, std::size_t n = 3) const;

 private:
  const Store& store_;
};

const char* RoleNoun(NameRole role);  // "node" / "relation"

// `s` in quotes for a message; a name over 200 characters is cut short, so
// that a message about a megabyte of typed text is still a line.
std::string Quote(const std::string& s);

}  // namespace causalkg
