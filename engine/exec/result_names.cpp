#include "engine/exec/result_names.hpp"

#include <algorithm>

#include "engine/exec/levers.hpp"
#include "engine/model/result_visit.hpp"
#include "engine/model/vocabulary.hpp"

namespace causalkg {

namespace {

// Relations named by hundreds of steps, each once: a store has a few
// relations, and every id added is sorted. Past a few distinct ones,
// each is added and the sort removes the repeats.
class RelationIds {
 public:
  explicit RelationIds(std::vector<TermId>& ids) : ids_(ids) {}
  void Add(TermId relation) {
    if (seen_.size() < 32) {
      if (std::find(seen_.begin(), seen_.end(), relation) != seen_.end()) return;
      seen_.push_back(relation);
    }
    ids_.push_back(relation);
  }

 private:
  std::vector<TermId>& ids_;
  std::vector<TermId> seen_;
};

// The nearer nodes and relations of the chain ends of EFFECTS and CAUSES,
// those not named already: the nearer node of a row is mostly a row itself
// (rows come by distance, then id), so that the ids to sort stay few.
void AddChainEnds(const ReachResult& r, std::vector<TermId>& ids) {
  RelationIds relations(ids);
  auto by_place = [](const ReachedNode& a, const std::pair<int, TermId>& b) {
    return std::pair(a.distance, a.id) < b;
  };
  for (const ReachedNode& n : r.nodes) {
    if (!n.chain) continue;
    const TermId nearer = n.chain->nearer;
    const auto row = std::lower_bound(r.nodes.begin(), r.nodes.end(),
                                      std::pair(n.distance - 1, nearer), by_place);
    if (nearer != r.origin && (row == r.nodes.end() || row->id != nearer)) ids.push_back(nearer);
    relations.Add(n.chain->step.relation);
  }
}

// The ids `body` mentions. A count names nothing.
void Collect(const ResultBody& body, std::vector<TermId>& ids) {
  auto path = [&](const Path& p) {
    ids.insert(ids.end(), p.nodes.begin(), p.nodes.end());
    for (const Step& s : p.steps) ids.push_back(s.relation);
  };
  VisitResult(body,
              Overloaded{
                  [&](const MatchResult& r) {
                    if (r.count_only) return;
                    for (const auto& row : r.rows) {
                      for (std::size_t c = 0; c < row.size(); ++c) {
                        if (!r.IsEvidence(c)) ids.push_back(row[c]);  // else a piece's index
                      }
                    }
                    for (const auto& ends : r.edge_patterns) {
                      for (const EdgeEnd& end : ends) {
                        if (end.column < 0) ids.push_back(end.constant);
                      }
                    }
                  },
                  [&](const PathsResult& r) {
                    for (const Path& p : r.paths) path(p);
                    for (const LoopComponent& c : r.components) ids.push_back(c.first);
                  },
                  [&](const ReachResult& r) {
                    ids.push_back(r.origin);
                    for (const auto& n : r.nodes) ids.push_back(n.id);
                    AddChainEnds(r, ids);
                    for (const SignComponent& c : r.incomplete_components) ids.push_back(c.node);
                  },
                  [&](const LeversResult& r) {
                    ids.push_back(r.target);
                    for (const auto& l : r.levers)
                      ids.insert(ids.end(), {l.lever, l.relation, l.target});
                    for (const SignComponent& c : r.incomplete_components) ids.push_back(c.node);
                  },
                  [&](const BlindspotsResult& r) {
                    ids.push_back(r.target);
                    for (const auto& n : r.nodes) {
                      ids.push_back(n.id);
                      ids.insert(ids.end(), n.recommendations.begin(), n.recommendations.end());
                      if (n.chain) ids.insert(ids.end(), {n.chain->nearer, n.chain->step.relation});
                    }
                    for (const SignComponent& c : r.incomplete_components) ids.push_back(c.node);
                  },
                  [&](const ContradictionsResult& r) {
                    if (r.focus) ids.push_back(*r.focus);
                    ids.insert(ids.end(), {r.from, r.to});
                    for (const Contradiction& c : r.pairs) {
                      path(c.side.chain);
                      path(c.against.chain);
                    }
                  },
                  [&](const WhyResult& r) {
                    if (r.chain) path(*r.chain);
                    for (const auto& c : r.claims)
                      ids.insert(ids.end(), {c.triple.subject, c.triple.relation, c.triple.object});
                  },
                  [](const WriteResult&) {},
                  [](const PlanResult&) {},
                  [&](const LoopCountResult& r) {
                    if (r.through) ids.push_back(*r.through);
                  },
              });
}

}  // namespace

Status FillNames(const Store& store, QueryResult& result) {
  std::vector<TermId> ids;
  Collect(result.body, ids);
  for (const GraphEdge& e : result.diagram) ids.insert(ids.end(), {e.from, e.relation, e.to});
  return FillNamesOf(store, std::move(ids), result.names);
}

Status FillNamesOf(const Store& store, std::vector<TermId> ids,
                   std::unordered_map<TermId, TermNames>& names_of) {
  std::erase_if(ids, [&](TermId id) { return names_of.count(id) > 0; });
  if (ids.empty()) return Status::Ok();
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (!ids.empty() && ids.front() == kNoTerm) ids.erase(ids.begin());
  std::vector<std::pair<std::string, TermInfo>> records;
  CAUSALKG_RETURN_IF_ERROR(store.ReadTerms(ids, records));
  auto policies = StorePolicies(store);
  if (!policies.ok()) return std::move(policies).TakeStatus();
  for (std::size_t i = 0; i < ids.size(); ++i) {
    TermNames names;
    names.name = std::move(records[i].first);
    names.labels = std::move(records[i].second.labels);
    names.polarity = records[i].second.polarity;
    if (records[i].second.roles & kRoleRelation) AddBuiltinLabels(names.name, names.labels);
    names.is_lever = (*policies)->levers.count(ids[i]) > 0;
    names.is_recommendation = (*policies)->recommendations.count(ids[i]) > 0;
    names_of.emplace(ids[i], std::move(names));
  }
  return Status::Ok();
}

}  // namespace causalkg
