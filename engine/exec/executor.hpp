// Executor: the engine's entry. A parsed statement is bound (every name
// and every error that needs no run), planned, then run, or with EXPLAIN
// only planned.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/binder/bound_statement.hpp"
#include "engine/binder/parameters.hpp"
#include "engine/common/status.hpp"
#include "engine/exec/binding_reuse.hpp"
#include "engine/model/result.hpp"
#include "engine/planner/plan.hpp"
#include "engine/storage/store.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

struct ExecutorOptions {
  // Set to true (e.g. by Ctrl-C) to stop a running query.
  const std::atomic<bool>* cancel = nullptr;
  // LOAD 'file' [FORMAT name]. Loading lives above the engine (kb/), so it
  // is handed in: the loader, called with the file and the format named (""
  // for none), and the names of the formats it reads, by which the binder
  // refuses an unknown FORMAT before anything runs.
  std::function<Result<WriteResult>(Store& store, const std::string& path,
                                    const std::string& format)>
      load;
  std::vector<std::string> load_formats = {};
  // How many adjacency lists still to read make a chain search read every
  // list in one scan of the store instead of a seek a node
  // (CausalGraph::ExpectReads); unset, judged from the store's size. Tests
  // set it to take one way or the other.
  std::optional<std::uint64_t> scan_threshold = std::nullopt;
  // How many steps EFFECTS, CAUSES, LEVERS and BLINDSPOTS may enumerate to
  // settle the net signs that cycles leave open (kSignBudget when unset):
  // `causalkg query --sign-budget`, and tests that make a budget run out.
  std::optional<std::uint64_t> sign_budget = std::nullopt;
};

// Whether running a statement changes the store (ADD, REMOVE, LOAD; not
// when only explained), so that a caller knows to open the store for
// writing.
bool IsWrite(const ast::Statement& statement);

// What a streamed statement says after its rows.
struct LoopStream {
  std::uint64_t loops = 0;  // handed to the sink
  bool truncated = false;   // there were more than its LIMIT
};

// Each row of a streamed result: a result holding one loop, with the names
// of its terms. Valid during the call only; return false to stop.
using RowSink = std::function<bool(const QueryResult& row)>;

class Executor {
 public:
  // `store` must outlive the executor.
  Executor(Store& store, ExecutorOptions options) : store_(store), options_(std::move(options)) {}

  // Binds, plans and runs `statement`. EXPLAIN returns the plan and runs
  // nothing; PROFILE runs and adds the plan with what the run counted.
  // Errors are Name or Query errors that point into the statement's text by
  // offset, or Storage errors.
  Result<QueryResult> Execute(const ast::Statement& statement);
  // The same with `values` put in for its parameters first: a parameter
  // with no value, or a value of the wrong kind, is a Query error at the
  // parameter, and nothing runs.
  Result<QueryResult> Execute(const ast::Statement& statement, const ParameterValues& values);
  // The same for a statement run many times, which keeps in `reuse` (one
  // for this statement, living as long as it) what its binding can reuse
  // (binding_reuse.hpp); null for none.
  Result<QueryResult> Execute(const ast::Statement& statement, const ParameterValues& values,
                              BindingReuse* reuse);

  // Whether Stream() runs `statement`: a LOOPS listing, run (not EXPLAIN or
  // PROFILE), neither COUNT nor INDEPENDENT.
  static bool Streams(const ast::Statement& statement);

  // Runs a statement that Streams(), handing each loop to `sink` as it is
  // found (in the order of the search, not shortest first) and holding
  // none, so that memory stays flat however many loops there are. Without a
  // LIMIT every loop is handed on. Errors as Execute().
  Result<LoopStream> Stream(const ast::Statement& statement, const RowSink& sink);

  // The step budget of net signs for every later statement (unset:
  // kSignBudget), as a shell's setting changes it.
  void set_sign_budget(std::optional<std::uint64_t> steps) { options_.sign_budget = steps; }
  std::optional<std::uint64_t> sign_budget() const { return options_.sign_budget; }

  // The stages, for tests and tools.
  Result<BoundStatement> Bind(const ast::Statement& statement) const;
  Result<StatementPlan> Plan(const BoundStatement& statement) const;
  // Runs a bound statement by its plan (whatever its mode), with what the
  // run counted in `profile` when given.
  Result<QueryResult> Run(const BoundStatement& statement, const StatementPlan& plan,
                          RunProfile* profile = nullptr);

 private:
  Store& store_;
  ExecutorOptions options_;
};

}  // namespace causalkg
