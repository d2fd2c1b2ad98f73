// A statement with parameters that runs many times (a prepared statement
// from Python, a script's `.param set` and the same text again) binds the
// same way each time but for the terms its parameters stand for. What the
// first binding made is kept and reused: each value is looked up and put in
// its place, and the statement is planned again (a join's order depends on
// its constants). Kept only where that gives exactly what binding afresh
// gives: a MATCH or COUNT MATCH whose every parameter stands for a term of a
// pattern or of a comparison; each run whose values all name terms by their
// ids reuses it. Any other value (a label, an unknown name) binds afresh, as
// does every other statement, so its messages stay the binder's own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "engine/binder/bound_statement.hpp"
#include "engine/binder/parameters.hpp"
#include "engine/planner/plan.hpp"
#include "engine/storage/store.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

class BindingReuse {
 public:
  BindingReuse() = default;
  BindingReuse(const BindingReuse&) = delete;
  BindingReuse& operator=(const BindingReuse&) = delete;

  // Held while the kept binding is filled and run: a second thread running
  // the same statement meanwhile binds afresh rather than wait.
  std::unique_lock<std::mutex> TryLock() { return std::unique_lock(mutex_, std::try_to_lock); }

  // Under the lock: the kept binding with `values` in place, or null when
  // there is none for the store as it now is, or a value names no term by
  // its id.
  const BoundStatement* Filled(const Store& store, const ParameterValues& values);

  // Under the lock: keeps `bound`, the binding of `statement` with some
  // values, when it is one that Filled() can reuse. Looked at once a store
  // generation.
  void Keep(const Store& store, const ast::Statement& statement, const BoundStatement& bound);

  // Under the lock: the plan kept for the kept binding, or null. A plan is
  // kept only where no constant decides it: a MATCH of one pattern, whose
  // join has no order to choose (engine/planner/match_plan.hpp).
  const StatementPlan* Plan() const { return plan_ ? &*plan_ : nullptr; }
  void KeepPlan(const StatementPlan& plan);

 private:
  // A term of the kept MATCH that a parameter's value fills: a pattern's
  // constant (`pattern`, its position `slot`) or a comparison's operand
  // (`comparison`, `right` or left).
  struct Site {
    std::string parameter;
    int pattern = -1;
    int slot = 0;
    int comparison = -1;
    bool right = false;
  };

  BoundTerm& TermAt(BoundMatch& match, const Site& site);
  void Forget(std::uint64_t generation);

  std::mutex mutex_;
  std::uint64_t generation_ = 0;  // the store's when kept
  bool looked_ = false;           // whether this generation's binding was looked at
  std::optional<BoundStatement> bound_;
  std::optional<StatementPlan> plan_;
  std::vector<Site> sites_;
};

}  // namespace causalkg
