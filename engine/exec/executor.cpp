#include "engine/exec/executor.hpp"

#include "engine/exec/answer_evidence.hpp"

#include <chrono>

#include "engine/binder/binder.hpp"
#include "engine/exec/answer_evidence.hpp"
#include "engine/exec/result_names.hpp"
#include "engine/exec/run_statement.hpp"
#include "engine/model/result_bounds.hpp"
#include "engine/model/result_kinds.hpp"
#include "engine/planner/planner.hpp"

namespace causalkg {

bool IsWrite(const ast::Statement& statement) { return Writes(statement); }

Result<BoundStatement> Executor::Bind(const ast::Statement& statement) const {
  return Binder(store_, options_.load_formats).Bind(statement);
}

Result<StatementPlan> Executor::Plan(const BoundStatement& statement) const {
  return Planner(store_).Plan(statement);
}

Result<QueryResult> Executor::Run(const BoundStatement& statement, const StatementPlan& plan,
                                  RunProfile* profile) {
  RunContext context{store_, options_, plan, {}, {}};
  // Read only for PROFILE: a clock read each statement is felt in a loop of
  // look-ups.
  const auto start =
      profile ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point();
  auto body =
      std::visit([&](const auto& bound) { return causalkg::Run(bound, context); }, statement.body);
  if (!body.ok()) return std::move(body).TakeStatus();
  QueryResult result;
  result.body = std::move(body).value();
  result.diagram = std::move(context.diagram);
  CAUSALKG_RETURN_IF_ERROR(FillNames(store_, result));
  CapResult(result);
  if (profile) {
    *profile = std::move(context.profile);
    profile->milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    profile->rows = RowsOf(result.body);
  }
  return result;
}

Result<QueryResult> Executor::Execute(const ast::Statement& statement,
                                      const ParameterValues& values) {
  if (!HasParameters(statement)) return Execute(statement);
  auto bound = BindParameters(statement, values);
  if (!bound.ok()) return std::move(bound).TakeStatus();
  return Execute(*bound);
}

Result<QueryResult> Executor::Execute(const ast::Statement& statement,
                                      const ParameterValues& values, BindingReuse* reuse) {
  if (reuse == nullptr || !HasParameters(statement) || statement.mode != ast::Mode::kRun) {
    return Execute(statement, values);
  }
  auto lock = reuse->TryLock();
  if (!lock.owns_lock()) return Execute(statement, values);
  const BoundStatement* bound = reuse->Filled(store_, values);
  if (bound != nullptr) {
    if (const StatementPlan* kept = reuse->Plan()) return Run(*bound, *kept);
  }
  const bool reused = bound != nullptr;
  Result<BoundStatement> fresh = Status::Ok();
  if (bound == nullptr) {
    auto substituted = BindParameters(statement, values);
    if (!substituted.ok()) return std::move(substituted).TakeStatus();
    fresh = Bind(*substituted);
    if (!fresh.ok()) return std::move(fresh).TakeStatus();
    reuse->Keep(store_, statement, *fresh);
    bound = &*fresh;
  }
  auto plan = Plan(*bound);
  if (!plan.ok()) return std::move(plan).TakeStatus();
  if (reused) reuse->KeepPlan(*plan);
  return Run(*bound, *plan);
}

bool Executor::Streams(const ast::Statement& statement) {
  const auto* loops = std::get_if<ast::Loops>(&statement.body);
  // Loops ordered by belief are all found before the first is known.
  return loops && loops->form == ast::LoopsForm::kList && !loops->options.order_by_belief &&
         statement.mode == ast::Mode::kRun;
}

Result<LoopStream> Executor::Stream(const ast::Statement& statement, const RowSink& sink) {
  if (!Streams(statement)) return Status::Query("only LOOPS can be streamed");
  auto bound = Bind(statement);
  if (!bound.ok()) return std::move(bound).TakeStatus();
  const auto& loops = std::get<BoundLoops>(bound->body);
  // One result, refilled for each loop; its names grow with the nodes seen,
  // never with the loops.
  QueryResult row;
  PathsResult one_loop;
  one_loop.kind = PathKind::kLoops;
  one_loop.paths.emplace_back();
  row.body = std::move(one_loop);
  auto& paths = std::get<PathsResult>(row.body).paths;
  std::vector<TermId> ids;
  Status names_status;
  std::uint64_t handed = 0;
  // Each loop weighed as it comes: the reader keeps a claim's summary, so
  // its memory grows with the claims the loops use, not with the loops.
  auto evidence = StepEvidence::Read(store_);
  if (!evidence.ok()) return std::move(evidence).TakeStatus();
  auto streamed = StreamLoops(loops, store_, options_.cancel, [&](const Path& loop) {
    ids.assign(loop.nodes.begin(), loop.nodes.end());
    for (const Step& s : loop.steps) ids.push_back(s.relation);
    names_status = FillNamesOf(store_, ids, row.names);
    if (!names_status.ok()) return false;
    paths.front() = loop;
    names_status = WeighChains(*evidence, paths);
    if (!names_status.ok()) return false;
    ++handed;
    return sink(row);
  });
  CAUSALKG_RETURN_IF_ERROR(names_status);
  if (!streamed.ok()) return std::move(streamed).TakeStatus();
  streamed->loops = handed;
  return streamed;
}

Result<QueryResult> Executor::Execute(const ast::Statement& statement) {
  auto bound = Bind(statement);
  if (!bound.ok()) return std::move(bound).TakeStatus();
  auto plan = Plan(*bound);
  if (!plan.ok()) return std::move(plan).TakeStatus();
  if (bound->mode == ast::Mode::kExplain) {
    QueryResult explained;
    explained.body = PlanResult{std::move(plan->tree)};
    return explained;
  }
  const bool profiled = bound->mode == ast::Mode::kProfile;
  RunProfile profile;
  auto result = Run(*bound, *plan, profiled ? &profile : nullptr);
  if (!result.ok() || !profiled) return result;
  result->profile = PlanResult{Profiled(*bound, *plan, profile)};
  return result;
}

}  // namespace causalkg
