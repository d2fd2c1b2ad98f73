#include "engine/result_names.hpp"

#include "engine/vocabulary.hpp"

namespace causalkg {

namespace {

void Collect(const ResultBody& body, std::vector<TermId>& ids) {
  auto path = [&](const Path& p) {
    ids.insert(ids.end(), p.nodes.begin(), p.nodes.end());
    for (const Step& s : p.steps) ids.push_back(s.relation);
  };
  std::visit(
      [&](const auto& r) {
        using T = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<T, MatchResult>) {
          for (const auto& row : r.rows) ids.insert(ids.end(), row.begin(), row.end());
        } else if constexpr (std::is_same_v<T, PathsResult>) {
          for (const Path& p : r.paths) path(p);
        } else if constexpr (std::is_same_v<T, ReachResult>) {
          ids.push_back(r.origin);
          for (const auto& n : r.nodes) ids.push_back(n.id);
        } else if constexpr (std::is_same_v<T, LeversResult>) {
          ids.push_back(r.target);
          for (const auto& l : r.levers) ids.insert(ids.end(), {l.lever, l.relation, l.target});
        } else if constexpr (std::is_same_v<T, BlindspotsResult>) {
          ids.push_back(r.target);
          for (const auto& n : r.nodes) {
            ids.push_back(n.id);
            ids.insert(ids.end(), n.recommendations.begin(), n.recommendations.end());
          }
        } else if constexpr (std::is_same_v<T, WhyResult>) {
          if (r.chain) path(*r.chain);
          for (const auto& c : r.claims) ids.insert(ids.end(), {c.triple.subject, c.triple.relation, c.triple.object});
        }
      },
      body);
}

}  // namespace

Status FillNames(const Store& store, QueryResult& result) {
  std::vector<TermId> ids;
  Collect(result.body, ids);
  for (const GraphEdge& e : result.diagram) ids.insert(ids.end(), {e.from, e.relation, e.to});
  if (const auto* match = std::get_if<MatchResult>(&result.body)) {
    for (const auto& ends : match->edge_patterns) {
      for (const EdgeEnd& end : ends) {
        if (end.column < 0) ids.push_back(end.constant);
      }
    }
  }
  auto kind = [&](std::string_view name) -> Result<TermId> {
    auto id = store.FindTerm(name);
    if (!id.ok()) return std::move(id).TakeStatus();
    return id->value_or(kNoTerm);
  };
  auto is_a = kind(kIsA), lever = kind(kLeverKind), recommendation = kind(kRecommendationKind);
  for (auto* r : {&is_a, &lever, &recommendation}) {
    if (!r->ok()) return r->status();
  }
  auto has_kind = [&](TermId id, TermId kind_id) -> bool {
    if (*is_a == kNoTerm || kind_id == kNoTerm) return false;
    auto present = store.Contains({id, *is_a, kind_id});
    return present.ok() && *present;
  };
  for (TermId id : ids) {
    if (id == kNoTerm || result.names.count(id)) continue;
    TermNames names;
    TermInfo info;
    CAUSALKG_RETURN_IF_ERROR(store.ReadTerm(id, names.name, info));
    names.labels = std::move(info.labels);
    names.polarity = info.polarity;
    names.is_lever = has_kind(id, *lever);
    names.is_recommendation = has_kind(id, *recommendation);
    result.names.emplace(id, std::move(names));
  }
  return Status::Ok();
}

}  // namespace causalkg
