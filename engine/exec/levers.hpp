// LEVERS FOR and BLINDSPOTS FOR: which policies act on the causal chains
// into a node, and which causes on those chains no policy in place touches.
//
// A lever is a node `is_a lever` (a policy in place); a recommendation is a
// node `is_a recommendation` (proposed, not in place). Either acts on a node
// through an acting relation (addresses, targets, acts_on).
#pragma once

#include <memory>
#include <unordered_set>

#include "engine/binder/bound_statement.hpp"
#include "engine/exec/causal_graph.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/step_evidence.hpp"
#include "engine/model/result.hpp"

namespace causalkg {

// The policies the store holds: nodes `is_a lever` and `is_a recommendation`.
struct PolicySets {
  std::unordered_set<TermId> levers;
  std::unordered_set<TermId> recommendations;
};

// The store's policies, read once for each state of the store
// (Store::generation) and kept until its next write: every result that
// names a node asks whether it is a lever.
Result<std::shared_ptr<const PolicySets>> StorePolicies(const Store& store);

// `diagram`, when given, receives the causal edges among the target and the
// nodes upstream of it, and the edges by which policies act on them.
// `evidence`, when given, weighs the rows returned (each lever's claim and
// the best chains into the target: best_chains.hpp) and the diagram's edges;
// with `order` (which needs `evidence`) every row is weighed and the rows
// ordered by belief before `limit` keeps the first. `search`, when given,
// receives what the search for net signs met, which may enumerate
// `sign_budget` steps.
Result<LeversResult> FindLevers(CausalGraph& graph, TermId target, int depth, std::uint64_t limit,
                                std::vector<GraphEdge>* diagram = nullptr,
                                StepEvidence* evidence = nullptr,
                                std::optional<BeliefOrder> order = std::nullopt,
                                SignSearch* search = nullptr,
                                std::uint64_t sign_budget = kSignBudget);

Result<BlindspotsResult> FindBlindspots(CausalGraph& graph, TermId target, int depth,
                                        std::uint64_t limit,
                                        std::vector<GraphEdge>* diagram = nullptr,
                                        StepEvidence* evidence = nullptr,
                                        std::optional<BeliefOrder> order = std::nullopt,
                                        SignSearch* search = nullptr,
                                        std::uint64_t sign_budget = kSignBudget);

// The causal edges among `nodes` that the search on `graph` read (no new
// reads: a chain within the search's depth only uses edges it read),
// appended to `out`.
void AddCausalEdges(const CausalGraph& graph, const std::vector<TermId>& nodes,
                    std::vector<GraphEdge>& out);

}  // namespace causalkg
