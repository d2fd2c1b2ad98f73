#include "engine/exec/why.hpp"

#include "engine/exec/causal_graph.hpp"
#include "engine/exec/chains.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

namespace {

// Adds `t` and its evidence to `result` while they fit in what one result
// may hold: a piece of evidence counts as a row, its text as names' bytes.
Status AddEvidence(const Store& store, const Triple& t, WhyResult& result, std::uint64_t& bytes) {
  if (result.capped) return Status::Ok();
  ClaimEvidence claim{t, {}};
  std::uint64_t rows = 0;
  for (const ClaimEvidence& c : result.claims) rows += c.evidence.size();
  CAUSALKG_RETURN_IF_ERROR(store.ForEachEvidenceOf(t, [&](Evidence&& e) {
    const std::uint64_t size = e.quote.size() + e.source.size() + e.modality.size();
    if (++rows > kMaxResultRows || bytes + size > kMaxResultNameBytes) {
      result.capped = true;
      return false;
    }
    bytes += size;
    claim.evidence.push_back(std::move(e));
    return true;
  }));
  result.claims.push_back(std::move(claim));
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
    std::uint64_t bytes = 0;
    CAUSALKG_RETURN_IF_ERROR(AddEvidence(store, t, result, bytes));
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
  std::uint64_t bytes = 0;
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    CAUSALKG_RETURN_IF_ERROR(AddEvidence(
        store, {path.nodes[i], path.steps[i].relation, path.nodes[i + 1]}, result, bytes));
  }
  result.chain = path;
  return result;
}

}  // namespace causalkg
