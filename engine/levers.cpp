#include "engine/levers.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "engine/chains.hpp"
#include "engine/vocabulary.hpp"

namespace causalkg {

namespace {

struct Action {
  TermId policy;
  TermId relation;
  bool recommended;
};

struct Policies {
  std::set<TermId> all;                   // every lever and recommendation
  std::multimap<TermId, Action> actions;  // by the node acted on
};

// Every policy (lever or recommendation) and what it acts on.
Result<Policies> PolicyActions(const Store& store) {
  Policies found;
  auto& actions = found.actions;
  auto is_a = store.FindTerm(kIsA);
  if (!is_a.ok()) return std::move(is_a).TakeStatus();
  if (!is_a->has_value()) return found;
  for (auto kind : {kLeverKind, kRecommendationKind}) {
    auto kind_id = store.FindTerm(kind);
    if (!kind_id.ok()) return std::move(kind_id).TakeStatus();
    if (!kind_id->has_value()) continue;
    std::vector<TermId> policies;
    CAUSALKG_RETURN_IF_ERROR(store.Scan({std::nullopt, **is_a, **kind_id}, [&](const Triple& t) {
      policies.push_back(t.subject);
      return true;
    }));
    std::map<TermId, bool> acting;  // relation -> whether it is an acting relation
    found.all.insert(policies.begin(), policies.end());
    for (TermId policy : policies) {
      Status s = Status::Ok();
      CAUSALKG_RETURN_IF_ERROR(store.Scan({policy, std::nullopt, std::nullopt}, [&](const Triple& t) {
        auto known = acting.find(t.relation);
        if (known == acting.end()) {
          auto name = store.TermName(t.relation);
          if (!name.ok()) {
            s = std::move(name).TakeStatus();
            return false;
          }
          known = acting.emplace(t.relation, IsActingRelation(*name)).first;
        }
        if (known->second) actions.emplace(t.object, Action{policy, t.relation, kind == kRecommendationKind});
        return true;
      }));
      CAUSALKG_RETURN_IF_ERROR(s);
    }
  }
  return found;
}

// The nodes upstream of `target` within `depth`, with `target` itself at
// distance 0 when `with_target`.
std::unordered_map<TermId, Reached> Upstream(CausalGraph& graph, TermId target, int depth, bool with_target,
                                             bool& truncated) {
  auto upstream = ReachFrom(graph, target, /*upstream=*/true, depth, truncated);
  if (with_target) {
    Reached self;
    self.signs.Add(1);
    upstream[target] = self;
  }
  return upstream;
}

void Diagram(CausalGraph& graph, const std::unordered_map<TermId, Reached>& upstream, const Policies& policies,
             TermId target, std::vector<GraphEdge>* diagram) {
  if (!diagram) return;
  std::vector<TermId> nodes{target};
  for (const auto& [node, reached] : upstream) nodes.push_back(node);
  AddCausalEdges(graph, nodes, *diagram);
  for (const auto& [node, action] : policies.actions) {
    if (node == target || upstream.count(node)) diagram->push_back({action.policy, action.relation, node, 0});
  }
}

}  // namespace

void AddCausalEdges(CausalGraph& graph, const std::vector<TermId>& nodes, std::vector<GraphEdge>& out) {
  const std::set<TermId> members(nodes.begin(), nodes.end());
  for (TermId from : members) {
    for (const Edge& e : graph.Out(from)) {
      if (members.count(e.node)) out.push_back({from, e.relation, e.node, e.sign});
    }
  }
}

Result<LeversResult> FindLevers(CausalGraph& graph, TermId target, int depth, std::uint64_t limit,
                                std::vector<GraphEdge>* diagram) {
  LeversResult result;
  result.target = target;
  const auto upstream = Upstream(graph, target, depth, /*with_target=*/true, result.truncated);
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  auto actions = PolicyActions(graph.store());
  if (!actions.ok()) return std::move(actions).TakeStatus();
  Diagram(graph, upstream, *actions, target, diagram);
  for (const auto& [node, action] : actions->actions) {
    auto it = upstream.find(node);
    if (it == upstream.end()) continue;
    result.levers.push_back({action.policy, action.relation, node, it->second.distance, it->second.signs,
                             action.recommended});
  }
  std::sort(result.levers.begin(), result.levers.end(), [](const LeverRow& a, const LeverRow& b) {
    return std::tie(a.recommended, a.distance, a.lever, a.target) < std::tie(b.recommended, b.distance, b.lever, b.target);
  });
  if (result.levers.size() > limit) {
    result.levers.resize(limit);
    result.truncated = true;
  }
  return result;
}

Result<BlindspotsResult> FindBlindspots(CausalGraph& graph, TermId target, int depth, std::uint64_t limit,
                                        std::vector<GraphEdge>* diagram) {
  BlindspotsResult result;
  result.target = target;
  const auto upstream = Upstream(graph, target, depth, /*with_target=*/false, result.truncated);
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  auto actions = PolicyActions(graph.store());
  if (!actions.ok()) return std::move(actions).TakeStatus();
  Diagram(graph, upstream, *actions, target, diagram);
  for (const auto& [node, reached] : upstream) {
    if (actions->all.count(node)) continue;  // levers are never blind spots
    bool covered = false;
    std::set<TermId> recommendations;
    auto [begin, end] = actions->actions.equal_range(node);
    for (auto it = begin; it != end; ++it) {
      if (it->second.recommended) recommendations.insert(it->second.policy);
      else covered = true;
    }
    if (covered) continue;
    result.nodes.push_back({node, reached.distance, reached.signs,
                            std::vector<TermId>(recommendations.begin(), recommendations.end())});
  }
  // Root causes (farthest upstream) first.
  std::sort(result.nodes.begin(), result.nodes.end(), [](const BlindspotRow& a, const BlindspotRow& b) {
    return a.distance != b.distance ? a.distance > b.distance : a.id < b.id;
  });
  if (result.nodes.size() > limit) {
    result.nodes.resize(limit);
    result.truncated = true;
  }
  return result;
}

}  // namespace causalkg
