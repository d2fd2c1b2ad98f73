// ADD, REMOVE and LOAD: the statements that change the store, each in one
// atomic write.
#include "engine/exec/run_statement.hpp"
#include "engine/exec/write_messages.hpp"
#include "engine/storage/write_set.hpp"

namespace causalkg {

namespace {

// The term of a bound name: the one in the store, or a new one the write
// creates.
Result<TermId> TermOf(WriteSet& write, const BoundTerm& term) {
  if (!term.is_new) return term.id;
  return write.Intern(term.name);
}

}  // namespace

Result<ResultBody> Run(const BoundAdd& add, RunContext& context) {
  WriteSet write(context.store, ErrorKind::kQuery);
  auto s = TermOf(write, add.subject);
  if (!s.ok()) return std::move(s).TakeStatus();
  auto r = TermOf(write, add.relation);
  if (!r.ok()) return std::move(r).TakeStatus();
  auto o = TermOf(write, add.object);
  if (!o.ok()) return std::move(o).TakeStatus();
  CAUSALKG_RETURN_IF_ERROR(write.AddClaim({*s, *r, *o}, add.evidence));
  const std::string claim = write.NameOf(*s) + " " + write.NameOf(*r) + " " + write.NameOf(*o);
  auto summary = write.Commit();
  if (!summary.ok()) return std::move(summary).TakeStatus();
  WriteResult result;
  result.summary = std::move(summary).value();
  result.summary.placed_warnings = add.warnings;
  const WriteSummary& w = result.summary;
  result.message = "Added " + claim + ": " + (w.new_edges ? "a new edge" : "an existing edge") +
                   ", " + std::to_string(w.new_nodes) +
                   (w.new_nodes == 1 ? " new node" : " new nodes") + ", " +
                   (w.evidence_added     ? "evidence added"
                    : w.evidence_updated ? "evidence updated"
                                         : "no new evidence") +
                   (w.new_sources ? ", new source " + add.evidence.source : "");
  return ResultBody(std::move(result));
}

Result<ResultBody> Run(const BoundRemove& remove, RunContext& context) {
  const Triple t{remove.subject.id, remove.relation.id, remove.object.id};
  auto present = context.store.Contains(t);
  if (!present.ok()) return std::move(present).TakeStatus();
  const std::string claim =
      remove.subject.typed + " " + remove.relation.typed + " " + remove.object.typed;
  if (!*present) {
    return Status::Query("there is no claim '" + claim + "' to remove")
        .AtOffset(remove.subject.offset);
  }
  WriteSet write(context.store);
  write.RemoveTriple(t);
  auto summary = write.Commit();
  if (!summary.ok()) return std::move(summary).TakeStatus();
  WriteResult result;
  result.summary = std::move(summary).value();
  result.message = "Removed " + claim + " and " + std::to_string(result.summary.removed_evidence) +
                   (result.summary.removed_evidence == 1 ? " piece" : " pieces") + " of evidence" +
                   DroppedText(result.summary);
  return ResultBody(std::move(result));
}

Result<ResultBody> Run(const BoundLoad& load, RunContext& context) {
  if (!context.options.load) return Status::Query("LOAD is not available here");
  auto result = context.options.load(context.store, load.path, load.format);
  if (!result.ok()) return std::move(result).TakeStatus();
  return ResultBody(std::move(result).value());
}

}  // namespace causalkg
