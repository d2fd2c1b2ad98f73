#include "engine/exec/levers.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

#include "engine/exec/answer_evidence.hpp"
#include "engine/exec/best_chains.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/row_order.hpp"
#include "engine/model/result_bounds.hpp"
#include "engine/model/vocabulary.hpp"

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
  // What else a policy is said to do to a node by a relation without a
  // sign (the report's `overlooks`, `fails_for`), by that node: drawn, never
  // an action.
  std::multimap<TermId, Action> remarks;
};

Result<std::shared_ptr<const PolicySets>> ReadPolicies(const Store& store) {
  auto sets = std::make_shared<PolicySets>();
  auto is_a = store.FindTerm(kIsA);
  if (!is_a.ok()) return std::move(is_a).TakeStatus();
  if (!is_a->has_value()) return std::shared_ptr<const PolicySets>(std::move(sets));
  for (auto [kind, into] : {std::pair{kLeverKind, &sets->levers},
                            std::pair{kRecommendationKind, &sets->recommendations}}) {
    auto kind_id = store.FindTerm(kind);
    if (!kind_id.ok()) return std::move(kind_id).TakeStatus();
    if (!kind_id->has_value()) continue;
    CAUSALKG_RETURN_IF_ERROR(
        store.Scan({std::nullopt, **is_a, **kind_id}, [into = into](const Triple& t) {
          into->insert(t.subject);
          return true;
        }));
  }
  return std::shared_ptr<const PolicySets>(std::move(sets));
}

// Every policy (lever or recommendation) and what it acts on.
Result<Policies> PolicyActions(const Store& store) {
  auto sets = StorePolicies(store);
  if (!sets.ok()) return std::move(sets).TakeStatus();
  Policies found;
  std::map<TermId, bool> acting;  // relation -> whether it is an acting relation
  for (const auto* kind : {&(*sets)->levers, &(*sets)->recommendations}) {
    const bool recommended = kind == &(*sets)->recommendations;
    for (TermId policy : *kind) {
      found.all.insert(policy);
      Status s = Status::Ok();
      CAUSALKG_RETURN_IF_ERROR(
          store.Scan({policy, std::nullopt, std::nullopt}, [&](const Triple& t) {
            auto known = acting.find(t.relation);
            if (known == acting.end()) {
              auto name = store.TermName(t.relation);
              if (!name.ok()) {
                s = std::move(name).TakeStatus();
                return false;
              }
              known = acting.emplace(t.relation, IsActingRelation(*name)).first;
            }
            if (known->second) {
              found.actions.emplace(t.object, Action{policy, t.relation, recommended});
            } else if (!store.IsCausal(t.relation)) {
              found.remarks.emplace(t.object, Action{policy, t.relation, recommended});
            }
            return true;
          }));
      CAUSALKG_RETURN_IF_ERROR(s);
    }
  }
  return found;
}

// What both statements look at: the nodes upstream of `target` within
// `depth` (with `target` itself at distance 0 when `with_target`), and the
// policies. Draws them into `diagram` when given.
struct Survey {
  std::unordered_map<TermId, Reached> upstream;
  Policies policies;
  bool signs_partial = false;
  SignSearch search;
};

Result<Survey> SurveyUpstream(CausalGraph& graph, TermId target, int depth, bool with_target,
                              std::vector<GraphEdge>* diagram, std::uint64_t sign_budget) {
  Survey survey;
  survey.upstream = ReachFrom(graph, target, /*upstream=*/true, depth, survey.search, sign_budget);
  survey.signs_partial = survey.search.truncated;
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  if (with_target) survey.upstream[target].signs.Add(kPositiveSign);
  auto policies = PolicyActions(graph.store());
  if (!policies.ok()) return std::move(policies).TakeStatus();
  survey.policies = std::move(policies).value();
  if (diagram) {
    std::vector<TermId> nodes{target};
    for (const auto& [node, reached] : survey.upstream) nodes.push_back(node);
    AddCausalEdges(graph, nodes, *diagram);
    for (const auto* edges : {&survey.policies.actions, &survey.policies.remarks}) {
      for (const auto& [node, action] : *edges) {
        if (node == target || survey.upstream.count(node)) {
          diagram->push_back({action.policy, action.relation, node, Polarity::kNone, {}});
        }
      }
    }
  }
  return survey;
}

