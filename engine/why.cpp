#include "engine/why.hpp"

#include "engine/causal_graph.hpp"
#include "engine/chains.hpp"

namespace causalkg {

namespace {

Status AddEvidence(const Store& store, const Triple& t, WhyResult& result) {
  auto evidence = store.EvidenceOf(t);
  if (!evidence.ok()) return std::move(evidence).TakeStatus();
  result.claims.push_back({t, std::move(evidence).value()});
  return Status::Ok();
}

}  // namespace

Result<WhyResult> Explain(const Store& store, const NameResolver& names, const ast::Why& why,
                          const std::atomic<bool>* cancel) {
  WhyResult result;
  auto first = names.Resolve(why.first, NameRole::kNode);
  if (!first.ok()) return std::move(first).TakeStatus();
  if (why.third) {
    auto relation = names.Resolve(why.second, NameRole::kRelation);
    if (!relation.ok()) return std::move(relation).TakeStatus();
    auto object = names.Resolve(*why.third, NameRole::kNode);
    if (!object.ok()) return std::move(object).TakeStatus();
    const Triple t{*first, *relation, *object};
    auto present = store.Contains(t);
    if (!present.ok()) return std::move(present).TakeStatus();
    if (!*present) {
      return Status::Query("there is no claim '" + why.first.text + " " + why.second.text + " " +
                               why.third->text + "'",
                           "WHY a b (two nodes) explains the shortest chain from a to b")
          .AtOffset(why.first.offset);
    }
    CAUSALKG_RETURN_IF_ERROR(AddEvidence(store, t, result));
    return result;
  }
  auto second = names.Resolve(why.second, NameRole::kNode);
  if (!second.ok()) return std::move(second).TakeStatus();
  CausalGraph graph(store, {}, cancel);
  PathsResult shortest = FindShortest(graph, *first, *second, kMaxDepth);
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  if (shortest.paths.empty()) {
    return Status::Query("there is no causal chain from '" + why.first.text + "' to '" +
                             why.second.text + "' within " + std::to_string(kMaxDepth) + " steps",
                         "CAUSES OF " + why.second.text + " lists what leads to it")
        .AtOffset(why.first.offset);
  }
  const Path& path = shortest.paths.front();
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    CAUSALKG_RETURN_IF_ERROR(
        AddEvidence(store, {path.nodes[i], path.steps[i].relation, path.nodes[i + 1]}, result));
  }
  result.chain = path;
  return result;
}

}  // namespace causalkg
