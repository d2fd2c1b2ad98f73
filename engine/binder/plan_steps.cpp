#include "engine/binder/plan_steps.hpp"

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
  if (options.via.empty()) return PlanStep("causal edges", "of every causal relation");
  std::string names;
  for (const BoundTerm& relation : options.via) {
    names += (names.empty() ? "" : ", ") + relation.name;
  }
  return PlanStep("causal edges", "via " + names);
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
