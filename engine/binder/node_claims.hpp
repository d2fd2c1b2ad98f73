// What the statements that change a node (RENAME NODE, MERGE, REMOVE NODE)
// bind alike: the node, and the claims and evidence that go with it.
#pragma once

#include <string>
#include <string_view>

#include "engine/binder/bind_context.hpp"
#include "engine/binder/bound_statement.hpp"
#include "engine/storage/field_rules.hpp"

namespace causalkg {

// The node `name` stands for, for `statement` ("MERGE") to change: a term
// used as a node and not as a relation too (its claims as a relation would
// go with it). Name errors point at `name`.
Result<BoundTerm> ChangeableNode(const BindContext& context, const ast::Name& name,
                                 std::string_view statement);

// The claims of `node` (as subject or object; a claim on itself once) and
// their pieces of evidence.
Result<NodeClaims> ClaimsOf(const Store& store, TermId node);

// "5 claims and 7 pieces of evidence"
std::string ClaimsText(const NodeClaims& has);
// "5 claims, 7 pieces of evidence and 2 labels" (no labels: as ClaimsText)
std::string KeptText(const NodeClaims& has, std::size_t labels);
// "'Alfa' (nl), 'Alpha' (en)"
std::string LabelsText(const Labels& labels);
// "1 claim", "2 pieces of evidence"
std::string Counted(std::uint64_t n, std::string_view one, std::string_view many);

// `text` as a statement's write would refuse it as a `field`, pointing at
// `offset`; Ok when it would be stored.
Status Storable(fields::Field field, std::string_view text, std::size_t offset);

}  // namespace causalkg
