// Binding conditions on evidence, once for the chain statements' WHERE
// (`confidence >= 0.6`) and a MATCH's `?e.field` comparisons: the field
// named must be one of a piece's (engine/model/evidence_condition.hpp), and
// each value must be of the field's kind. Errors point at what is wrong: an
// unknown field at the field, a value of the wrong kind at the value.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/evidence_condition.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

// The field `name` names (any case; `attributes.<name>` keeps the
// attribute's case), starting at `offset`. An unknown name is a Name error
// that suggests the nearest field; `belief`, which is a claim's and not a
// piece's, says how to ask for it.
Result<EvidenceFieldRef> BindEvidenceField(std::string_view name, std::size_t offset);

// The condition `field op values`, `shown` being how the field reads in a
// plan ("confidence", "?e.confidence") and `field_offset` where it starts.
Result<EvidenceCondition> BindEvidenceCondition(const EvidenceFieldRef& field,
                                                const std::string& shown, std::size_t field_offset,
                                                ast::CompareOp op,
                                                const std::vector<ast::Name>& values);

// A chain statement's conditions: WHERE's and MIN BELIEF.
Result<EvidenceFilter> BindEvidenceFilter(const ast::ChainOptions& options);

// How a filter reads in a plan: "confidence >= 0.6 and modality != 'can'".
std::string ConditionsText(const std::vector<EvidenceCondition>& conditions);

}  // namespace causalkg
