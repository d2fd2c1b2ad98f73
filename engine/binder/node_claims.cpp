#include "engine/binder/node_claims.hpp"

#include <algorithm>

#include "engine/storage/field_rules.hpp"

namespace causalkg {

Status Storable(fields::Field field, std::string_view text, std::size_t offset) {
  std::string problem = fields::Problem(field, text);
  if (problem.empty()) return Status::Ok();
  return Status::Query(std::string("the ") + fields::NounOf(field) + " " + fields::Excerpt(text) +
                       " " + problem)
      .AtOffset(offset);
}

Result<BoundTerm> ChangeableNode(const BindContext& context, const ast::Name& name,
                                 std::string_view statement) {
  auto node = context.Node(name);
  if (!node.ok()) return node;
  std::string stored;
  TermInfo info;
  CAUSALKG_RETURN_IF_ERROR(context.store().ReadTerm(node->id, stored, info));
  if (!(info.roles & kRoleNode)) {
    return Status::Name(Quote(name.text) + " is a relation, not a node",
                        std::string(statement) + " changes nodes; list them with .nodes")
        .WithCode(StatusCode::kInvalid)
        .AtOffset(name.offset);
  }
  if (info.roles & kRoleRelation) {
    return Status::Name(Quote(stored) + " is a relation as well as a node, and " +
                        std::string(statement) + " would change it as a relation too")
        .WithCode(StatusCode::kInvalid)
        .AtOffset(name.offset);
  }
  return node;
}

Result<NodeClaims> ClaimsOf(const Store& store, TermId node) {
  NodeClaims has;
  auto collect = [&](const Triple& t) {
    has.claims.push_back(t);
    return true;
  };
  CAUSALKG_RETURN_IF_ERROR(store.Scan({node, {}, {}}, collect));
  CAUSALKG_RETURN_IF_ERROR(store.Scan({{}, {}, node}, collect));
  std::sort(has.claims.begin(), has.claims.end());
  has.claims.erase(std::unique(has.claims.begin(), has.claims.end()), has.claims.end());
  for (const Triple& t : has.claims) {
    CAUSALKG_RETURN_IF_ERROR(store.ForEachEvidenceOf(t, [&](Evidence&&) {
      ++has.evidence;
      return true;
    }));
  }
  return has;
}

std::string Counted(std::uint64_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string ClaimsText(const NodeClaims& has) {
  return Counted(has.claims.size(), "claim", "claims") + " and " +
         Counted(has.evidence, "piece of evidence", "pieces of evidence");
}

std::string KeptText(const NodeClaims& has, std::size_t labels) {
  if (labels == 0) return ClaimsText(has);
  return Counted(has.claims.size(), "claim", "claims") + ", " +
         Counted(has.evidence, "piece of evidence", "pieces of evidence") + " and " +
         Counted(labels, "label", "labels");
}

std::string LabelsText(const Labels& labels) {
  std::string out;
  for (const auto& [language, label] : labels)
    out += (out.empty() ? "" : ", ") + Quote(label) + " (" + language + ")";
  return out;
}

}  // namespace causalkg
