#include "kb/ingest/claim_sink.hpp"

#include <charconv>

#include <nlohmann/json.hpp>

#include "engine/model/belief.hpp"
#include "engine/model/vocabulary.hpp"
#include "engine/storage/field_rules.hpp"
#include "engine/storage/load_phases.hpp"
#include "kb/ingest/name_warnings.hpp"

namespace causalkg::kb {

const char* FieldName(RecordField field) {
  switch (field) {
    case RecordField::kNone:
      break;
    case RecordField::kSubject:
      return "subject";
    case RecordField::kRelation:
      return "relation";
    case RecordField::kObject:
      return "object";
    case RecordField::kSource:
      return "source";
    case RecordField::kQuote:
      return "quote";
    case RecordField::kModality:
      return "modality";
    case RecordField::kConfidence:
      return "confidence";
    case RecordField::kStart:
      return "start";
    case RecordField::kEnd:
      return "end";
    case RecordField::kPage:
      return "page";
    case RecordField::kSection:
      return "section";
    case RecordField::kUrl:
      return "url";
    case RecordField::kOrigin:
      return "origin";
    case RecordField::kTool:
      return "tool";
    case RecordField::kStance:
      return "stance";
    case RecordField::kAttributes:
      return "attributes";
    case RecordField::kId:
      return "id";
    case RecordField::kKind:
      return "kind";
    case RecordField::kLabel:
      return "label";
    case RecordField::kPolarity:
      return "polarity";
    case RecordField::kSystematicError:
      return "systematic_error";
    case RecordField::kRandomError:
      return "random_error";
    case RecordField::kReliability:
      return "reliability";
  }
  return "";
}

namespace {

const char* KindName(RecordKind kind) {
  switch (kind) {
    case RecordKind::kClaim:
      return "claim";
    case RecordKind::kNode:
      return "node";
    case RecordKind::kRelation:
      return "relation";
    case RecordKind::kSource:
      return "source";
  }
  return "record";
}

// `s` said of `where` ("claim 3: ...", "field 'label': ..."), when it is an
// error about the input: a Storage error is about the database.
Status Within(std::string_view where, Status s) {
  if (s.ok() || where.empty() || s.kind() == ErrorKind::kStorage) return s;
  const StatusCode code = s.code();
  return Status::Error(s.kind(), std::string(where) + ": " + s.message(), s.hint()).WithCode(code);
}

Status InFile(const Origin& origin, Status s) {
  if (s.ok()) return s;
  return std::move(s).InFile(std::string(origin.file), origin.line, origin.column);
}

Status FieldError(RecordField field, std::string_view problem) {
  return Status::Load(std::string("field '") + FieldName(field) + "' " + std::string(problem));
}

// The refusal of `field`, if the reader refused it.
Status Refused(const Refusal& refused, RecordField field) {
  return refused.field == field ? FieldError(field, refused.problem) : Status::Ok();
}

// A required text: present, readable and not empty.
Status Required(const std::optional<std::string_view>& text, const Refusal& refused,
                RecordField field) {
  if (!text && refused.field != field) return FieldError(field, "is missing");
  CAUSALKG_RETURN_IF_ERROR(Refused(refused, field));
  if (text->empty()) return FieldError(field, "is empty");
  return Status::Ok();
}

// A number as a message quotes it, when the input did not say how it wrote it.
std::string NumberText(double value) {
  char text[32];
  const auto [end, error] = std::to_chars(text, text + sizeof text, value);
  return error == std::errc() ? std::string(text, end) : std::string("a number");
}

// Whether a piece says more than source, quote, modality and confidence.
bool HasDetails(const EvidenceRecord& e) {
  return e.start || e.end || !e.page.empty() || e.page_number || !e.section.empty() ||
         !e.url.empty() || !e.origin.empty() || !e.tool.empty() || !e.stance.empty() ||
         !e.attributes.empty();
}

// The most a byte offset or page number may be: past 2^53 a double no
// longer holds every integer, and no text is that long.
constexpr double kMaxWholeNumber = 9007199254740992.0;

bool IsWholeNumber(double value) {
  return value >= 0 && value <= kMaxWholeNumber &&
         value == static_cast<double>(static_cast<std::uint64_t>(value));
}

Status WholeNumber(RecordField field, const std::optional<double>& value) {
  if (!value || IsWholeNumber(*value)) return Status::Ok();
  return FieldError(field, "must be a non-negative integer, not " + NumberText(*value));
}

// A text that must be one of a few names (`names`, as a message lists them).
Status OneOf(RecordField field, std::string_view text, bool known, const char* names) {
  if (text.empty() || known) return Status::Ok();
  return FieldError(field, std::string("must be ") + names + ", not " + fields::Excerpt(text));
}

// The checks of a piece's locator, origin, tool, stance and attributes, in
// field order. What a text may hold is the write's to check.
Status CheckDetails(const EvidenceRecord& e) {
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kStart));
  CAUSALKG_RETURN_IF_ERROR(WholeNumber(RecordField::kStart, e.start));
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kEnd));
  CAUSALKG_RETURN_IF_ERROR(WholeNumber(RecordField::kEnd, e.end));
  if (e.start && e.end && *e.end < *e.start) {
    return FieldError(RecordField::kEnd, "is " + NumberText(*e.end) + ", before field 'start' (" +
                                             NumberText(*e.start) + ")");
  }
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kPage));
  if (e.page_number && !IsWholeNumber(*e.page_number)) {
    return FieldError(RecordField::kPage, "must be a string or a non-negative integer, not " +
                                              NumberText(*e.page_number));
  }
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kSection));
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kUrl));
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kOrigin));
  CAUSALKG_RETURN_IF_ERROR(
      OneOf(RecordField::kOrigin, e.origin, OriginFromText(e.origin).has_value(), kOriginNames));
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kTool));
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kStance));
  CAUSALKG_RETURN_IF_ERROR(
      OneOf(RecordField::kStance, e.stance, StanceFromText(e.stance).has_value(), kStanceNames));
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kAttributes));
  for (const AttributeRecord& attribute : e.attributes) {
    if (attribute.problem.empty()) continue;
    return Status::Load("field 'attributes." + std::string(attribute.name) + "' " +
                        std::string(attribute.problem));
  }
  return Status::Ok();
}

