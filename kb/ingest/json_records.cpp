#include "kb/ingest/json_records.hpp"

#include <vector>

#include <nlohmann/json.hpp>

namespace causalkg::kb {

using nlohmann::json;

std::string JsonTypeName(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::string:
      return "a string";
    case json::value_t::array:
      return "an array";
    case json::value_t::object:
      return "an object";
    case json::value_t::discarded:
      return "nothing";
    default:
      return "a number";
  }
}

namespace {

// Reads the fields of one object in the sink's order (RecordField) and
// stops at the first whose JSON type is wrong: the sink reports that one
// after the problems of the fields before it. Its records' views point
// into the object and into this reader.
class FieldReader {
 public:
  explicit FieldReader(const json& object) : object_(object) {}
  FieldReader(const FieldReader&) = delete;
  FieldReader& operator=(const FieldReader&) = delete;

  bool stopped() const { return refusal_.field != RecordField::kNone; }
  const Refusal& refusal() const { return refusal_; }

  // The refusal for a record that holds `field`, if it holds the one refused.
  Refusal RefusalOf(std::initializer_list<RecordField> fields) const {
    for (RecordField field : fields) {
      if (refusal_.field == field) return refusal_;
    }
    return {};
  }

  void Refuse(RecordField field, std::string problem) {
    problem_ = std::move(problem);
    refusal_ = {field, problem_};
  }

