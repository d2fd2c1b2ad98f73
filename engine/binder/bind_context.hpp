// What every statement's binder needs: the store's names, and the binding
// of what several statements share (a node, a relation, chain options).
#pragma once

#include <span>
#include <string>

#include "engine/binder/bound_statement.hpp"
#include "engine/binder/name_resolver.hpp"
#include "engine/storage/store.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

class BindContext {
 public:
  // `store`, and `load_formats` (the names of the formats LOAD reads, which
  // the engine is given: reading files is kb/'s), must outlive the context.
  explicit BindContext(const Store& store, std::span<const std::string> load_formats = {})
      : store_(store), names_(store), load_formats_(load_formats) {}

  const Store& store() const { return store_; }
  const NameResolver& names() const { return names_; }
  std::span<const std::string> load_formats() const { return load_formats_; }

  // The term `name` stands for; unknown and ambiguous names are Name errors
  // pointing at it.
  Result<BoundTerm> Term(const ast::Name& name, NameRole role) const;
  Result<BoundTerm> Node(const ast::Name& name) const { return Term(name, NameRole::kNode); }
  Result<BoundTerm> Relation(const ast::Name& name) const {
    return Term(name, NameRole::kRelation);
  }

  // The polarity of a bound relation: the store's, or for a built-in no
  // claim has used yet, the built-in one.
  Polarity RelationPolarity(const BoundTerm& relation) const;

  // `options` with its defaults: `default_depth`, kDefaultLimit. VIA
  // relations are bound first, and each must be causal; then the
  // conditions on evidence (bind_evidence.hpp).
  Result<BoundChainOptions> ChainOptions(const ast::ChainOptions& options, int default_depth) const;

 private:
  const Store& store_;
  NameResolver names_;
  std::span<const std::string> load_formats_;
};

}  // namespace causalkg
