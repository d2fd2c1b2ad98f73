// SHORTEST FROM a TO b: one chain with the fewest steps.
#include <algorithm>

#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

Result<BoundShortest> Bind(const ast::Shortest& shortest, const BindContext& context) {
  BoundShortest bound;
  auto options = context.ChainOptions(shortest.options, kOneChainDepth);
  if (!options.ok()) return std::move(options).TakeStatus();
  bound.options = std::move(options).value();
  auto from = context.Node(shortest.from);
  if (!from.ok()) return std::move(from).TakeStatus();
  bound.from = std::move(from).value();
  auto to = context.Node(shortest.to);
  if (!to.ok()) return std::move(to).TakeStatus();
  bound.to = std::move(to).value();
  return bound;
}

PlanNode PlanOf(const BoundShortest& shortest) {
  const BoundChainOptions& o = shortest.options;
  PlanNode search = PlanStep("bidirectional BFS",
                             "from " + shortest.from.name + " to " + shortest.to.name + " " +
                                 DepthText(o.depth) + ", growing the smaller frontier",
                             {CausalEdges(o)});
  const bool tests_quote = std::any_of(
      o.filter.conditions.begin(), o.filter.conditions.end(),
      [](const EvidenceCondition& c) { return c.field.field == EvidenceField::kQuote; });
  if (tests_quote && !o.order_by_belief) {
    // The evidence kept by object leaves the quote out: the claims into a
    // node cost a seek each to weigh, so the search against the arrows
    // weighs only those it takes, and grows half as far
    // (engine/exec/filtered_shortest.cpp).
    search.detail = "from " + shortest.from.name + " to " + shortest.to.name + " " +
                    DepthText(o.depth) +
                    ", growing the smaller frontier (the backward one counted twice), "
                    "weighing only the claims the backward search takes";
  }
  if (!o.order_by_belief) return search;
  const bool descending = *o.order_by_belief == BeliefOrder::kDescending;
  return PlanStep("choose",
                  std::string("of the chains of fewest steps, the ") +
                      (descending ? "most" : "least") +
                      " believable (the largest or smallest product of their steps' beliefs, "
                      "over every shortest chain the two searches meet on)",
                  {std::move(search)});
}

}  // namespace causalkg
