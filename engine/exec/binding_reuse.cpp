#include "engine/exec/binding_reuse.hpp"

#include <variant>

namespace causalkg {

BoundTerm& BindingReuse::TermAt(BoundMatch& match, const Site& site) {
  if (site.pattern >= 0) return match.patterns[site.pattern].terms[site.slot].constant;
  BoundComparison& comparison = match.where[site.comparison];
  return (site.right ? comparison.right : comparison.left).term;
}

void BindingReuse::Forget(std::uint64_t generation) {
  generation_ = generation;
  looked_ = false;
  bound_.reset();
  plan_.reset();
  sites_.clear();
}

void BindingReuse::KeepPlan(const StatementPlan& plan) {
  if (!bound_ || plan_) return;
  if (std::get<BoundMatch>(bound_->body).patterns.size() == 1) plan_ = plan;
}

const BoundStatement* BindingReuse::Filled(const Store& store, const ParameterValues& values) {
  if (generation_ != store.generation()) {
    // Written since: the constants it holds may name other terms now.
    Forget(store.generation());
    return nullptr;
  }
  if (!bound_) return nullptr;
  auto& match = std::get<BoundMatch>(bound_->body);
  for (const Site& site : sites_) {
    const auto value = values.find(site.parameter);
    if (value == values.end()) return nullptr;
    // As the binder resolves a name: by id first (name_resolver.hpp). A
    // name found otherwise, or not at all, is the binder's to resolve or
    // refuse.
    auto id = store.FindTerm(value->second);
    if (!id.ok() || !id->has_value()) return nullptr;
    BoundTerm& term = TermAt(match, site);
    term.id = **id;
    term.is_new = false;
    term.name = value->second;
    term.typed = value->second;
  }
  return &*bound_;
}

void BindingReuse::Keep(const Store& store, const ast::Statement& statement,
                        const BoundStatement& bound) {
  if (generation_ != store.generation()) Forget(store.generation());
  if (looked_) return;
  looked_ = true;
  const auto* match = std::get_if<BoundMatch>(&bound.body);
  if (match == nullptr || bound.mode != ast::Mode::kRun) return;
  std::vector<Site> sites;
  for (const ParameterUse& use : ParameterUses(statement)) {
    // A number, a text, or a value a field of evidence is compared with is
    // read by the binder in ways a term is not: such a statement binds
    // afresh every time.
    if (!use.as_name) return;
    bool found = false;
    for (std::size_t p = 0; p < match->patterns.size(); ++p) {
      for (int k = 0; k < 3; ++k) {
        const BoundSlot& slot = match->patterns[p].terms[k];
        if (slot.variable < 0 && slot.constant.offset == use.offset) {
          sites.push_back({use.name, static_cast<int>(p), k, -1, false});
          found = true;
        }
      }
    }
    for (std::size_t c = 0; c < match->where.size(); ++c) {
      for (const bool right : {false, true}) {
        const BoundOperand& operand = right ? match->where[c].right : match->where[c].left;
        if (operand.kind == BoundOperand::Kind::kTerm && operand.term.offset == use.offset) {
          sites.push_back({use.name, -1, 0, static_cast<int>(c), right});
          found = true;
        }
      }
    }
    if (!found) return;
  }
  bound_ = bound;
  sites_ = std::move(sites);
}

}  // namespace causalkg