// The checks of one piece of evidence before it is staged, in field order.
Status CheckEvidence(const EvidenceRecord& e) {
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kSource));
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kQuote));
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kModality));
  CAUSALKG_RETURN_IF_ERROR(Refused(e.refused, RecordField::kConfidence));
  if (e.confidence && !(*e.confidence >= 0.0 && *e.confidence <= 1.0)) {
    const std::string shown =
        e.confidence_text.empty() ? NumberText(*e.confidence) : std::string(e.confidence_text);
    return FieldError(RecordField::kConfidence, "must be between 0 and 1, not " + shown);
  }
  return CheckDetails(e);
}

// Whether a piece says nothing at all.
bool IsEmpty(const EvidenceRecord& e) {
  return e.source.empty() && e.quote.empty() && e.modality.empty() && !e.confidence &&
         !HasDetails(e);
}

// A checked record as the piece of evidence it stores, written over
// `piece`: reused from claim to claim, its texts keep their room, so that a
// claim is staged without a heap allocation for its piece.
void FillPiece(const EvidenceRecord& e, Evidence& piece) {
  piece.source.assign(e.source);
  piece.quote.assign(e.quote);
  piece.modality.assign(e.modality);
  piece.confidence = e.confidence;
  Locator& at = piece.locator;
  at.start.reset();
  at.end.reset();
  at.page.clear();
  at.section.clear();
  at.url.clear();
  piece.origin = EvidenceOrigin::kUnspecified;
  piece.tool.clear();
  piece.stance = Stance::kSupports;
  piece.attributes.clear();
  if (!HasDetails(e)) return;
  if (e.start) at.start = static_cast<std::uint64_t>(*e.start);
  if (e.end) at.end = static_cast<std::uint64_t>(*e.end);
  if (e.page_number) {
    at.page = std::to_string(static_cast<std::uint64_t>(*e.page_number));
  } else {
    at.page.assign(e.page);
  }
  at.section.assign(e.section);
  at.url.assign(e.url);
  piece.origin = OriginFromText(e.origin).value_or(EvidenceOrigin::kUnspecified);
  piece.tool.assign(e.tool);
  piece.stance = StanceFromText(e.stance).value_or(Stance::kSupports);
  for (const AttributeRecord& attribute : e.attributes) {
    // A name given twice: the last value counts, as for a repeated JSON key.
    AttributeValue value = attribute.number ? AttributeValue(*attribute.number)
                                            : AttributeValue(std::string(attribute.text));
    piece.attributes.insert_or_assign(std::string(attribute.name), std::move(value));
  }
}

