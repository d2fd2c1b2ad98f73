#include "engine/exec/executor.hpp"

#include <chrono>

#include "engine/binder/name_resolver.hpp"
#include "engine/exec/causal_graph.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/levers.hpp"
#include "engine/exec/match.hpp"
#include "engine/exec/result_names.hpp"
#include "engine/exec/why.hpp"
#include "engine/exec/writes.hpp"
#include "engine/model/result_bounds.hpp"
#include "engine/model/result_kinds.hpp"

namespace causalkg {

namespace {

int DepthOf(const ast::ChainOptions& o, int fallback = kDefaultDepth) {
  return o.depth.value_or(fallback);
}
std::uint64_t LimitOf(const ast::ChainOptions& o) { return o.limit.value_or(kDefaultLimit); }

std::optional<int> SignOf(const ast::ChainOptions& o) {
  if (!o.sign) return std::nullopt;
  return *o.sign == ast::Sign::kPositive ? 1 : -1;
}

// Evaluates one statement body; one overload a statement.
class Evaluator {
 public:
  Evaluator(Store& store, const ExecutorOptions& options, std::vector<PlanStep>* plan)
      : store_(store), options_(options), names_(store), plan_(plan) {}

  Result<ResultBody> operator()(const ast::Match& m) {
    auto r = EvaluateMatch(store_, names_, m, kDefaultLimit, options_.cancel, plan_);
    if (!r.ok()) return std::move(r).TakeStatus();
    return ResultBody(std::move(r).value());
  }

  Result<ResultBody> operator()(const ast::Paths& p) {
    auto graph = Graph(p.options);
    if (!graph.ok()) return std::move(graph).TakeStatus();
    auto from = Node(p.from);
    if (!from.ok()) return std::move(from).TakeStatus();
    auto to = Node(p.to);
    if (!to.ok()) return std::move(to).TakeStatus();
    if (*from == *to) {
      return Status::Query(
                 "PATHS goes from one node to another, and both are '" + p.from.text + "'",
                 "for the loops through a node, use LOOPS THROUGH " + p.from.text)
          .AtOffset(p.to.offset);
    }
    Note("backward breadth-first search from the TO node to bound the search");
    Note("depth-first search of simple paths, one length at a time, shortest first");
    PathsResult result =
        FindPaths(**graph, *from, *to, DepthOf(p.options), SignOf(p.options), LimitOf(p.options));
    return Finish(**graph, std::move(result));
  }

  Result<ResultBody> operator()(const ast::Shortest& s) {
    auto graph = Graph(s.options);
    if (!graph.ok()) return std::move(graph).TakeStatus();
    auto from = Node(s.from);
    if (!from.ok()) return std::move(from).TakeStatus();
    auto to = Node(s.to);
    if (!to.ok()) return std::move(to).TakeStatus();
    Note("breadth-first search from both ends, growing the smaller frontier");
    return Finish(**graph, FindShortest(**graph, *from, *to, DepthOf(s.options, kMaxDepth)));
  }

  Result<ResultBody> operator()(const ast::Reach& r) {
    auto graph = Graph(r.options);
    if (!graph.ok()) return std::move(graph).TakeStatus();
    auto origin = Node(r.node);
    if (!origin.ok()) return std::move(origin).TakeStatus();
    const bool upstream = r.direction == ast::Direction::kUpstream;
    Note(std::string("breadth-first search ") + (upstream ? "against" : "along") +
         " the arrows for distances");
    Note("depth-first walk of simple paths for the net signs");
    ReachResult result;
    result.upstream = upstream;
    result.origin = *origin;
    auto reached = ReachFrom(**graph, *origin, upstream, DepthOf(r.options), result.signs_partial);
    result.truncated = result.signs_partial;
    CAUSALKG_RETURN_IF_ERROR((*graph)->status());
    for (const auto& [id, node] : reached) {
      if (const auto sign = SignOf(r.options)) {
        if (!(*sign > 0 ? node.signs.positive : node.signs.negative)) continue;
      }
      result.nodes.push_back({id, node.distance, node.signs});
    }
    std::sort(result.nodes.begin(), result.nodes.end(),
              [](const ReachedNode& a, const ReachedNode& b) {
                return std::tie(a.distance, a.id) < std::tie(b.distance, b.id);
              });
    result.total = result.nodes.size();
    if (result.nodes.size() > LimitOf(r.options)) {
      result.nodes.resize(LimitOf(r.options));
      result.truncated = true;
    }
    if (result.nodes.size() > kMaxResultRows) {
      result.nodes.resize(kMaxResultRows);
      result.truncated = result.capped = true;
    }
    std::vector<TermId> drawn{*origin};
    for (const ReachedNode& n : result.nodes) drawn.push_back(n.id);
    AddCausalEdges(**graph, drawn, diagram_);
    return ResultBody(std::move(result));
  }

  Result<ResultBody> operator()(const ast::Loops& l) {
    auto graph = Graph(l.options);
    if (!graph.ok()) return std::move(graph).TakeStatus();
    std::optional<TermId> through;
    if (l.through) {
      auto node = Node(*l.through);
      if (!node.ok()) return std::move(node).TakeStatus();
      through = *node;
    }
    Note(through ? "depth-first search of simple cycles from the THROUGH node"
                 : "depth-first search of simple cycles from each node, through larger ids only");
    return Finish(**graph, FindLoops(**graph, through, DepthOf(l.options), SignOf(l.options),
                                     LimitOf(l.options)));
  }

