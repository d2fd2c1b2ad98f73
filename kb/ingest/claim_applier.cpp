#include "kb/ingest/claim_applier.hpp"

#include <nlohmann/json.hpp>

#include "engine/model/vocabulary.hpp"

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

std::string Placed(std::string_view where, std::string_view text) {
  return where.empty() ? std::string(text) : std::string(where) + ": " + std::string(text);
}

Status Within(std::string_view where, Status s) {
  if (s.ok() || s.kind() == ErrorKind::kStorage) return s;
  return Status::Error(s.kind(), Placed(where, s.message()), s.hint());
}

namespace {

Status FieldError(const std::string& where, const std::string& field, const std::string& problem) {
  return Status::Load(Placed(where, "field '" + field + "' " + problem));
}

// A required or optional string field; `out` untouched when absent.
Status StringField(const json& object, const char* field, const std::string& where, bool required,
                   std::string& out) {
  auto it = object.find(field);
  if (it == object.end() || (!required && it->is_null())) {
    return required ? FieldError(where, field, "is missing") : Status::Ok();
  }
  if (!it->is_string())
    return FieldError(where, field, "must be a string, not " + JsonTypeName(*it));
  out = it->get<std::string>();
  if (required && out.empty()) return FieldError(where, field, "is empty");
  return Status::Ok();
}

Status CheckObject(const json& value, const std::string& where, const char* what) {
  if (value.is_object()) return Status::Ok();
  return Status::Load(
      Placed(where, std::string(what) + " must be a JSON object, not " + JsonTypeName(value)));
}

// "label": "text" (taken as English) or {"en": "...", "nl": "..."}. Each
// is checked here, as the write will check it, to name its field.
Status LabelsField(const WriteSet& write, const json& object, const std::string& where,
                   Labels& labels) {
  auto it = object.find("label");
  if (it == object.end() || it->is_null()) return Status::Ok();
  if (it->is_string()) {
    std::string text = it->get<std::string>();
    CAUSALKG_RETURN_IF_ERROR(
        Within(Placed(where, "field 'label'"), write.CheckField(fields::Field::kLabel, text)));
    labels["en"] = std::move(text);
    return Status::Ok();
  }
  if (!it->is_object()) {
    return FieldError(where, "label",
                      "must be a string or an object of languages, not " + JsonTypeName(*it));
  }
  for (const auto& [language, text] : it->items()) {
    // The language first: once it is known to be clean it may name the field.
    CAUSALKG_RETURN_IF_ERROR(Within(Placed(where, "field 'label'"),
                                    write.CheckField(fields::Field::kLanguage, language)));
    const std::string field = Placed(where, "field 'label." + language + "'");
    if (!text.is_string())
      return Status::Load(field + " must be a string, not " + JsonTypeName(text));
    CAUSALKG_RETURN_IF_ERROR(
        Within(field, write.CheckField(fields::Field::kLabel, text.get_ref<const std::string&>())));
    labels[language] = text.get<std::string>();
  }
  return Status::Ok();
}

// The write's refusal of the text in `field`, said as about that field.
Status InField(const char* field, Status s) {
  if (s.ok() || s.kind() == ErrorKind::kStorage) return s;
  return Status::Error(s.kind(), std::string("field '") + field + "': " + s.message(), s.hint());
}

}  // namespace

Status ClaimApplier::ApplyClaim(const json& claim, const std::string& where) {
  CAUSALKG_RETURN_IF_ERROR(CheckObject(claim, where, "a claim"));
  std::string subject, relation, object;
  CAUSALKG_RETURN_IF_ERROR(StringField(claim, "subject", where, true, subject));
  CAUSALKG_RETURN_IF_ERROR(StringField(claim, "relation", where, true, relation));
  CAUSALKG_RETURN_IF_ERROR(StringField(claim, "object", where, true, object));
  Evidence e;
  CAUSALKG_RETURN_IF_ERROR(StringField(claim, "source", where, false, e.source));
  CAUSALKG_RETURN_IF_ERROR(StringField(claim, "quote", where, false, e.quote));
  CAUSALKG_RETURN_IF_ERROR(StringField(claim, "modality", where, false, e.modality));
  if (auto it = claim.find("confidence"); it != claim.end() && !it->is_null()) {
    if (!it->is_number()) {
      return FieldError(where, "confidence",
                        "must be a number between 0 and 1, not " + JsonTypeName(*it));
    }
    const double c = it->get<double>();
    if (!(c >= 0.0 && c <= 1.0)) {
      return FieldError(where, "confidence", "must be between 0 and 1, not " + it->dump());
    }
    e.confidence = c;
  }
  return Within(where, ApplyClaimFields(subject, relation, object, std::move(e)));
}