// "evidence 2" when a claim has several pieces; nothing for one.
std::string PieceName(std::size_t index, std::size_t pieces) {
  return pieces > 1 ? "evidence " + std::to_string(index + 1) : std::string();
}

// The write's refusal of the text in `field`, said as about that field.
Status InField(RecordField field, Status s) {
  return Within(std::string("field '") + FieldName(field) + "'", std::move(s));
}

}  // namespace

Status AtRecord(const Origin& origin, RecordKind kind, Status s) {
  if (s.ok()) return s;
  if (origin.index > 0) {
    s = Within(std::string(KindName(kind)) + " " + std::to_string(origin.index), std::move(s));
  }
  return InFile(origin, std::move(s));
}

std::string DescribeSummary(const LoadSummary& summary) {
  const WriteSummary& w = summary.write;
  auto count = [](std::uint64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  std::string out = count(summary.claims, "claim", "claims") + ": " +
                    count(w.new_edges, "new edge", "new edges") + ", " +
                    count(w.new_nodes, "new node", "new nodes") + ", " +
                    count(w.evidence_added, "piece of evidence added", "pieces of evidence added");
  if (w.evidence_updated > 0) {
    out +=
        ", " + count(w.evidence_updated, "piece of evidence updated", "pieces of evidence updated");
  }
  if (w.new_relations > 0) out += ", " + count(w.new_relations, "new relation", "new relations");
  if (w.new_sources > 0) out += ", " + count(w.new_sources, "new source", "new sources");
  out += ", " + count(w.warnings.size(), "warning", "warnings");
  return out;
}

Status ClaimSink::AddClaim(const ClaimRecord& claim, const Origin& origin) {
  // A million claims a second pass here: the commonest, clean claim is
  // staged without a Status built for every check it passes.
  Status s = IsClean(claim) ? StageClaim(claim) : CheckAndStage(claim);
  if (!s.ok()) return AtRecord(origin, RecordKind::kClaim, std::move(s));
  ++claims_;
  return s;
}

bool ClaimSink::IsClean(const ClaimRecord& claim) {
  if (claim.refused.field != RecordField::kNone) return false;
  for (const auto* text : {&claim.subject, &claim.relation, &claim.object}) {
    if (!*text || (*text)->empty()) return false;
  }
  for (const EvidenceRecord& e : claim.evidence) {
    if (e.refused.field != RecordField::kNone || HasDetails(e)) return false;
    if (e.confidence && !(*e.confidence >= 0.0 && *e.confidence <= 1.0)) return false;
  }
  return true;
}

Status ClaimSink::ProblemOf(const ClaimRecord& claim) {
  CAUSALKG_RETURN_IF_ERROR(Required(claim.subject, claim.refused, RecordField::kSubject));
  CAUSALKG_RETURN_IF_ERROR(Required(claim.relation, claim.refused, RecordField::kRelation));
  CAUSALKG_RETURN_IF_ERROR(Required(claim.object, claim.refused, RecordField::kObject));
  const std::size_t pieces = claim.evidence.size();
  for (std::size_t i = 0; i < pieces; ++i) {
    Status checked = CheckEvidence(claim.evidence[i]);
    if (!checked.ok()) return Within(PieceName(i, pieces), std::move(checked));
  }
  return Status::Ok();
}

Status ClaimSink::CheckAndStage(const ClaimRecord& claim) {
  CAUSALKG_RETURN_IF_ERROR(ProblemOf(claim));
  return StageClaim(claim);
}

Status ClaimSink::StageClaim(const ClaimRecord& claim) {
  // The three look-ups wait for memory together.
  auto expect = [&](std::string_view name, int i) {
    return claim.name_hashes != nullptr
               ? write_.Expect(InternTable::Key{name, claim.name_hashes[i]})
               : write_.Expect(name);
  };
  const auto subject = expect(*claim.subject, 0), relation = expect(*claim.relation, 1),
             object = expect(*claim.object, 2);
  auto s = write_.Intern(subject);
  if (!s.ok()) return InField(RecordField::kSubject, std::move(s).TakeStatus());
  auto r = write_.Intern(relation);
  if (!r.ok()) return InField(RecordField::kRelation, std::move(r).TakeStatus());
  auto o = write_.Intern(object);
  if (!o.ok()) return InField(RecordField::kObject, std::move(o).TakeStatus());
  const Triple triple{*s, *r, *o};
  const std::size_t pieces = claim.evidence.size();
  static const Evidence kNone;
  if (pieces == 0) return write_.AddClaim(triple, kNone);
  for (std::size_t i = 0; i < pieces; ++i) {
    const EvidenceRecord& e = claim.evidence[i];
    if (IsEmpty(e)) {
      CAUSALKG_RETURN_IF_ERROR(write_.AddClaim(triple, kNone));
      continue;
    }
    FillPiece(e, piece_);
    Status added = write_.AddClaim(triple, piece_);
    if (!added.ok()) return Within(PieceName(i, pieces), std::move(added));
  }
  return Status::Ok();
}

Status ClaimSink::StageLabels(std::span<const LabelRecord> labels, const Refusal& refused,
                              Labels& out) {
  CAUSALKG_RETURN_IF_ERROR(Refused(refused, RecordField::kLabel));
  const std::string label_field = "field 'label'";
  for (const LabelRecord& label : labels) {
    if (!label.language) {
      if (!label.problem.empty()) return FieldError(RecordField::kLabel, label.problem);
      CAUSALKG_RETURN_IF_ERROR(
          Within(label_field, write_.CheckField(fields::Field::kLabel, label.text)));
      out["en"] = std::string(label.text);
      continue;
    }
    // The language first: once it is known to be clean it may name the field.
    CAUSALKG_RETURN_IF_ERROR(
        Within(label_field, write_.CheckField(fields::Field::kLanguage, *label.language)));
    const std::string field = "field 'label." + std::string(*label.language) + "'";
    if (!label.problem.empty()) return Status::Load(field + " " + std::string(label.problem));
    CAUSALKG_RETURN_IF_ERROR(Within(field, write_.CheckField(fields::Field::kLabel, label.text)));
    out[std::string(*label.language)] = std::string(label.text);
  }
  return Status::Ok();
}

Status ClaimSink::DeclareNode(const NodeRecord& node, const Origin& origin) {
  auto about_node = [&](Status s) { return AtRecord(origin, RecordKind::kNode, std::move(s)); };
  auto in_file = [&](Status s) { return InFile(origin, std::move(s)); };
  CAUSALKG_RETURN_IF_ERROR(about_node(Required(node.id, node.refused, RecordField::kId)));
  CAUSALKG_RETURN_IF_ERROR(about_node(Refused(node.refused, RecordField::kKind)));
  Labels labels;
  CAUSALKG_RETURN_IF_ERROR(about_node(StageLabels(node.labels, node.refused, labels)));
  auto node_id = write_.Intern(*node.id);
  if (!node_id.ok()) return about_node(InField(RecordField::kId, std::move(node_id).TakeStatus()));
  // What the write says of the term itself names it, and needs no place
  // within the record.
  CAUSALKG_RETURN_IF_ERROR(in_file(write_.MarkNode(*node_id, labels)));
  if (node.kind.empty()) return Status::Ok();
  auto is_a = write_.Intern(kIsA);
  if (!is_a.ok()) return in_file(std::move(is_a).TakeStatus());
  auto kind_id = write_.Intern(node.kind);
  if (!kind_id.ok())
    return about_node(InField(RecordField::kKind, std::move(kind_id).TakeStatus()));
  CAUSALKG_RETURN_IF_ERROR(in_file(write_.MarkRelation(*is_a)));
  CAUSALKG_RETURN_IF_ERROR(in_file(write_.MarkNode(*kind_id)));
  write_.AddTriple({*node_id, *is_a, *kind_id});
  return Status::Ok();
}

Status ClaimSink::DeclareRelation(const RelationRecord& relation, const Origin& origin) {
  auto about_relation = [&](Status s) {
    return AtRecord(origin, RecordKind::kRelation, std::move(s));
  };
  CAUSALKG_RETURN_IF_ERROR(
      about_relation(Required(relation.id, relation.refused, RecordField::kId)));
  Labels labels;
  CAUSALKG_RETURN_IF_ERROR(about_relation(StageLabels(relation.labels, relation.refused, labels)));
  CAUSALKG_RETURN_IF_ERROR(about_relation(Refused(relation.refused, RecordField::kPolarity)));
  auto relation_id = write_.Intern(*relation.id);
  if (!relation_id.ok()) {
    return about_relation(InField(RecordField::kId, std::move(relation_id).TakeStatus()));
  }
  // A polarity that contradicts the store's names the relation itself.
  return InFile(origin, write_.MarkRelation(*relation_id, relation.polarity, labels));
}

Status ClaimSink::DeclareSource(const SourceRecord& source, const Origin& origin) {
  auto about_source = [&](Status s) { return AtRecord(origin, RecordKind::kSource, std::move(s)); };
  CAUSALKG_RETURN_IF_ERROR(about_source(Required(source.id, source.refused, RecordField::kId)));
  const std::pair<RecordField, const std::optional<double>*> rates[] = {
      {RecordField::kSystematicError, &source.errors.systematic},
      {RecordField::kRandomError, &source.errors.random},
      {RecordField::kReliability, &source.errors.reliability}};
  for (const auto& [field, rate] : rates) {
    CAUSALKG_RETURN_IF_ERROR(about_source(Refused(source.refused, field)));
    if (*rate && !(**rate >= 0.0 && **rate <= 1.0)) {
      return about_source(FieldError(field, "must be between 0 and 1, not " + NumberText(**rate)));
    }
  }
  if (source.errors.random && source.errors.reliability) {
    return about_source(Status::Load(
        "give 'reliability' or 'random_error', not both: a reliability x stands for the random "
        "error 1 - x - systematic_error"));
  }
  if (std::string problem = ErrorRatesProblem(source.errors); !problem.empty()) {
    // The one problem left: the two chances of being wrong add up past 1.
    return about_source(Status::Load("fields 'systematic_error' and 'random_error' add up to " +
                                     NumberText(*source.errors.systematic + *source.errors.random) +
                                     ", more than 1: they are the chances of two ways of being "
                                     "wrong"));
  }
  std::string json(source.json);
  if (json.empty()) {
    // The write refuses an id unfit to be stored before it reads the
    // record, so replacing bad bytes here hides nothing.
    json = nlohmann::json{{"id", *source.id}}.dump(-1, ' ', false,
                                                   nlohmann::json::error_handler_t::replace);
  }
  return about_source(write_.AddSource({std::string(*source.id), std::move(json), source.errors}));
}

Result<LoadSummary> ClaimSink::Commit() {
  // Read against the store as it was: after the commit, the new names are
  // among the old.
  std::vector<std::string> name_warnings;
  {
    LoadPhase phase("name warnings");
    CAUSALKG_RETURN_IF_ERROR(AddNameWarnings(write_, name_warnings));
  }
  auto committed = write_.Commit();
  if (!committed.ok()) return std::move(committed).TakeStatus();
  LoadSummary summary;
  summary.claims = claims_;
  summary.write = std::move(committed).value();
  summary.notes = std::move(notes_);
  for (std::string& warning : unknown_fields_.Warnings())
    summary.write.warnings.push_back(std::move(warning));
  for (std::string& warning : name_warnings) summary.write.warnings.push_back(std::move(warning));
  return summary;
}

}  // namespace causalkg::kb
