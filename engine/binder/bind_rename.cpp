// RENAME NODE a TO b: a node's new id. Its claims, evidence and labels refer
// to it by number, so they stay with it and nothing else is written.
#include "engine/binder/node_claims.hpp"
#include "engine/binder/plan_steps.hpp"

namespace causalkg {

namespace {

// Refused: a name that is a term's already, or that another node is found
// by (its id or a label, folded), which the new id would hide.
Status FreeName(const BindContext& context, const BoundTerm& node, const ast::Name& to) {
  const Store& store = context.store();
  auto same = store.FindTerm(to.text);
  if (!same.ok()) return std::move(same).TakeStatus();
  if (same->has_value() && **same == node.id) {
    return Status::Name(Quote(to.text) + " is the node's id already", "nothing to rename")
        .WithCode(StatusCode::kExists)
        .AtOffset(to.offset);
  }
  if (same->has_value()) {
    std::string name;
    TermInfo info;
    CAUSALKG_RETURN_IF_ERROR(store.ReadTerm(**same, name, info));
    if (!(info.roles & kRoleNode)) {
      return Status::Name("there is a relation " + Quote(to.text) + " already",
                          "a node and a relation cannot share an id; choose another")
          .WithCode(StatusCode::kExists)
          .AtOffset(to.offset);
    }
    return Status::Name("there is a node " + Quote(to.text) + " already",
                        "MERGE " + node.name + " INTO " + to.text +
                            " makes the two one node, with the claims and evidence of both")
        .WithCode(StatusCode::kExists)
        .AtOffset(to.offset);
  }
  auto named = store.FindByLabel(to.text);
  if (!named.ok()) return std::move(named).TakeStatus();
  for (TermId id : *named) {
    if (id == node.id) continue;
    auto other = store.TermName(id);
    if (!other.ok()) return std::move(other).TakeStatus();
    return Status::Name(
               Quote(to.text) + " names " + Quote(*other) + " already (as its id or label)",
               "MERGE " + node.name + " INTO " + *other +
                   " makes the two one node; or choose an id no other name folds to")
        .WithCode(StatusCode::kExists)
        .AtOffset(to.offset);
  }
  return Status::Ok();
}

}  // namespace

Result<BoundRename> Bind(const ast::Rename& rename, const BindContext& context) {
  BoundRename bound;
  auto node = ChangeableNode(context, rename.node, "RENAME NODE");
  if (!node.ok()) return std::move(node).TakeStatus();
  bound.node = std::move(node).value();
  CAUSALKG_RETURN_IF_ERROR(
      Storable(fields::Field::kId, rename.new_name.text, rename.new_name.offset));
  CAUSALKG_RETURN_IF_ERROR(FreeName(context, bound.node, rename.new_name));
  bound.new_name = rename.new_name.text;
  bound.new_name_offset = rename.new_name.offset;
  auto has = ClaimsOf(context.store(), bound.node.id);
  if (!has.ok()) return std::move(has).TakeStatus();
  bound.has = std::move(has).value();
  std::string name;
  TermInfo info;
  CAUSALKG_RETURN_IF_ERROR(context.store().ReadTerm(bound.node.id, name, info));
  bound.labels = info.labels.size();
  return bound;
}

PlanNode PlanOf(const BoundRename& rename) {
  return PlanStep("rename node",
                  rename.node.name + " to " + rename.new_name +
                      ": a write, staged in memory, then committed in one atomic step",
                  {PlanStep("keep", KeptText(rename.has, rename.labels) +
                                        ", which follow the node by its number")});
}

}  // namespace causalkg
