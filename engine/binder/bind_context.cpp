#include "engine/binder/bind_context.hpp"

#include "engine/binder/bind_evidence.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/model/vocabulary.hpp"

namespace causalkg {

Result<BoundTerm> BindContext::Term(const ast::Name& name, NameRole role) const {
  auto resolved = names_.Resolve(name, role);
  if (!resolved.ok()) return std::move(resolved).TakeStatus();
  BoundTerm term;
  term.id = resolved->id;
  term.typed = name.text;
  term.offset = name.offset;
  if (resolved->absent_builtin) {
    term.is_new = true;
    term.name = resolved->absent_builtin->id;
    return term;
  }
  if (resolved->by_id) {
    term.name = name.text;
    return term;
  }
  auto stored = store_.TermName(resolved->id);
  if (!stored.ok()) return std::move(stored).TakeStatus();
  term.name = std::move(stored).value();
  return term;
}

Polarity BindContext::RelationPolarity(const BoundTerm& relation) const {
  if (relation.is_new) return BuiltinPolarity(relation.name).value_or(Polarity::kNone);
  return store_.RelationPolarity(relation.id);
}

Result<BoundChainOptions> BindContext::ChainOptions(const ast::ChainOptions& options,
                                                    int default_depth) const {
  BoundChainOptions bound;
  for (const ast::Name& name : options.via) {
    auto relation = Relation(name);
    if (!relation.ok()) return std::move(relation).TakeStatus();
    if (RelationPolarity(*relation) == Polarity::kNone) {
      return Status::Query("VIA follows causal relations, and '" + name.text + "' has no polarity",
                           "declare its polarity in a claims file, or leave it out of VIA")
          .AtOffset(name.offset);
    }
    bound.via.push_back(std::move(relation).value());
  }
  bound.depth = options.depth.value_or(default_depth);
  if (options.sign) {
    switch (*options.sign) {
      case ast::Sign::kPositive:
        bound.sign = kPositiveSign;
        break;
      case ast::Sign::kNegative:
        bound.sign = kNegativeSign;
        break;
      case ast::Sign::kUnknown:
        bound.sign = kUnknownSign;
        break;
    }
  }
  bound.limit = options.limit.value_or(kDefaultLimit);
  auto filter = BindEvidenceFilter(options);
  if (!filter.ok()) return std::move(filter).TakeStatus();
  bound.filter = std::move(filter).value();
  if (options.order_by_belief) {
    bound.order_by_belief =
        options.order_by_belief->descending ? BeliefOrder::kDescending : BeliefOrder::kAscending;
  }
  return bound;
}

}  // namespace causalkg
