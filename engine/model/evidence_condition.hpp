// Conditions on a piece of evidence: `confidence >= 0.6`, `modality = none`,
// `source IN (scp-2025, cbs)`. The chain statements' WHERE and a MATCH's
// `?e.field` comparisons are the same conditions: the binder builds them
// (engine/binder/bind_evidence.hpp) and whether one holds of a piece is
// decided here, once for both.
//
// A field a piece does not give (no modality, no confidence, an origin not
// stated, an attribute it lacks) is `none`: it equals none and nothing
// else, differs from every value but none, and is neither less nor more
// than any number. A number compares with a text that is a number (a page
// "14") by value; texts compare exactly, byte for byte.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/model/model.hpp"

namespace causalkg {

enum class EvidenceField {
  kSource,
  kQuote,
  kModality,
  kConfidence,
  kStart,
  kEnd,
  kPage,
  kSection,
  kUrl,
  kOrigin,
  kTool,
  kStance,
  kAttribute,  // one of the piece's free attributes, by name
};

// What a field holds: numbers (confidence, start, end), one of a few words
// (origin, stance), free text (the rest), or either (an attribute).
enum class FieldKind { kNumber, kWord, kText, kAny };
FieldKind KindOf(EvidenceField field);

// A field of a piece; for kAttribute, which attribute.
struct EvidenceFieldRef {
  EvidenceField field = EvidenceField::kSource;
  std::string attribute;
  // "confidence", "attributes.weight": as the language and JSON name it.
  std::string Name() const;
  friend bool operator==(const EvidenceFieldRef&, const EvidenceFieldRef&) = default;
};

// The field names the language knows, as written after WHERE and after
// `?e.`, in the order the documentation lists them; an attribute is
// kAttributePrefix followed by its name.
struct EvidenceFieldName {
  std::string_view name;
  EvidenceField field;
};
extern const std::vector<EvidenceFieldName> kEvidenceFieldNames;
inline constexpr std::string_view kAttributePrefix = "attributes.";

// The field `name` names (exactly, lower case), or nullopt.
std::optional<EvidenceFieldRef> FieldNamed(std::string_view name);

// A field's value in one piece: none, a number, or a text (viewing the
// piece, which must outlive it). An origin not stated is none; a stance is
// "supports" or "refutes".
using FieldValue = std::variant<std::monostate, double, std::string_view>;
FieldValue ValueOf(const Evidence& piece, const EvidenceFieldRef& field);

enum class FieldOp { kEqual, kNotEqual, kLess, kLessEqual, kGreater, kGreaterEqual, kIn, kNotIn };
// "=", "!=", "<", "<=", ">", ">=", "IN", "NOT IN".
const char* FieldOpText(FieldOp op);
bool IsOrdering(FieldOp op);  // < <= > >=

// What a field is compared with: none, a number (with its text as
// written, for a text field), or a text.
struct FieldOperand {
  enum class Kind { kNone, kNumber, kText };
  Kind kind = Kind::kNone;
  double number = 0;
  std::string text;
  friend bool operator==(const FieldOperand&, const FieldOperand&) = default;
};

struct EvidenceCondition {
  EvidenceFieldRef field;
  FieldOp op = FieldOp::kEqual;
  std::vector<FieldOperand> values;  // one; for IN and NOT IN, the list
  std::string text;                  // as the statement wrote it, for plans
};

// Whether `condition` holds of the value `value` of its field.
bool Holds(const EvidenceCondition& condition, const FieldValue& value);
bool Holds(const EvidenceCondition& condition, const Evidence& piece);
// Whether every condition holds of one piece (true for none).
bool HoldsAll(std::span<const EvidenceCondition> conditions, const Evidence& piece);

// The steps a chain statement follows: a step qualifies when one piece of
// its claim's evidence satisfies every condition (a step without evidence
// satisfies none), and when its claim's belief, from all its pieces, is at
// least `min_belief`.
struct EvidenceFilter {
  std::vector<EvidenceCondition> conditions;
  std::optional<double> min_belief;
  bool empty() const { return conditions.empty() && !min_belief; }
};

// How two values of a field compare, for ORDER BY ?e.field: numbers by
// value before texts, texts byte by byte, none after both. Negative when a
// comes first, 0 when they tie.
int CompareFieldValues(const FieldValue& a, const FieldValue& b);

}  // namespace causalkg
