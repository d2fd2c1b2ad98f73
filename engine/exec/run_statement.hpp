// The executor of each statement: its bound form and plan to a result, by
// overload, one a statement (a statement without one does not compile).
#pragma once

#include <vector>

#include "engine/binder/bound_statement.hpp"
#include "engine/exec/causal_graph.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/executor.hpp"
#include "engine/planner/plan.hpp"

namespace causalkg {

struct RunContext {
  Store& store;
  const ExecutorOptions& options;
  const StatementPlan& plan;
  // Filled by the run: the edges among the nodes of EFFECTS, CAUSES, LEVERS
  // and BLINDSPOTS, to draw the result; and what it counted, for PROFILE.
  std::vector<GraphEdge> diagram;
  RunProfile profile;
};

Result<ResultBody> Run(const BoundMatch& match, RunContext& context);  // match.cpp
Result<ResultBody> Run(const BoundPaths& paths, RunContext& context);  // run_chains.cpp
Result<ResultBody> Run(const BoundShortest& shortest, RunContext& context);
Result<ResultBody> Run(const BoundLoops& loops, RunContext& context);
Result<ResultBody> Run(const BoundReach& reach, RunContext& context);    // run_reach.cpp
Result<ResultBody> Run(const BoundLevers& levers, RunContext& context);  // run_levers.cpp
Result<ResultBody> Run(const BoundBlindspots& blindspots, RunContext& context);
Result<ResultBody> Run(const BoundContradictions& contradictions,
                       RunContext& context);                       // run_contradictions.cpp
Result<ResultBody> Run(const BoundWhy& why, RunContext& context);  // why.cpp
Result<ResultBody> Run(const BoundAdd& add, RunContext& context);  // writes.cpp
Result<ResultBody> Run(const BoundRemove& remove, RunContext& context);
Result<ResultBody> Run(const BoundLoad& load, RunContext& context);
Result<ResultBody> Run(const BoundRename& rename, RunContext& context);  // node_writes.cpp
Result<ResultBody> Run(const BoundMerge& merge, RunContext& context);
Result<ResultBody> Run(const BoundRemoveNode& remove, RunContext& context);

// LOOPS as a stream (executor.hpp's Stream): each loop to `sink` as found.
Result<LoopStream> StreamLoops(const BoundLoops& loops, Store& store,
                               const std::atomic<bool>* cancel,
                               const std::function<bool(const Path&)>& sink);

// The relations a chain statement's graph follows: its VIA ones, or every
// causal relation when empty.
std::vector<TermId> ViaIds(const BoundChainOptions& options);

// The graph a chain statement searches: its VIA relations, the steps its
// evidence conditions keep, stopped by the run's cancel flag.
CausalGraph GraphOf(const BoundChainOptions& options, const RunContext& context);

// What the search read, for PROFILE.
void CountReads(const CausalGraph& graph, RunContext& context);

// What the search for net signs met, for PROFILE.
void CountSignSearch(const SignSearch& search, RunContext& context);

// How many chains a search may list: with ORDER BY belief every one it finds
// (up to what one result may hold), for the LIMIT to apply after ordering.
std::uint64_t SearchLimit(const BoundChainOptions& options);

// The chains a search found, in belief order when asked (then cut at the
// LIMIT), each step with its evidence and each chain with its belief.
Result<ResultBody> FinishChains(CausalGraph& graph, const BoundChainOptions& options,
                                RunContext& context, PathsResult result);

}  // namespace causalkg
