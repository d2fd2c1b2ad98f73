#include "engine/binder/bind_evidence.hpp"

#include <algorithm>
#include <charconv>

#include "engine/binder/name_resolver.hpp"

namespace causalkg {

namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string FieldList() {
  std::string list;
  for (const EvidenceFieldName& field : kEvidenceFieldNames) {
    list += (list.empty() ? "" : ", ") + std::string(field.name);
  }
  return list + ", " + std::string(kAttributePrefix) + "<name>";
}

// A value written as a number: digits with an optional fraction and minus,
// not quoted.
std::optional<double> NumberOf(const ast::Name& value) {
  if (value.quoted) return std::nullopt;
  const std::string& text = value.text;
  std::size_t at = text.starts_with('-') ? 1 : 0;
  const std::size_t digits = at;
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
  if (at == digits) return std::nullopt;
  if (at < text.size() && text[at] == '.') {
    const std::size_t fraction = ++at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    if (at == fraction) return std::nullopt;
  }
  if (at != text.size()) return std::nullopt;
  double number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc()) return std::nullopt;
  return number;
}

bool IsNone(const ast::Name& value) { return value.text == "none"; }

// How a value reads in a plan: as it was written, a quoted one quoted.
std::string ValueText(const ast::Name& value) {
  if (!value.quoted) return value.text;
  std::string quoted = "'";
  for (char c : value.text) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  return quoted + "'";
}

Status ValueError(const ast::Name& value, std::string message, std::string hint = {}) {
  return Status::Query(std::move(message), std::move(hint)).AtOffset(value.offset);
}

// The operand `value` stands for, compared with `field` (named `shown`) by `op`.
Result<FieldOperand> Operand(const EvidenceFieldRef& field, const std::string& shown,
                             ast::CompareOp op, const ast::Name& value) {
  FieldOperand operand;
  const FieldKind kind = KindOf(field.field);
  const bool ordering = op == ast::CompareOp::kLess || op == ast::CompareOp::kLessEqual ||
                        op == ast::CompareOp::kGreater || op == ast::CompareOp::kGreaterEqual;
  const std::optional<double> number = NumberOf(value);
  if (IsNone(value)) {
    if (ordering) {
      return ValueError(value, "none is no number to compare " + shown + " with",
                        "ask for a piece without it with " + shown + " = none");
    }
    if (field.field == EvidenceField::kStance) {
      return ValueError(value, "every piece of evidence has a stance: supports or refutes");
    }
    return operand;  // kNone
  }
  switch (kind) {
    case FieldKind::kNumber: {
      if (!number) {
        return ValueError(value, shown + " is a number, and " + Quote(value.text) + " is not one",
                          field.field == EvidenceField::kConfidence
                              ? "write it as a decimal from 0 to 1: 0.6"
                              : "write it as a whole number: 120");
      }
      if (field.field == EvidenceField::kConfidence && !(*number >= 0 && *number <= 1)) {
        return ValueError(value, "a confidence is between 0 and 1, and " + value.text + " is not",
                          "write it as a decimal: 0.6");
      }
      if (field.field != EvidenceField::kConfidence &&
          (*number < 0 || *number != static_cast<double>(static_cast<std::uint64_t>(*number)))) {
        return ValueError(value, shown + " is a byte offset, a whole number of 0 or more, and " +
                                     value.text + " is not one");
      }
      operand.kind = FieldOperand::Kind::kNumber;
      operand.number = *number;
      operand.text = value.text;
      return operand;
    }
    case FieldKind::kWord: {
      const bool origin = field.field == EvidenceField::kOrigin;
      const bool known =
          origin ? OriginFromText(value.text).has_value() : StanceFromText(value.text).has_value();
      if (!known) {
        return ValueError(value,
                          Quote(value.text) + " is no " + shown + ": " +
                              (origin ? "an origin is stated, extracted, inferred, imported or "
                                        "none (not stated)"
                                      : "a stance is supports or refutes"));
      }
      operand.kind = FieldOperand::Kind::kText;
      operand.text = value.text;
      return operand;
    }
    case FieldKind::kText:
    case FieldKind::kAny:
      break;
  }
  if (ordering && !number) {
    return ValueError(value, "< <= > >= compare numbers, and " + Quote(value.text) + " is not one",
                      "compare texts with =, !=, IN or NOT IN");
  }
  if (number) {
    operand.kind = FieldOperand::Kind::kNumber;
    operand.number = *number;
  } else {
    operand.kind = FieldOperand::Kind::kText;
  }
  operand.text = value.text;
  return operand;
}

