// LOAD 'file': a claims file, read by the loader the engine is given.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundLoad> Bind(const ast::Load& load, const BindContext&) { return BoundLoad{load.path}; }

PlanNode PlanOf(const BoundLoad& load) {
  return PlanStep("load", "'" + load.path +
                              "': a write, every claim checked, then committed in one atomic step");
}

}  // namespace causalkg