// Each lever's claim, and the best chain from the node it acts on into the
// target (none for the target itself: a belief of 1).
Status WeighLevers(const CausalGraph& graph, TermId target,
                   const std::unordered_map<TermId, Reached>& upstream, StepEvidence& evidence,
                   std::vector<LeverRow>& levers) {
  if (levers.empty()) return Status::Ok();
  std::vector<TermId> nodes;
  std::vector<Triple> claims;
  for (const LeverRow& row : levers) {
    nodes.push_back(row.target);
    claims.push_back({row.lever, row.relation, row.target});
  }
  CAUSALKG_RETURN_IF_ERROR(evidence.Prefetch(claims));
  std::vector<std::optional<ChainEnd>> ends(levers.size());
  CAUSALKG_RETURN_IF_ERROR(
      BestChainEnds(graph, target, /*upstream=*/true, upstream, nodes, evidence,
                    [&](std::size_t i) -> std::optional<ChainEnd>& { return ends[i]; }));
  for (std::size_t i = 0; i < levers.size(); ++i) {
    LeverRow& row = levers[i];
    auto summary = evidence.Of({row.lever, row.relation, row.target});
    if (!summary.ok()) return std::move(summary).TakeStatus();
    row.evidence = **summary;
    const std::optional<ChainEnd>& end = ends[i];
    if (row.target != target && !end) continue;  // no chain read into the target
    row.chain_belief = end ? end->belief : 1;
    row.belief = row.evidence->belief * *row.chain_belief;
  }
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<const PolicySets>> StorePolicies(const Store& store) {
  // One store's policies at a time: a process asks one store query after
  // query. A generation is never reused, so a stale entry is never taken.
  static std::mutex mutex;
  static std::uint64_t cached_generation = 0;
  static std::shared_ptr<const PolicySets> cached;
  const std::uint64_t generation = store.generation();
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (cached && cached_generation == generation) return cached;
  }
  auto read = ReadPolicies(store);
  if (!read.ok()) return read;
  std::lock_guard<std::mutex> lock(mutex);
  cached = *read;
  cached_generation = generation;
  return read;
}

void AddCausalEdges(const CausalGraph& graph, const std::vector<TermId>& nodes,
                    std::vector<GraphEdge>& out) {
  std::vector<TermId> members(nodes);
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  if (members.empty()) return;
  // Whether a node is drawn, and which of its lists the search read. A deep
  // search draws most of the graph: flags in a flat array by id. A shallow
  // one draws a few hundred nodes of millions: their flags beside the sorted
  // ids, found by binary search, so that its cost does not grow with the store.
  constexpr std::uint8_t kMember = 1, kOutRead = 2, kInRead = 4;
  const bool dense = members.back() / 64 < members.size();
  std::vector<std::uint8_t> by_id(dense ? std::size_t{members.back()} + 1 : 0, 0);
  std::vector<std::uint8_t> by_rank(members.size());
  std::vector<std::optional<std::span<const Edge>>> outs, ins;
  outs.reserve(members.size());
  ins.reserve(members.size());
  for (std::size_t i = 0; i < members.size(); ++i) {
    outs.push_back(graph.CachedOut(members[i]));
    ins.push_back(graph.CachedIn(members[i]));
    by_rank[i] = kMember | (outs.back() ? kOutRead : 0) | (ins.back() ? kInRead : 0);
    if (dense) by_id[members[i]] = by_rank[i];
  }
  auto flag = [&](TermId node) -> std::uint8_t {
    if (dense) return node < by_id.size() ? by_id[node] : 0;
    const auto at = std::lower_bound(members.begin(), members.end(), node);
    return at != members.end() && *at == node ? by_rank[at - members.begin()] : 0;
  };
  // Nodes in id order, each one's edges out then in; an edge on both the
  // out-list of its tail and the in-list of its head (both complete) is
  // drawn where it is met first.
  for (std::size_t i = 0; i < members.size(); ++i) {
    const TermId node = members[i];
    if (outs[i]) {
      for (const Edge& e : *outs[i]) {
        const std::uint8_t head = flag(e.node);
        if (!(head & kMember) || ((head & kInRead) && e.node < node)) continue;
        out.push_back({node, e.relation, e.node, PolarityOfSign(e.sign), {}});
      }
    }
    if (ins[i]) {
      for (const Edge& e : *ins[i]) {
        const std::uint8_t tail = flag(e.node);
        if (!(tail & kMember) || ((tail & kOutRead) && e.node <= node)) continue;
        out.push_back({e.node, e.relation, node, PolarityOfSign(e.sign), {}});
      }
    }
  }
}

