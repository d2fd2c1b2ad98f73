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
};

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
  claim.refused =
      fields.RefusalOf({RecordField::kSubject, RecordField::kRelation, RecordField::kObject});
  evidence.refused = fields.RefusalOf({RecordField::kSource, RecordField::kQuote,
                                       RecordField::kModality, RecordField::kConfidence});
  claim.evidence = {&evidence, 1};
  return sink.AddClaim(claim, origin);
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
  source.refused = fields.refusal();
  // The store keeps the whole declaration, every field of it.
  const std::string declaration = fields.stopped() ? std::string() : value.dump();
  source.json = declaration;
  return sink.DeclareSource(source, origin);
}

}  // namespace causalkg::kb
