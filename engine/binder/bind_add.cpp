// ADD s r o [QUOTE ...] [SOURCE ...] [CONFIDENCE ...] [MODALITY ...]: one
// claim, with the nodes and relation it names created when unknown.
#include <algorithm>
#include <sstream>

#include "engine/binder/bind_context.hpp"
#include "engine/binder/near_names.hpp"
#include "engine/binder/node_claims.hpp"
#include "engine/binder/plan_steps.hpp"
#include "engine/storage/field_rules.hpp"

namespace causalkg {

namespace {

// The existing term `name` stands for, or a new one with that name as id.
// Only an unknown name makes a new term; an ambiguous one is an error.
Result<BoundTerm> ExistingOrNew(const BindContext& context, const ast::Name& name, NameRole role) {
  CAUSALKG_RETURN_IF_ERROR(Storable(fields::Field::kId, name.text, name.offset));
  auto found = context.Term(name, role);
  if (found.ok() || found.status().code() != StatusCode::kNotFound) return found;
  BoundTerm term;
  term.is_new = true;
  term.name = term.typed = name.text;
  term.offset = name.offset;
  return term;
}

Status StorableOption(fields::Field field, const std::optional<std::string>& text,
                      std::size_t offset) {
  return text ? Storable(field, *text, offset) : Status::Ok();
}

// A warning for each new node of `add` whose name is close to a node's
// already there, or to the other new node's.
Result<std::vector<PlacedWarning>> NearNameWarnings(const BindContext& context,
                                                    const BoundAdd& add) {
  std::vector<PlacedWarning> warnings;
  for (const BoundTerm* node : {&add.subject, &add.object}) {
    if (!node->is_new) continue;
    if (node == &add.object && add.subject.is_new && add.subject.name == node->name) continue;
    auto close = FindCloseNode(context.store(), node->name);
    if (!close.ok()) return std::move(close).TakeStatus();
    if (*close) {
      warnings.push_back({node->offset, CloseNodeWarning(node->name, **close)});
    } else if (node == &add.object && add.subject.is_new && add.subject.name != node->name &&
               AreClose(FormOf(add.subject.name), FormOf(node->name))) {
      warnings.push_back({node->offset, "new node " + Quote(node->name) + " is close to " +
                                            Quote(add.subject.name) +
                                            ", new in this statement too: did you mean " +
                                            Quote(add.subject.name) + "?"});
    }
  }
  return warnings;
}

}  // namespace

Result<BoundAdd> Bind(const ast::Add& add, const BindContext& context) {
  BoundAdd bound;
  auto subject = ExistingOrNew(context, add.subject, NameRole::kNode);
  if (!subject.ok()) return std::move(subject).TakeStatus();
  bound.subject = std::move(subject).value();
  auto relation = ExistingOrNew(context, add.relation, NameRole::kRelation);
  if (!relation.ok()) return std::move(relation).TakeStatus();
  bound.relation = std::move(relation).value();
  auto object = ExistingOrNew(context, add.object, NameRole::kNode);
  if (!object.ok()) return std::move(object).TakeStatus();
  bound.object = std::move(object).value();
  CAUSALKG_RETURN_IF_ERROR(StorableOption(fields::Field::kSourceId, add.source, add.source_offset));
  CAUSALKG_RETURN_IF_ERROR(StorableOption(fields::Field::kQuote, add.quote, add.quote_offset));
  CAUSALKG_RETURN_IF_ERROR(
      StorableOption(fields::Field::kModality, add.modality, add.modality_offset));
  bound.evidence.quote = add.quote.value_or("");
  bound.evidence.source = add.source.value_or("");
  bound.evidence.modality = add.modality.value_or("");
  bound.evidence.confidence = add.confidence;
  auto warnings = NearNameWarnings(context, bound);
  if (!warnings.ok()) return std::move(warnings).TakeStatus();
  bound.warnings = std::move(warnings).value();
  return bound;
}

PlanNode PlanOf(const BoundAdd& add) {
  PlanNode write = PlanStep("add claim", ClaimText(add.subject, add.relation, add.object) +
                                             ": a write, staged in memory, then committed in "
                                             "one atomic step");
  const BoundTerm* terms[] = {&add.subject, &add.relation, &add.object};
  for (const BoundTerm* term : terms) {
    if (!term->is_new) continue;
    const bool seen = std::any_of(write.children.begin(), write.children.end(),
                                  [&](const PlanNode& n) { return n.detail == term->name; });
    if (seen) continue;
    PlanNode step = PlanStep(term == &add.relation ? "new relation" : "new node", term->name);
    for (const PlacedWarning& warning : add.warnings) {
      if (warning.offset == term->offset)
        step.children.push_back(PlanStep("warning", warning.text));
    }
    write.children.push_back(std::move(step));
  }
  const Evidence& e = add.evidence;
  if (!e.source.empty() || !e.quote.empty() || !e.modality.empty() || e.confidence) {
    std::string detail;
    auto part = [&](const std::string& text) { detail += (detail.empty() ? "" : ", ") + text; };
    if (!e.source.empty()) part("source " + e.source);
    if (!e.quote.empty()) part("a quote");
    if (!e.modality.empty()) part("modality " + e.modality);
    if (e.confidence) {
      std::ostringstream confidence;
      confidence << *e.confidence;
      part("confidence " + confidence.str());
    }
    write.children.push_back(PlanStep("evidence", detail));
  }
  return write;
}

}  // namespace causalkg