FieldOp OpOf(ast::CompareOp op) {
  switch (op) {
    case ast::CompareOp::kEqual:
      return FieldOp::kEqual;
    case ast::CompareOp::kNotEqual:
      return FieldOp::kNotEqual;
    case ast::CompareOp::kLess:
      return FieldOp::kLess;
    case ast::CompareOp::kLessEqual:
      return FieldOp::kLessEqual;
    case ast::CompareOp::kGreater:
      return FieldOp::kGreater;
    case ast::CompareOp::kGreaterEqual:
      return FieldOp::kGreaterEqual;
    case ast::CompareOp::kIn:
      return FieldOp::kIn;
    case ast::CompareOp::kNotIn:
      return FieldOp::kNotIn;
  }
  return FieldOp::kEqual;
}

}  // namespace

Result<EvidenceFieldRef> BindEvidenceField(std::string_view name, std::size_t offset) {
  const std::string lower = Lower(name);
  if (lower.starts_with(kAttributePrefix) && name.size() > kAttributePrefix.size()) {
    return EvidenceFieldRef{EvidenceField::kAttribute,
                            std::string(name.substr(kAttributePrefix.size()))};
  }
  if (std::optional<EvidenceFieldRef> field = FieldNamed(lower)) return *field;
  if (lower == "belief") {
    return Status::Query(
               "belief is a claim's, from all its evidence, not a piece's",
               "MIN BELIEF 0.5 follows only the steps whose claim's belief is at least 0.5")
        .AtOffset(offset);
  }
  std::string_view best;
  std::size_t best_distance = lower.size() <= 4 ? 1 : 2;
  for (const EvidenceFieldName& field : kEvidenceFieldNames) {
    const std::size_t distance = EditDistance(lower, field.name);
    if (distance <= best_distance && (best.empty() || distance < best_distance)) {
      best = field.name;
      best_distance = distance;
    }
  }
  if (best.empty() && lower.find('.') == std::string::npos &&
      EditDistance(lower, "attributes") <= 2) {
    best = "attributes.<name>";
  }
  return Status::Name("unknown field of evidence " + Quote(std::string(name)),
                      best.empty() ? "the fields: " + FieldList()
                                   : "did you mean " + std::string(best) + "?")
      .AtOffset(offset);
}

Result<EvidenceCondition> BindEvidenceCondition(const EvidenceFieldRef& field,
                                                const std::string& shown, std::size_t field_offset,
                                                ast::CompareOp op,
                                                const std::vector<ast::Name>& values) {
  EvidenceCondition condition;
  condition.field = field;
  condition.op = OpOf(op);
  const FieldKind kind = KindOf(field.field);
  if (IsOrdering(condition.op) && kind == FieldKind::kWord) {
    return Status::Query(shown + " is one of a few words: compare it with =, !=, IN or NOT IN")
        .AtOffset(field_offset);
  }
  if (IsOrdering(condition.op) && kind == FieldKind::kText && field.field != EvidenceField::kPage) {
    return Status::Query(shown + " is a text: compare it with =, !=, IN or NOT IN",
                         "< <= > >= compare numbers: confidence, start, end, a page, an attribute")
        .AtOffset(field_offset);
  }
  std::string listed;
  for (const ast::Name& value : values) {
    auto operand = Operand(field, shown, op, value);
    if (!operand.ok()) return std::move(operand).TakeStatus();
    condition.values.push_back(std::move(operand).value());
    listed += (listed.empty() ? "" : ", ") + ValueText(value);
  }
  const bool list = condition.op == FieldOp::kIn || condition.op == FieldOp::kNotIn;
  condition.text =
      shown + " " + FieldOpText(condition.op) + " " + (list ? "(" + listed + ")" : listed);
  return condition;
}

Result<EvidenceFilter> BindEvidenceFilter(const ast::ChainOptions& options) {
  EvidenceFilter filter;
  for (const ast::EvidenceCondition& c : options.where) {
    auto field = BindEvidenceField(c.field.text, c.field.offset);
    if (!field.ok()) return std::move(field).TakeStatus();
    auto condition = BindEvidenceCondition(*field, field->Name(), c.field.offset, c.op, c.values);
    if (!condition.ok()) return std::move(condition).TakeStatus();
    filter.conditions.push_back(std::move(condition).value());
  }
  filter.min_belief = options.min_belief;
  return filter;
}

std::string ConditionsText(const std::vector<EvidenceCondition>& conditions) {
  std::string text;
  for (const EvidenceCondition& c : conditions) text += (text.empty() ? "" : " and ") + c.text;
  return text;
}

}  // namespace causalkg