  Result<ResultBody> operator()(const ast::Levers& l) {
    auto graph = Graph(l.options);
    if (!graph.ok()) return std::move(graph).TakeStatus();
    auto target = Node(l.target);
    if (!target.ok()) return std::move(target).TakeStatus();
    Note("the nodes upstream of the target, then the levers and recommendations acting on them");
    auto result = FindLevers(**graph, *target, DepthOf(l.options), LimitOf(l.options), &diagram_);
    if (!result.ok()) return std::move(result).TakeStatus();
    return ResultBody(std::move(result).value());
  }

  Result<ResultBody> operator()(const ast::Blindspots& b) {
    auto graph = Graph(b.options);
    if (!graph.ok()) return std::move(graph).TakeStatus();
    auto target = Node(b.target);
    if (!target.ok()) return std::move(target).TakeStatus();
    Note("the nodes upstream of the target that no lever in place acts on");
    auto result =
        FindBlindspots(**graph, *target, DepthOf(b.options), LimitOf(b.options), &diagram_);
    if (!result.ok()) return std::move(result).TakeStatus();
    return ResultBody(std::move(result).value());
  }

  Result<ResultBody> operator()(const ast::Why& w) {
    auto result = Explain(store_, names_, w, options_.cancel);
    if (!result.ok()) return std::move(result).TakeStatus();
    return ResultBody(std::move(result).value());
  }

  Result<ResultBody> operator()(const ast::Add& a) {
    auto result = AddClaim(store_, names_, a);
    if (!result.ok()) return std::move(result).TakeStatus();
    return ResultBody(std::move(result).value());
  }

  Result<ResultBody> operator()(const ast::Remove& r) {
    auto result = RemoveClaim(store_, names_, r);
    if (!result.ok()) return std::move(result).TakeStatus();
    return ResultBody(std::move(result).value());
  }

  Result<ResultBody> operator()(const ast::Load& l) {
    if (!options_.load) return Status::Query("LOAD is not available here");
    auto result = options_.load(store_, l.path);
    if (!result.ok()) return std::move(result).TakeStatus();
    return ResultBody(std::move(result).value());
  }

  std::uint64_t nodes_read() const { return nodes_read_; }
  std::vector<GraphEdge> TakeDiagram() { return std::move(diagram_); }

 private:
  // A graph that follows the VIA relations (every causal one when none).
  Result<std::unique_ptr<CausalGraph>> Graph(const ast::ChainOptions& options) {
    std::vector<TermId> via;
    for (const ast::Name& name : options.via) {
      auto id = names_.Resolve(name, NameRole::kRelation);
      if (!id.ok()) return std::move(id).TakeStatus();
      if (!store_.IsCausal(*id)) {
        return Status::Query(
                   "VIA follows causal relations, and '" + name.text + "' has no polarity",
                   "declare its polarity in a claims file, or leave it out of VIA")
            .AtOffset(name.offset);
      }
      via.push_back(*id);
    }
    return std::make_unique<CausalGraph>(store_, std::move(via), options_.cancel);
  }

  Result<TermId> Node(const ast::Name& name) { return names_.Resolve(name, NameRole::kNode); }

  Result<ResultBody> Finish(const CausalGraph& graph, PathsResult result) {
    CAUSALKG_RETURN_IF_ERROR(graph.status());
    nodes_read_ = graph.nodes_read();
    return ResultBody(std::move(result));
  }

  void Note(std::string step) {
    if (plan_) plan_->push_back({std::move(step), std::nullopt, std::nullopt});
  }

  Store& store_;
  const ExecutorOptions& options_;
  NameResolver names_;
  std::vector<PlanStep>* plan_;
  std::uint64_t nodes_read_ = 0;
  std::vector<GraphEdge> diagram_;
};

}  // namespace

bool IsWrite(const ast::Statement& statement) {
  return std::holds_alternative<ast::Add>(statement.body) ||
         std::holds_alternative<ast::Remove>(statement.body) ||
         std::holds_alternative<ast::Load>(statement.body);
}

Result<QueryResult> Executor::Execute(const ast::Statement& statement) {
  if (IsWrite(statement) && store_.read_only()) {
    return Status::Query("the database at " + store_.path() +
                         " is open read-only, so it cannot be changed")
        .AtOffset(statement.offset);
  }
  std::vector<PlanStep> plan;
  const bool explain = statement.mode == ast::Mode::kExplain;
  const bool profile = statement.mode == ast::Mode::kProfile;
  Evaluator evaluator(store_, options_, explain || profile ? &plan : nullptr);
  if (explain && IsWrite(statement)) {
    QueryResult plan_only;
    plan_only.body =
        PlanResult{{{"a write: staged in memory, then committed in one atomic step", {}, {}}}};
    return plan_only;
  }
  const auto start = std::chrono::steady_clock::now();
  auto body = std::visit(evaluator, statement.body);
  if (!body.ok()) return std::move(body).TakeStatus();
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  QueryResult result;
  if (explain) {
    result.body = PlanResult{plan};
    return result;
  }
  result.body = std::move(body).value();
  result.diagram = evaluator.TakeDiagram();
  CAUSALKG_RETURN_IF_ERROR(FillNames(store_, result));
  CapResult(result);
  if (profile) {
    plan.push_back({"adjacency lists read: " + std::to_string(evaluator.nodes_read()), std::nullopt,
                    std::nullopt});
    plan.push_back({"total", RowsOf(result.body), ms});
    result.profile = PlanResult{plan};
  }
  return result;
}

}  // namespace causalkg
