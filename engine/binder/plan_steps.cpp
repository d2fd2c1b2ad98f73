#include "engine/binder/plan_steps.hpp"

#include <sstream>

#include "engine/binder/bind_evidence.hpp"
#include "grammar/limits.hpp"

namespace causalkg {

PlanNode PlanStep(std::string operation, std::string detail, std::vector<PlanNode> children) {
  PlanNode node;
  node.operation = std::move(operation);
  node.detail = std::move(detail);
  node.children = std::move(children);
  return node;
}

std::string ClaimText(const BoundTerm& subject, const BoundTerm& relation,
                      const BoundTerm& object) {
  return "(" + subject.name + ", " + relation.name + ", " + object.name + ")";
}

std::string DepthText(int depth) {
  if (depth == grammar::kAllDepths) return "of any depth";
  return "depth ≤ " + std::to_string(depth);
}

PlanNode CausalEdges(const BoundChainOptions& options) {
  PlanNode edges = PlanStep("causal edges", "of every causal relation");
  if (!options.via.empty()) {
    std::string names;
    for (const BoundTerm& relation : options.via) {
      names += (names.empty() ? "" : ", ") + relation.name;
    }
    edges = PlanStep("causal edges", "via " + names);
  }
  const EvidenceFilter& filter = options.filter;
  if (!filter.conditions.empty()) {
    edges = PlanStep("evidence filter",
                     "steps with a piece of evidence where " + ConditionsText(filter.conditions) +
                         " (a node's claims' evidence read in one scan)",
                     {std::move(edges)});
  }
  if (filter.min_belief) {
    std::ostringstream belief;
    belief << *filter.min_belief;
    edges = PlanStep("belief filter",
                     "steps whose claim's belief, from all its evidence, is ≥ " + belief.str(),
                     {std::move(edges)});
  }
  return edges;
}

PlanNode PrunedSearch(const BoundChainOptions& options, const std::string& goal,
                      const std::string& detail) {
  if (options.filter.empty()) {
    return PlanStep("depth-first search", detail,
                    {PlanStep("backward BFS", "from " + goal + ", to prune the search by distance",
                              {CausalEdges(options)})});
  }
  BoundChainOptions every = options;
  every.filter = {};
  return PlanStep(
      "depth-first search", detail,
      {PlanStep("backward BFS",
                "from " + goal +
                    " over every edge, to prune the search by distance (lower bounds: no "
                    "evidence read)",
                {CausalEdges(every)}),
       CausalEdges(options)});
}

PlanNode BeliefSort(const BoundChainOptions& options, const std::string& what, PlanNode input) {
  if (!options.order_by_belief) return input;
  const bool descending = *options.order_by_belief == BeliefOrder::kDescending;
  return PlanStep("sort",
                  what + " by belief (the product of their steps'), the " +
                      (descending ? "most" : "least") +
                      " believable first, every one the search finds",
                  {std::move(input)});
}

PlanNode RowBeliefSort(const BoundChainOptions& options, const std::string& rows,
                       const std::string& belief, PlanNode input) {
  if (!options.order_by_belief) return input;
  const bool descending = *options.order_by_belief == BeliefOrder::kDescending;
  return PlanStep("sort",
                  rows + " by " + belief + ", the " + (descending ? "most" : "least") +
                      " believable first, every one weighed before the limit",
                  {std::move(input)});
}

PlanNode SignFilter(const BoundChainOptions& options, const std::string& what, PlanNode input) {
  if (!options.sign) return input;
  return PlanStep("filter", "net sign of the " + what + " = '" + SignText(*options.sign) + "'",
                  {std::move(input)});
}

PlanNode Limit(std::uint64_t limit, const std::string& rows, PlanNode input) {
  return PlanStep("limit", std::to_string(limit) + " " + rows, {std::move(input)});
}

}  // namespace causalkg