Result<LeversResult> FindLevers(CausalGraph& graph, TermId target, int depth, std::uint64_t limit,
                                std::vector<GraphEdge>* diagram, StepEvidence* evidence,
                                std::optional<BeliefOrder> order, SignSearch* search,
                                std::uint64_t sign_budget) {
  auto survey = SurveyUpstream(graph, target, depth, /*with_target=*/true, diagram, sign_budget);
  if (!survey.ok()) return std::move(survey).TakeStatus();
  if (search) *search = survey->search;
  const auto& upstream = survey->upstream;
  LeversResult result;
  result.target = target;
  result.signs_partial = result.truncated = survey->signs_partial;
  result.incomplete_components = survey->search.exhausted;
  for (const auto& [node, action] : survey->policies.actions) {
    auto it = upstream.find(node);
    if (it == upstream.end()) continue;
    LeverRow& row = result.levers.emplace_back();
    row.lever = action.policy;
    row.relation = action.relation;
    row.target = node;
    row.distance = it->second.distance;
    row.signs = it->second.signs;
    row.signs_depend_on = survey->search.DependsOn(node);
    row.recommended = action.recommended;
  }
  std::sort(result.levers.begin(), result.levers.end(), [](const LeverRow& a, const LeverRow& b) {
    return std::tie(a.recommended, a.distance, a.lever, a.target) <
           std::tie(b.recommended, b.distance, b.lever, b.target);
  });
  KeepRows(result.levers, LimitBeforeWeighing(order, limit), result.truncated, result.capped);
  if (evidence) {
    // The diagram first: its edges hold the chains' steps, read in one pass.
    if (diagram) CAUSALKG_RETURN_IF_ERROR(WeighDiagram(*evidence, *diagram));
    CAUSALKG_RETURN_IF_ERROR(WeighLevers(graph, target, upstream, *evidence, result.levers));
  }
  if (order) {
    OrderRowsByBelief(result.levers, *order, [](const LeverRow& l) { return l.belief; });
    KeepRows(result.levers, limit, result.truncated, result.capped);
  }
  return result;
}

Result<BlindspotsResult> FindBlindspots(CausalGraph& graph, TermId target, int depth,
                                        std::uint64_t limit, std::vector<GraphEdge>* diagram,
                                        StepEvidence* evidence, std::optional<BeliefOrder> order,
                                        SignSearch* search, std::uint64_t sign_budget) {
  auto survey = SurveyUpstream(graph, target, depth, /*with_target=*/false, diagram, sign_budget);
  if (!survey.ok()) return std::move(survey).TakeStatus();
  if (search) *search = survey->search;
  const Policies& policies = survey->policies;
  BlindspotsResult result;
  result.target = target;
  result.signs_partial = result.truncated = survey->signs_partial;
  result.incomplete_components = survey->search.exhausted;
  for (const auto& [node, reached] : survey->upstream) {
    if (policies.all.count(node)) continue;  // levers are never blind spots
    bool covered = false;
    std::set<TermId> recommendations;
    auto [begin, end] = policies.actions.equal_range(node);
    for (auto it = begin; it != end; ++it) {
      if (it->second.recommended)
        recommendations.insert(it->second.policy);
      else
        covered = true;
    }
    if (covered) continue;
    result.nodes.push_back({node, reached.distance, reached.signs,
                            std::vector<TermId>(recommendations.begin(), recommendations.end()),
                            std::nullopt, survey->search.DependsOn(node)});
  }
  // Root causes (farthest upstream) first.
  std::sort(result.nodes.begin(), result.nodes.end(),
            [](const BlindspotRow& a, const BlindspotRow& b) {
              return a.distance != b.distance ? a.distance > b.distance : a.id < b.id;
            });
  KeepRows(result.nodes, LimitBeforeWeighing(order, limit), result.truncated, result.capped);
  if (evidence && diagram) CAUSALKG_RETURN_IF_ERROR(WeighDiagram(*evidence, *diagram));
  if (evidence && !result.nodes.empty()) {
    std::vector<TermId> nodes;
    for (const BlindspotRow& row : result.nodes) nodes.push_back(row.id);
    CAUSALKG_RETURN_IF_ERROR(BestChainEnds(
        graph, target, /*upstream=*/true, survey->upstream, nodes, *evidence,
        [&](std::size_t i) -> std::optional<ChainEnd>& { return result.nodes[i].chain; }));
  }
  if (order) {
    OrderRowsByBelief(result.nodes, *order, [](const BlindspotRow& n) {
      return n.chain ? std::optional(n.chain->belief) : std::nullopt;
    });
    KeepRows(result.nodes, limit, result.truncated, result.capped);
  }
  return result;
}

}  // namespace causalkg
