// LOOPS, COUNT LOOPS and LOOPS INDEPENDENT: the feedback loops of the
// causal graph (loops.hpp, independent_loops.hpp).
#include "engine/exec/independent_loops.hpp"
#include "engine/exec/loops.hpp"
#include "engine/exec/run_statement.hpp"

namespace causalkg {

namespace {

LoopQuery QueryOf(const BoundLoops& loops) {
  LoopQuery query;
  if (loops.through) query.through = loops.through->id;
  query.depth = loops.options.depth;
  query.sign = loops.options.sign;
  query.limit = loops.options.limit;
  return query;
}

}  // namespace

Result<ResultBody> Run(const BoundLoops& loops, RunContext& context) {
  const BoundChainOptions& o = loops.options;
  CausalGraph graph = GraphOf(o, context);
  LoopQuery query = QueryOf(loops);
  ResultBody body;
  switch (loops.form) {
    case ast::LoopsForm::kCount:
      body = CountLoops(graph, query.through, query.depth);
      break;
    case ast::LoopsForm::kIndependent:
      body = FindIndependentLoops(graph, query.through, query.limit);
      break;
    case ast::LoopsForm::kList:
      query.limit = SearchLimit(o);
      return FinishChains(graph, o, context, FindLoops(graph, query));
  }
  CountReads(graph, context);
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  return body;
}

Result<LoopStream> StreamLoops(const BoundLoops& loops, Store& store,
                               const std::atomic<bool>* cancel,
                               const std::function<bool(const Path&)>& sink) {
  CausalGraph graph(store, ViaIds(loops.options), cancel, loops.options.filter);
  LoopQuery query = QueryOf(loops);
  // A stream holds nothing, so without a LIMIT it writes every loop.
  if (!loops.limit_given) query.limit = std::numeric_limits<std::uint64_t>::max();
  LoopStream stream;
  stream.truncated = StreamLoops(graph, query, sink);
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  return stream;
}

}  // namespace causalkg