Status ClaimApplier::ApplyClaimFields(std::string_view subject, std::string_view relation,
                                      std::string_view object, Evidence e) {
  auto s = write_.Intern(subject);
  if (!s.ok()) return InField("subject", std::move(s).TakeStatus());
  auto r = write_.Intern(relation);
  if (!r.ok()) return InField("relation", std::move(r).TakeStatus());
  auto o = write_.Intern(object);
  if (!o.ok()) return InField("object", std::move(o).TakeStatus());
  CAUSALKG_RETURN_IF_ERROR(write_.AddClaim({*s, *r, *o}, std::move(e)));
  ++claims_;
  return Status::Ok();
}

Status ClaimApplier::ApplyNode(const json& node, const std::string& where) {
  CAUSALKG_RETURN_IF_ERROR(CheckObject(node, where, "a node"));
  std::string id, kind;
  Labels labels;
  CAUSALKG_RETURN_IF_ERROR(StringField(node, "id", where, true, id));
  CAUSALKG_RETURN_IF_ERROR(StringField(node, "kind", where, false, kind));
  CAUSALKG_RETURN_IF_ERROR(LabelsField(write_, node, where, labels));
  auto node_id = write_.Intern(id);
  if (!node_id.ok()) return Within(where, InField("id", std::move(node_id).TakeStatus()));
  CAUSALKG_RETURN_IF_ERROR(write_.MarkNode(*node_id, labels));
  if (kind.empty()) return Status::Ok();
  auto is_a = write_.Intern(kIsA);
  if (!is_a.ok()) return std::move(is_a).TakeStatus();
  auto kind_id = write_.Intern(kind);
  if (!kind_id.ok()) return Within(where, InField("kind", std::move(kind_id).TakeStatus()));
  CAUSALKG_RETURN_IF_ERROR(write_.MarkRelation(*is_a));
  CAUSALKG_RETURN_IF_ERROR(write_.MarkNode(*kind_id));
  write_.AddTriple({*node_id, *is_a, *kind_id});
  return Status::Ok();
}

Status ClaimApplier::ApplyRelation(const json& relation, const std::string& where) {
  CAUSALKG_RETURN_IF_ERROR(CheckObject(relation, where, "a relation"));
  std::string id;
  Labels labels;
  CAUSALKG_RETURN_IF_ERROR(StringField(relation, "id", where, true, id));
  CAUSALKG_RETURN_IF_ERROR(LabelsField(write_, relation, where, labels));
  std::optional<Polarity> polarity;
  if (auto it = relation.find("polarity"); it != relation.end()) {
    if (it->is_null()) {
      polarity = Polarity::kNone;
    } else if (it->is_string() && *it == "+") {
      polarity = Polarity::kPositive;
    } else if (it->is_string() && *it == "-") {
      polarity = Polarity::kNegative;
    } else {
      return FieldError(where, "polarity", "must be \"+\", \"-\" or null, not " + it->dump());
    }
  }
  auto relation_id = write_.Intern(id);
  if (!relation_id.ok()) return Within(where, InField("id", std::move(relation_id).TakeStatus()));
  return write_.MarkRelation(*relation_id, polarity, labels);
}

Status ClaimApplier::ApplySource(const json& source, const std::string& where) {
  CAUSALKG_RETURN_IF_ERROR(CheckObject(source, where, "a source"));
  std::string id;
  CAUSALKG_RETURN_IF_ERROR(StringField(source, "id", where, true, id));
  return Within(where, write_.AddSource({id, source.dump()}));
}

}  // namespace causalkg::kb
