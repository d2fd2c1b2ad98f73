// MERGE a INTO b: one node where there were two (a misspelt node into the
// right one, say). Bound in full before anything runs: which claims move,
// which join a claim b has, which labels b takes, and the claims between the
// two, which would make b a cause of itself and are refused.
#include <set>

#include "engine/binder/node_claims.hpp"
#include "engine/binder/plan_steps.hpp"
#include "engine/common/text_fold.hpp"

namespace causalkg {

namespace {

// "a amplifies b"
Result<std::string> ClaimNames(const Store& store, const Triple& t) {
  std::string out;
  for (TermId id : {t.subject, t.relation, t.object}) {
    auto name = store.TermName(id);
    if (!name.ok()) return std::move(name).TakeStatus();
    out += (out.empty() ? "" : " ") + *name;
  }
  return out;
}

// The (source, quote) pairs of the pieces of `t`: what the store keys them by.
Result<std::set<std::pair<std::string, std::string>>> EvidenceKeys(const Store& store,
                                                                   const Triple& t) {
  std::set<std::pair<std::string, std::string>> keys;
  CAUSALKG_RETURN_IF_ERROR(store.ForEachEvidenceOf(t, [&](Evidence&& e) {
    keys.emplace(std::move(e.source), std::move(e.quote));
    return true;
  }));
  return keys;
}

// Where a's labels go: to b in a language b has none in; else dropped,
// unless b's says the same.
void SortLabels(const Labels& from, const Labels& into, BoundMerge& merge) {
  for (const auto& [language, label] : from) {
    auto there = into.find(language);
    if (there == into.end()) {
      merge.labels_kept.emplace(language, label);
    } else if (FoldCase(there->second) != FoldCase(label)) {
      merge.labels_dropped.emplace(language, label);
    }
  }
}

}  // namespace

Triple Merged(const BoundMerge& merge, const Triple& t) {
  auto moved = [&](TermId id) { return id == merge.from.id ? merge.into.id : id; };
  return {moved(t.subject), t.relation, moved(t.object)};
}

Result<BoundMerge> Bind(const ast::Merge& merge, const BindContext& context) {
  const Store& store = context.store();
  BoundMerge bound;
  auto from = ChangeableNode(context, merge.from, "MERGE");
  if (!from.ok()) return std::move(from).TakeStatus();
  bound.from = std::move(from).value();
  auto into = context.Node(merge.into);
  if (!into.ok()) return std::move(into).TakeStatus();
  bound.into = std::move(into).value();
  std::string into_name, from_name;
  TermInfo into_info, from_info;
  CAUSALKG_RETURN_IF_ERROR(store.ReadTerm(bound.into.id, into_name, into_info));
  CAUSALKG_RETURN_IF_ERROR(store.ReadTerm(bound.from.id, from_name, from_info));
  if (!(into_info.roles & kRoleNode)) {
    return Status::Name(Quote(merge.into.text) + " is a relation, not a node",
                        "MERGE joins two nodes; list them with .nodes")
        .WithCode(StatusCode::kInvalid)
        .AtOffset(merge.into.offset);
  }
  if (bound.into.id == bound.from.id) {
    return Status::Query(Quote(merge.from.text) + " and " + Quote(merge.into.text) +
                         " are the same node, " + Quote(from_name))
        .WithCode(StatusCode::kInvalid)
        .AtOffset(merge.into.offset);
  }
  auto has = ClaimsOf(store, bound.from.id);
  if (!has.ok()) return std::move(has).TakeStatus();
  bound.has = std::move(has).value();
  for (const Triple& t : bound.has.claims) {
    const Triple merged = Merged(bound, t);
    if (merged.subject == merged.object && t.subject != t.object) {
      auto claim = ClaimNames(store, t);
      if (!claim.ok()) return std::move(claim).TakeStatus();
      return Status::Query("the claim '" + *claim + "' would become a claim of " +
                               Quote(into_name) + " on itself",
                           "remove it first (REMOVE " + *claim + "), then MERGE")
          .WithCode(StatusCode::kInvalid)
          .AtOffset(merge.from.offset);
    }
    auto there = store.Contains(merged);
    if (!there.ok()) return std::move(there).TakeStatus();
    if (!*there) continue;
    ++bound.joined;
    auto keys = EvidenceKeys(store, merged);
    if (!keys.ok()) return std::move(keys).TakeStatus();
    CAUSALKG_RETURN_IF_ERROR(store.ForEachEvidenceOf(t, [&](Evidence&& e) {
      bound.evidence_there += keys->count({e.source, e.quote});
      return true;
    }));
  }
  SortLabels(from_info.labels, into_info.labels, bound);
  return bound;
}

PlanNode PlanOf(const BoundMerge& merge) {
  const NodeClaims& has = merge.has;
  std::vector<PlanNode> steps;
  steps.push_back(PlanStep("move claims", Counted(has.claims.size(), "claim", "claims") + " of " +
                                              merge.from.name + " onto " + merge.into.name + ", " +
                                              std::to_string(merge.joined) +
                                              " of them onto a claim it has"));
  steps.push_back(PlanStep("move evidence", Counted(has.evidence, "piece", "pieces") + ", " +
                                                std::to_string(merge.evidence_there) +
                                                " of them there already (the same source and "
                                                "quote)"));
  if (!merge.labels_kept.empty()) {
    steps.push_back(PlanStep("keep labels", LabelsText(merge.labels_kept)));
  }
  if (!merge.labels_dropped.empty()) {
    steps.push_back(PlanStep("drop labels", LabelsText(merge.labels_dropped) + ": " +
                                                merge.into.name +
                                                " has its own in those languages"));
  }
  steps.push_back(PlanStep("remove node", merge.from.name));
  return PlanStep("merge node",
                  merge.from.name + " into " + merge.into.name +
                      ": a write, staged in memory, then committed in one atomic step",
                  std::move(steps));
}

}  // namespace causalkg