  // The field at `key`, or nullptr when it is absent or reading stopped.
  const json* Find(const char* key) const {
    if (stopped()) return nullptr;
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  // A required string: absent stays nullopt; null is a wrong type.
  void Required(const char* key, RecordField field, std::optional<std::string_view>& out) {
    const json* value = Find(key);
    if (value == nullptr) return;
    if (!value->is_string()) return Refuse(field, "must be a string, not " + JsonTypeName(*value));
    out = value->get_ref<const std::string&>();
  }

  // An optional string: absent or null stays empty.
  void Optional(const char* key, RecordField field, std::string_view& out) {
    const json* value = Find(key);
    if (value == nullptr || value->is_null()) return;
    if (!value->is_string()) return Refuse(field, "must be a string, not " + JsonTypeName(*value));
    out = value->get_ref<const std::string&>();
  }

  // A number, or absent or null: a byte offset, say. `wanted` is what the
  // field must be, as its refusal says it.
  void Number(const char* key, RecordField field, const char* wanted, std::optional<double>& out) {
    const json* value = Find(key);
    if (value == nullptr || value->is_null()) return;
    if (!value->is_number())
      return Refuse(field, std::string("must be ") + wanted + ", not " + JsonTypeName(*value));
    out = value->get<double>();
  }

  // A text that must be one of a few names (`names`, as a message lists
  // them); absent or null stays empty.
  void Name(const char* key, RecordField field, const char* names, std::string_view& out) {
    const json* value = Find(key);
    if (value == nullptr || value->is_null()) return;
    if (!value->is_string())
      return Refuse(field, std::string("must be ") + names + ", not " + JsonTypeName(*value));
    out = value->get_ref<const std::string&>();
  }

  // "page": a string, or a number taken as a page number.
  void Page(EvidenceRecord& evidence) {
    const json* value = Find("page");
    if (value == nullptr || value->is_null()) return;
    if (value->is_number()) {
      evidence.page_number = value->get<double>();
    } else if (value->is_string()) {
      evidence.page = value->get_ref<const std::string&>();
    } else {
      Refuse(RecordField::kPage,
             "must be a string or a non-negative integer, not " + JsonTypeName(*value));
    }
  }

  // "attributes": {"weight": 0.5, "delay": "DELAY1"}. An attribute whose
  // value is neither ends the list: the sink stops there.
  void Attributes(std::vector<AttributeRecord>& out) {
    const json* value = Find("attributes");
    if (value == nullptr || value->is_null()) return;
    if (!value->is_object()) {
      return Refuse(
          RecordField::kAttributes,
          "must be an object of names and numbers or strings, not " + JsonTypeName(*value));
    }
    for (auto entry = value->begin(); entry != value->end(); ++entry) {
      AttributeRecord attribute{entry.key()};
      if (entry->is_number()) {
        attribute.number = entry->get<double>();
      } else if (entry->is_string()) {
        attribute.text = entry->get_ref<const std::string&>();
      } else {
        attribute_problem_ = "must be a number or a string, not " + JsonTypeName(*entry);
        attribute.problem = attribute_problem_;
        out.push_back(attribute);
        return;
      }
      out.push_back(attribute);
    }
  }

  // "label": "text" (taken as English) or {"en": "...", "nl": "..."}. A
  // label whose text is no string ends the list: the sink stops there.
  void Labels(std::vector<LabelRecord>& out) {
    const json* value = Find("label");
    if (value == nullptr || value->is_null()) return;
    if (value->is_string()) {
      out.push_back({std::nullopt, value->get_ref<const std::string&>(), {}});
      return;
    }
    if (!value->is_object()) {
      return Refuse(RecordField::kLabel,
                    "must be a string or an object of languages, not " + JsonTypeName(*value));
    }
    for (auto entry = value->begin(); entry != value->end(); ++entry) {
      const std::string& language = entry.key();
      if (!entry->is_string()) {
        label_problem_ = "must be a string, not " + JsonTypeName(*entry);
        out.push_back({language, {}, label_problem_});
        return;
      }
      out.push_back({language, entry->get_ref<const std::string&>(), {}});
    }
  }

 private:
  const json& object_;
  Refusal refusal_;
  std::string problem_;
  std::string label_problem_;
  std::string attribute_problem_;
};

// Whether `key` is a field of a claim: those read above.
bool IsClaimField(std::string_view key) {
  for (auto field = static_cast<int>(RecordField::kSubject);
       field <= static_cast<int>(RecordField::kAttributes); ++field) {
    if (key == FieldName(static_cast<RecordField>(field))) return true;
  }
  return false;
}

Status NotAnObject(const json& value, const Origin& origin, RecordKind kind, const char* what) {
  return AtRecord(
      origin, kind,
      Status::Load(std::string(what) + " must be a JSON object, not " + JsonTypeName(value)));
}

}  // namespace

Status SinkJsonClaim(ClaimSink& sink, const json& value, const Origin& origin) {
  if (!value.is_object()) return NotAnObject(value, origin, RecordKind::kClaim, "a claim");
  FieldReader fields(value);
  ClaimRecord claim;
  EvidenceRecord evidence;
  fields.Required("subject", RecordField::kSubject, claim.subject);
  fields.Required("relation", RecordField::kRelation, claim.relation);
  fields.Required("object", RecordField::kObject, claim.object);
  fields.Optional("source", RecordField::kSource, evidence.source);
  fields.Optional("quote", RecordField::kQuote, evidence.quote);
  fields.Optional("modality", RecordField::kModality, evidence.modality);
  std::string confidence_text;
  if (const json* confidence = fields.Find("confidence");
      confidence != nullptr && !confidence->is_null()) {
    if (!confidence->is_number()) {
      fields.Refuse(RecordField::kConfidence,
                    "must be a number between 0 and 1, not " + JsonTypeName(*confidence));
    } else {
      evidence.confidence = confidence->get<double>();
      confidence_text = confidence->dump();
      evidence.confidence_text = confidence_text;
    }
  }
  constexpr const char* kOffset = "a non-negative integer";
  fields.Number("start", RecordField::kStart, kOffset, evidence.start);
  fields.Number("end", RecordField::kEnd, kOffset, evidence.end);
  fields.Page(evidence);
  fields.Optional("section", RecordField::kSection, evidence.section);
  fields.Optional("url", RecordField::kUrl, evidence.url);
  fields.Name("origin", RecordField::kOrigin, kOriginNames, evidence.origin);
  fields.Optional("tool", RecordField::kTool, evidence.tool);
  fields.Name("stance", RecordField::kStance, kStanceNames, evidence.stance);
  std::vector<AttributeRecord> attributes;
  fields.Attributes(attributes);
  evidence.attributes = attributes;
  claim.refused =
      fields.RefusalOf({RecordField::kSubject, RecordField::kRelation, RecordField::kObject});
  evidence.refused = fields.RefusalOf(
      {RecordField::kSource, RecordField::kQuote, RecordField::kModality, RecordField::kConfidence,
       RecordField::kStart, RecordField::kEnd, RecordField::kPage, RecordField::kSection,
       RecordField::kUrl, RecordField::kOrigin, RecordField::kTool, RecordField::kStance,
       RecordField::kAttributes});
  claim.evidence = {&evidence, 1};
  CAUSALKG_RETURN_IF_ERROR(sink.AddClaim(claim, origin));
  for (auto field = value.begin(); field != value.end(); ++field) {
    if (!IsClaimField(field.key())) sink.UnknownClaimField(field.key());
  }
  return Status::Ok();
}

Status SinkJsonNode(ClaimSink& sink, const json& value, const Origin& origin) {
  if (!value.is_object()) return NotAnObject(value, origin, RecordKind::kNode, "a node");
  FieldReader fields(value);
  NodeRecord node;
  std::vector<LabelRecord> labels;
  fields.Required("id", RecordField::kId, node.id);
  fields.Optional("kind", RecordField::kKind, node.kind);
  fields.Labels(labels);
  node.labels = labels;
  node.refused = fields.refusal();
  return sink.DeclareNode(node, origin);
}

Status SinkJsonRelation(ClaimSink& sink, const json& value, const Origin& origin) {
  if (!value.is_object()) return NotAnObject(value, origin, RecordKind::kRelation, "a relation");
  FieldReader fields(value);
  RelationRecord relation;
  std::vector<LabelRecord> labels;
  fields.Required("id", RecordField::kId, relation.id);
  fields.Labels(labels);
  if (const json* polarity = fields.Find("polarity")) {
    if (polarity->is_null()) {
      relation.polarity = Polarity::kNone;
    } else if (polarity->is_string()) {
      relation.polarity = CausalPolarityFromText(polarity->get_ref<const std::string&>());
    }
    if (!relation.polarity) {
      fields.Refuse(
          RecordField::kPolarity,
          "must be \"+\", \"-\", \"?\" (causal, sign not stated) or null, not " + polarity->dump());
    }
  }
  relation.labels = labels;
  relation.refused = fields.refusal();
  return sink.DeclareRelation(relation, origin);
}

Status SinkJsonSource(ClaimSink& sink, const json& value, const Origin& origin) {
  if (!value.is_object()) return NotAnObject(value, origin, RecordKind::kSource, "a source");
  FieldReader fields(value);
  SourceRecord source;
  fields.Required("id", RecordField::kId, source.id);
  constexpr const char* kRate = "a number between 0 and 1";
  fields.Number("systematic_error", RecordField::kSystematicError, kRate, source.errors.systematic);
  fields.Number("random_error", RecordField::kRandomError, kRate, source.errors.random);
  fields.Number("reliability", RecordField::kReliability, kRate, source.errors.reliability);
  source.refused = fields.refusal();
  // The store keeps the whole declaration, every field of it.
  const std::string declaration = fields.stopped() ? std::string() : value.dump();
  source.json = declaration;
  return sink.DeclareSource(source, origin);
}

}  // namespace causalkg::kb
