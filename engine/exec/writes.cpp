#include "engine/exec/writes.hpp"

#include "engine/storage/write_set.hpp"

namespace causalkg {

namespace {

// The existing term a name stands for, or a new one with that name as id.
// Only an unknown name creates a term; an ambiguous one is still an error.
// A name that could not be stored is refused first, pointing at it.
Result<TermId> Existing(WriteSet& write, const NameResolver& names, const ast::Name& name,
                        NameRole role) {
  Status storable = write.CheckField(fields::Field::kId, name.text);
  if (!storable.ok()) return std::move(storable).AtOffset(name.offset);
  auto found = names.Resolve(name, role);
  if (found.ok()) return found;
  if (found.status().code() != StatusCode::kNotFound) return found;
  return write.Intern(name.text);
}

// The write's check of an optional text of the statement, pointing at it.
Status CheckOption(const WriteSet& write, fields::Field field,
                   const std::optional<std::string>& text, std::size_t offset) {
  if (!text) return Status::Ok();
  Status s = write.CheckField(field, *text);
  return s.ok() ? s : std::move(s).AtOffset(offset);
}

}  // namespace

Result<WriteResult> AddClaim(Store& store, const NameResolver& names, const ast::Add& add) {
  WriteSet write(store, ErrorKind::kQuery);
  auto s = Existing(write, names, add.subject, NameRole::kNode);
  if (!s.ok()) return std::move(s).TakeStatus();
  auto r = Existing(write, names, add.relation, NameRole::kRelation);
  if (!r.ok()) return std::move(r).TakeStatus();
  auto o = Existing(write, names, add.object, NameRole::kNode);
  if (!o.ok()) return std::move(o).TakeStatus();
  CAUSALKG_RETURN_IF_ERROR(
      CheckOption(write, fields::Field::kSourceId, add.source, add.source_offset));
  CAUSALKG_RETURN_IF_ERROR(CheckOption(write, fields::Field::kQuote, add.quote, add.quote_offset));
  CAUSALKG_RETURN_IF_ERROR(
      CheckOption(write, fields::Field::kModality, add.modality, add.modality_offset));
  Evidence e;
  e.quote = add.quote.value_or("");
  e.source = add.source.value_or("");
  e.modality = add.modality.value_or("");
  e.confidence = add.confidence;
  CAUSALKG_RETURN_IF_ERROR(write.AddClaim({*s, *r, *o}, std::move(e)));
  const std::string claim = write.NameOf(*s) + " " + write.NameOf(*r) + " " + write.NameOf(*o);
  auto summary = write.Commit();
  if (!summary.ok()) return std::move(summary).TakeStatus();
  WriteResult result;
  result.summary = std::move(summary).value();
  const WriteSummary& w = result.summary;
  result.message = "Added " + claim + ": " + (w.new_edges ? "a new edge" : "an existing edge") +
                   ", " + std::to_string(w.new_nodes) +
                   (w.new_nodes == 1 ? " new node" : " new nodes") + ", " +
                   (w.evidence_added ? "evidence added" : "no new evidence");
  return result;
}

Result<WriteResult> RemoveClaim(Store& store, const NameResolver& names,
                                const ast::Remove& remove) {
  auto s = names.Resolve(remove.subject, NameRole::kNode);
  if (!s.ok()) return std::move(s).TakeStatus();
  auto r = names.Resolve(remove.relation, NameRole::kRelation);
  if (!r.ok()) return std::move(r).TakeStatus();
  auto o = names.Resolve(remove.object, NameRole::kNode);
  if (!o.ok()) return std::move(o).TakeStatus();
  const Triple t{*s, *r, *o};
  auto present = store.Contains(t);
  if (!present.ok()) return std::move(present).TakeStatus();
  const std::string claim =
      remove.subject.text + " " + remove.relation.text + " " + remove.object.text;
  if (!*present) {
    return Status::Query("there is no claim '" + claim + "' to remove")
        .AtOffset(remove.subject.offset);
  }
  WriteSet write(store);
  write.RemoveTriple(t);
  auto summary = write.Commit();
  if (!summary.ok()) return std::move(summary).TakeStatus();
  WriteResult result;
  result.summary = std::move(summary).value();
  result.message = "Removed " + claim + " and " + std::to_string(result.summary.removed_evidence) +
                   (result.summary.removed_evidence == 1 ? " piece" : " pieces") + " of evidence";
  return result;
}

}  // namespace causalkg
