// RENAME NODE, MERGE and REMOVE NODE: the statements that change a node,
// each in one atomic write, from what their binders found (which claims,
// which evidence, which labels) so that the run does what EXPLAIN showed.
#include <set>

#include "engine/binder/node_claims.hpp"
#include "engine/exec/run_statement.hpp"
#include "engine/exec/write_messages.hpp"
#include "engine/storage/write_set.hpp"

namespace causalkg {

namespace {

Result<ResultBody> Committed(WriteSet& write, std::string message,
                             std::string (*after)(const WriteSummary&) = nullptr) {
  auto summary = write.Commit();
  if (!summary.ok()) return std::move(summary).TakeStatus();
  WriteResult result;
  result.summary = std::move(summary).value();
  result.message = std::move(message);
  if (after != nullptr) result.message += after(result.summary);
  return ResultBody(std::move(result));
}

}  // namespace

Result<ResultBody> Run(const BoundRename& rename, RunContext& context) {
  WriteSet write(context.store, ErrorKind::kQuery);
  Status renamed = write.RenameTerm(rename.node.id, rename.new_name);
  if (!renamed.ok()) return std::move(renamed).AtOffset(rename.new_name_offset);
  return Committed(write, "Renamed node " + rename.node.name + " to " + rename.new_name + ": its " +
                              KeptText(rename.has, rename.labels) + " stay with it");
}

Result<ResultBody> Run(const BoundMerge& merge, RunContext& context) {
  const Store& store = context.store;
  WriteSet write(context.store, ErrorKind::kQuery);
  for (const Triple& t : merge.has.claims) {
    const Triple merged = Merged(merge, t);
    write.RemoveTriple(t);
    // The pieces the claim has there already, by the store's key of a
    // piece: its source and quote. Theirs are kept.
    std::set<std::pair<std::string, std::string>> there;
    CAUSALKG_RETURN_IF_ERROR(store.ForEachEvidenceOf(merged, [&](Evidence&& e) {
      there.emplace(std::move(e.source), std::move(e.quote));
      return true;
    }));
    bool staged = false;
    Status failed;
    CAUSALKG_RETURN_IF_ERROR(store.ForEachEvidenceOf(t, [&](Evidence&& e) {
      if (there.count({e.source, e.quote})) return true;
      staged = true;
      failed = write.AddClaim(merged, e);
      return failed.ok();
    }));
    CAUSALKG_RETURN_IF_ERROR(failed);
    if (!staged) CAUSALKG_RETURN_IF_ERROR(write.AddClaim(merged, Evidence{}));
  }
  if (!merge.labels_kept.empty())
    CAUSALKG_RETURN_IF_ERROR(write.MarkNode(merge.into.id, merge.labels_kept));
  CAUSALKG_RETURN_IF_ERROR(write.RemoveNode(merge.from.id));
  std::string message = "Merged " + merge.from.name + " into " + merge.into.name + ": " +
                        ClaimsText(merge.has) + " moved";
  if (merge.joined > 0) {
    message +=
        ", " + std::to_string(merge.joined) + " of the claims onto " + merge.into.name + "'s own";
  }
  if (merge.evidence_there > 0) {
    message += ", " + std::to_string(merge.evidence_there) +
               " of the pieces there already (the same source and quote)";
  }
  if (!merge.labels_kept.empty()) message += "; labels kept: " + LabelsText(merge.labels_kept);
  if (!merge.labels_dropped.empty()) {
    message += "; labels dropped, " + merge.into.name +
               " having its own in their languages: " + LabelsText(merge.labels_dropped);
  }
  message += "; " + merge.from.name + " is removed";
  return Committed(write, std::move(message));
}

Result<ResultBody> Run(const BoundRemoveNode& remove, RunContext& context) {
  WriteSet write(context.store, ErrorKind::kQuery);
  for (const Triple& t : remove.has.claims) write.RemoveTriple(t);
  CAUSALKG_RETURN_IF_ERROR(write.RemoveNode(remove.node.id));
  return Committed(write, "Removed node " + remove.node.name + ", its " + ClaimsText(remove.has),
                   &DroppedText);
}

}  // namespace causalkg
