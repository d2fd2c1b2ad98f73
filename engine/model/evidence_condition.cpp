#include "engine/model/evidence_condition.hpp"

#include <charconv>

namespace causalkg {

namespace {

// The text as a number, when all of it is one.
std::optional<double> NumberIn(std::string_view text) {
  double value = 0;
  const char* const end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || stop != end) return std::nullopt;
  return value;
}

FieldValue Optional(const std::string& text) {
  if (text.empty()) return std::monostate{};
  return std::string_view(text);
}

FieldValue Optional(const std::optional<double>& number) {
  if (!number) return std::monostate{};
  return *number;
}

FieldValue Optional(const std::optional<std::uint64_t>& offset) {
  if (!offset) return std::monostate{};
  return static_cast<double>(*offset);
}

// A present value against one operand: -1, 0 or 1, or nullopt when they
// do not compare (a text that is no number against a number, a number
// against a text).
std::optional<int> Compare(const FieldValue& value, const FieldOperand& operand) {
  auto order = [](double a, double b) { return a < b ? -1 : a > b ? 1 : 0; };
  if (const double* number = std::get_if<double>(&value)) {
    if (operand.kind != FieldOperand::Kind::kNumber) return std::nullopt;
    return order(*number, operand.number);
  }
  const std::string_view text = std::get<std::string_view>(value);
  if (operand.kind == FieldOperand::Kind::kNumber) {
    if (const std::optional<double> number = NumberIn(text)) return order(*number, operand.number);
    return std::nullopt;
  }
  const int c = text.compare(operand.text);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

bool Equals(const FieldValue& value, const FieldOperand& operand) {
  const bool none = std::holds_alternative<std::monostate>(value);
  if (none || operand.kind == FieldOperand::Kind::kNone) {
    return none && operand.kind == FieldOperand::Kind::kNone;
  }
  const std::optional<int> c = Compare(value, operand);
  return c && *c == 0;
}

bool InList(const FieldValue& value, const std::vector<FieldOperand>& list) {
  for (const FieldOperand& operand : list) {
    if (Equals(value, operand)) return true;
  }
  return false;
}

}  // namespace

const std::vector<EvidenceFieldName> kEvidenceFieldNames = {
    {"source", EvidenceField::kSource},     {"quote", EvidenceField::kQuote},
    {"modality", EvidenceField::kModality}, {"confidence", EvidenceField::kConfidence},
    {"origin", EvidenceField::kOrigin},     {"stance", EvidenceField::kStance},
    {"tool", EvidenceField::kTool},         {"page", EvidenceField::kPage},
    {"section", EvidenceField::kSection},   {"url", EvidenceField::kUrl},
    {"start", EvidenceField::kStart},       {"end", EvidenceField::kEnd},
};

FieldKind KindOf(EvidenceField field) {
  switch (field) {
    case EvidenceField::kConfidence:
    case EvidenceField::kStart:
    case EvidenceField::kEnd:
      return FieldKind::kNumber;
    case EvidenceField::kOrigin:
    case EvidenceField::kStance:
      return FieldKind::kWord;
    case EvidenceField::kAttribute:
      return FieldKind::kAny;
    case EvidenceField::kSource:
    case EvidenceField::kQuote:
    case EvidenceField::kModality:
    case EvidenceField::kPage:
    case EvidenceField::kSection:
    case EvidenceField::kUrl:
    case EvidenceField::kTool:
      break;
  }
  return FieldKind::kText;
}

std::string EvidenceFieldRef::Name() const {
  if (field == EvidenceField::kAttribute) return std::string(kAttributePrefix) + attribute;
  for (const EvidenceFieldName& known : kEvidenceFieldNames) {
    if (known.field == field) return std::string(known.name);
  }
  return {};
}

std::optional<EvidenceFieldRef> FieldNamed(std::string_view name) {
  if (name.starts_with(kAttributePrefix) && name.size() > kAttributePrefix.size()) {
    return EvidenceFieldRef{EvidenceField::kAttribute,
                            std::string(name.substr(kAttributePrefix.size()))};
  }
  for (const EvidenceFieldName& known : kEvidenceFieldNames) {
    if (known.name == name) return EvidenceFieldRef{known.field, {}};
  }
  return std::nullopt;
}

FieldValue ValueOf(const Evidence& piece, const EvidenceFieldRef& field) {
  switch (field.field) {
    case EvidenceField::kSource:
      return Optional(piece.source);
    case EvidenceField::kQuote:
      return Optional(piece.quote);
    case EvidenceField::kModality:
      return Optional(piece.modality);
    case EvidenceField::kConfidence:
      return Optional(piece.confidence);
    case EvidenceField::kStart:
      return Optional(piece.locator.start);
    case EvidenceField::kEnd:
      return Optional(piece.locator.end);
    case EvidenceField::kPage:
      return Optional(piece.locator.page);
    case EvidenceField::kSection:
      return Optional(piece.locator.section);
    case EvidenceField::kUrl:
      return Optional(piece.locator.url);
    case EvidenceField::kOrigin:
      if (piece.origin == EvidenceOrigin::kUnspecified) return std::monostate{};
      return std::string_view(OriginText(piece.origin));
    case EvidenceField::kTool:
      return Optional(piece.tool);
    case EvidenceField::kStance:
      return std::string_view(StanceText(piece.stance));
    case EvidenceField::kAttribute: {
      auto it = piece.attributes.find(field.attribute);
      if (it == piece.attributes.end()) return std::monostate{};
      if (const double* number = std::get_if<double>(&it->second)) return *number;
      return std::string_view(std::get<std::string>(it->second));
    }
  }
  return std::monostate{};
}

const char* FieldOpText(FieldOp op) {
  switch (op) {
    case FieldOp::kEqual:
      return "=";
    case FieldOp::kNotEqual:
      return "!=";
    case FieldOp::kLess:
      return "<";
    case FieldOp::kLessEqual:
      return "<=";
    case FieldOp::kGreater:
      return ">";
    case FieldOp::kGreaterEqual:
      return ">=";
    case FieldOp::kIn:
      return "IN";
    case FieldOp::kNotIn:
      return "NOT IN";
  }
  return "";
}

bool IsOrdering(FieldOp op) {
  return op == FieldOp::kLess || op == FieldOp::kLessEqual || op == FieldOp::kGreater ||
         op == FieldOp::kGreaterEqual;
}

bool Holds(const EvidenceCondition& condition, const FieldValue& value) {
  switch (condition.op) {
    case FieldOp::kEqual:
      return Equals(value, condition.values.front());
    case FieldOp::kNotEqual:
      return !Equals(value, condition.values.front());
    case FieldOp::kIn:
      return InList(value, condition.values);
    case FieldOp::kNotIn:
      return !InList(value, condition.values);
    case FieldOp::kLess:
    case FieldOp::kLessEqual:
    case FieldOp::kGreater:
    case FieldOp::kGreaterEqual:
      break;
  }
  if (std::holds_alternative<std::monostate>(value)) return false;
  const std::optional<int> c = Compare(value, condition.values.front());
  if (!c) return false;
  switch (condition.op) {
    case FieldOp::kLess:
      return *c < 0;
    case FieldOp::kLessEqual:
      return *c <= 0;
    case FieldOp::kGreater:
      return *c > 0;
    default:
      return *c >= 0;
  }
}

bool Holds(const EvidenceCondition& condition, const Evidence& piece) {
  return Holds(condition, ValueOf(piece, condition.field));
}

bool HoldsAll(std::span<const EvidenceCondition> conditions, const Evidence& piece) {
  for (const EvidenceCondition& condition : conditions) {
    if (!Holds(condition, piece)) return false;
  }
  return true;
}

int CompareFieldValues(const FieldValue& a, const FieldValue& b) {
  // The rank of each kind: numbers, texts, none.
  auto rank = [](const FieldValue& v) {
    return std::holds_alternative<double>(v)             ? 0
           : std::holds_alternative<std::string_view>(v) ? 1
                                                         : 2;
  };
  if (rank(a) != rank(b)) return rank(a) < rank(b) ? -1 : 1;
  if (const double* x = std::get_if<double>(&a)) {
    const double y = std::get<double>(b);
    return *x < y ? -1 : *x > y ? 1 : 0;
  }
  if (const std::string_view* x = std::get_if<std::string_view>(&a)) {
    const int c = x->compare(std::get<std::string_view>(b));
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  return 0;
}

}  // namespace causalkg
