// WHY: the evidence behind a claim, or behind each step of a chain.
#include "engine/exec/causal_graph.hpp"
#include "engine/exec/chains.hpp"
#include "engine/exec/run_statement.hpp"
#include "engine/model/belief.hpp"
#include "engine/model/evidence_tally.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

namespace {

// The bytes of a piece's texts.
std::uint64_t TextBytes(const Evidence& e) {
  std::uint64_t size = e.quote.size() + e.source.size() + e.modality.size() + e.tool.size() +
                       e.locator.page.size() + e.locator.section.size() + e.locator.url.size();
  for (const auto& [name, value] : e.attributes) {
    size += name.size();
    if (const auto* text = std::get_if<std::string>(&value)) size += text->size();
  }
  return size;
}

// Adds `t` and its evidence to `result` while they fit in what one result
// may hold: a piece of evidence counts as a row, its texts as names' bytes.
// Its belief weighs every piece, also those left out; a claim left out
// still counts in the chain's belief. The summary of all its pieces goes to
// `step` when given: as the chain statements summarise a step.
Status AddEvidence(const Store& store, const SourceErrorTable& sources, const Triple& t,
                   WhyResult& result, std::uint64_t& bytes, Step* step = nullptr) {
  const bool fits = !result.capped;
  ClaimEvidence claim{t, {}, {}};
  EvidenceTally tally(sources);
  std::uint64_t rows = 0;
  for (const ClaimEvidence& c : result.claims) rows += c.evidence.size();
  CAUSALKG_RETURN_IF_ERROR(store.ForEachEvidenceOf(t, [&](Evidence&& e) {
    tally.Add(e);
    if (result.capped) return true;
    const std::uint64_t size = TextBytes(e);
    if (++rows > kMaxResultRows || bytes + size > kMaxResultNameBytes) {
      result.capped = true;
      return true;
    }
    bytes += size;
    claim.evidence.push_back(std::move(e));
    return true;
  }));
  claim.belief = tally.BeliefSoFar();
  if (step) step->evidence = tally.Result();
  result.belief *= claim.belief.value;
  if (fits) result.claims.push_back(std::move(claim));
  return Status::Ok();
}

}  // namespace

Result<ResultBody> Run(const BoundWhy& why, RunContext& context) {
  const Store& store = context.store;
  WhyResult result;
  std::uint64_t bytes = 0;
  auto sources = store.SourceErrorRates();
  if (!sources.ok()) return std::move(sources).TakeStatus();
  if (why.relation) {
    const Triple t{why.subject.id, why.relation->id, why.object.id};
    auto present = store.Contains(t);
    if (!present.ok()) return std::move(present).TakeStatus();
    if (!*present) {
      return Status::Query("there is no claim '" + why.subject.typed + " " + why.relation->typed +
                               " " + why.object.typed + "'",
                           "WHY a b (two nodes) explains the shortest chain from a to b")
          .AtOffset(why.subject.offset);
    }
    CAUSALKG_RETURN_IF_ERROR(AddEvidence(store, *sources, t, result, bytes));
    return ResultBody(std::move(result));
  }
  CausalGraph graph(store, {}, context.options.cancel);
  PathsResult shortest = FindShortest(graph, why.subject.id, why.object.id, why.depth);
  context.profile.adjacency_lists_read = graph.nodes_read();
  CAUSALKG_RETURN_IF_ERROR(graph.status());
  if (shortest.paths.empty()) {
    return Status::Query("there is no causal chain from '" + why.subject.typed + "' to '" +
                             why.object.typed + "' within " + std::to_string(why.depth) + " steps",
                         "CAUSES OF " + why.object.typed + " lists what leads to it")
        .AtOffset(why.subject.offset);
  }
  Path& path = shortest.paths.front();
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    CAUSALKG_RETURN_IF_ERROR(AddEvidence(store, *sources,
                                         {path.nodes[i], path.steps[i].relation, path.nodes[i + 1]},
                                         result, bytes, &path.steps[i]));
  }
  path.belief = result.belief;
  result.chain = std::move(path);
  return ResultBody(std::move(result));
}

}  // namespace causalkg
