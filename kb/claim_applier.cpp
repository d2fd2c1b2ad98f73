#include "kb/claim_applier.hpp"

#include <nlohmann/json.hpp>

#include "engine/vocabulary.hpp"

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

Status FieldError(const std::string& where, const std::string& field, const std::string& problem) {
  return Status::Load(where + ": field '" + field + "' " + problem);
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
  if (out.find('\0') != std::string::npos)
    return FieldError(where, field, "contains a NUL character");
  return Status::Ok();
}

Status CheckObject(const json& value, const std::string& where, const char* what) {
  if (value.is_object()) return Status::Ok();
  return Status::Load(where + ": " + what + " must be a JSON object, not " + JsonTypeName(value));
}

// "label": "text" (taken as English) or {"en": "...", "nl": "..."}.
Status LabelsField(const json& object, const std::string& where, Labels& labels) {
  auto it = object.find("label");
  if (it == object.end() || it->is_null()) return Status::Ok();
  if (it->is_string()) {
    labels["en"] = it->get<std::string>();
    return Status::Ok();
  }
  if (!it->is_object()) {
    return FieldError(where, "label",
                      "must be a string or an object of languages, not " + JsonTypeName(*it));
  }
  for (const auto& [language, text] : it->items()) {
    if (!text.is_string()) {
      return FieldError(where, "label." + language, "must be a string, not " + JsonTypeName(text));
    }
    if (language.empty() || language.size() > 255) {
      return FieldError(where, "label", "has a language code that is empty or too long");
    }
    labels[language] = text.get<std::string>();
  }
  return Status::Ok();
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
  return ApplyClaimFields(subject, relation, object, std::move(e));
}

Status ClaimApplier::ApplyClaimFields(std::string_view subject, std::string_view relation,
                                      std::string_view object, Evidence e) {
  auto s = write_.Intern(subject);
  if (!s.ok()) return std::move(s).TakeStatus();
  auto r = write_.Intern(relation);
  if (!r.ok()) return std::move(r).TakeStatus();
  auto o = write_.Intern(object);
  if (!o.ok()) return std::move(o).TakeStatus();
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
  CAUSALKG_RETURN_IF_ERROR(LabelsField(node, where, labels));
  auto node_id = write_.Intern(id);
  if (!node_id.ok()) return std::move(node_id).TakeStatus();
  CAUSALKG_RETURN_IF_ERROR(write_.MarkNode(*node_id, labels));
  if (kind.empty()) return Status::Ok();
  auto is_a = write_.Intern(kIsA);
  if (!is_a.ok()) return std::move(is_a).TakeStatus();
  auto kind_id = write_.Intern(kind);
  if (!kind_id.ok()) return std::move(kind_id).TakeStatus();
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
  CAUSALKG_RETURN_IF_ERROR(LabelsField(relation, where, labels));
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
  if (!relation_id.ok()) return std::move(relation_id).TakeStatus();
  return write_.MarkRelation(*relation_id, polarity, labels);
}

Status ClaimApplier::ApplySource(const json& source, const std::string& where) {
  CAUSALKG_RETURN_IF_ERROR(CheckObject(source, where, "a source"));
  std::string id;
  CAUSALKG_RETURN_IF_ERROR(StringField(source, "id", where, true, id));
  write_.AddSource({id, source.dump()});
  return Status::Ok();
}

}  // namespace causalkg::kb
