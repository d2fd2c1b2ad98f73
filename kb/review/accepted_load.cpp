#include "kb/review/accepted_load.hpp"

#include <set>

#include <nlohmann/json.hpp>

#include "engine/common/text_fold.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/model/vocabulary.hpp"
#include "engine/storage/field_rules.hpp"
#include "engine/storage/write_set.hpp"
#include "kb/ingest/json_records.hpp"

namespace causalkg::kb {

using nlohmann::json;

namespace {

// Whether the database holds a term of this name already.
Result<bool> InStore(const Store& store, const std::string& name) {
  auto found = store.FindTerm(name);
  if (!found.ok()) return std::move(found).TakeStatus();
  return found->has_value();
}

// Whether a phrase of the text can be a node's label as it stands: a label
// holds no control character (a sentence broken over lines would), and a
// label that only repeats the id adds nothing.
bool FitsAsLabel(const std::string& phrase, const std::string& id) {
  if (phrase.empty() || phrase.size() > 1024 || FoldCase(phrase) == FoldCase(id)) return false;
  for (unsigned char c : phrase) {
    if (c < 0x20 || c == 0x7f) return false;
  }
  return IsVisible(phrase);
}

// Whether `name` may be an id. One that may not is not declared: the claim
// that names it is refused then, in the words of its own field.
bool FitsAsId(const std::string& name) { return fields::Problem(fields::Field::kId, name).empty(); }

// What a load of accepted claims declares besides the claims, each once.
class Declarations {
 public:
  explicit Declarations(const Store& store) : store_(store) {}

  // A relation outside the vocabulary and the database, with the sign the
  // candidate gives it; a node the database lacks, with its phrase.
  Status Stage(ClaimSink& sink, const Candidate& c, const ProposedClaim& claim,
               const Origin& origin) {
    if (FindBuiltin(claim.relation) == nullptr && FitsAsId(claim.relation) &&
        relations_.insert(claim.relation).second) {
      auto known = InStore(store_, claim.relation);
      if (!known.ok()) return std::move(known).TakeStatus();
      if (!*known) {
        const json relation = {{"id", claim.relation}, {"polarity", std::string(1, claim.sign)}};
        CAUSALKG_RETURN_IF_ERROR(SinkJsonRelation(sink, relation, origin));
      }
    }
    for (const ProposedEnd* end : {&claim.subject, &claim.object}) {
      if (end->renamed || c.lang.empty() || !FitsAsId(end->id) ||
          !FitsAsLabel(end->phrase, end->id) || !nodes_.insert(end->id).second) {
        continue;
      }
      auto known = InStore(store_, end->id);
      if (!known.ok()) return std::move(known).TakeStatus();
      if (*known) continue;
      const json node = {{"id", end->id}, {"label", {{c.lang, end->phrase}}}};
      CAUSALKG_RETURN_IF_ERROR(SinkJsonNode(sink, node, origin));
    }
    return Status::Ok();
  }

 private:
  const Store& store_;
  std::set<std::string> relations_, nodes_;
};

Status Stage(ClaimSink& sink, Declarations& declarations, const std::string& file,
             const AcceptedClaim& accepted) {
  const Origin origin{file, accepted.candidate->line};
  CAUSALKG_RETURN_IF_ERROR(declarations.Stage(sink, *accepted.candidate, *accepted.claim, origin));
  return SinkJsonClaim(sink, AcceptedClaimJson(*accepted.candidate, *accepted.claim), origin);
}

}  // namespace

json AcceptedClaimJson(const Candidate& c, const ProposedClaim& claim) {
  json line = {{"subject", claim.subject.id},
               {"relation", claim.relation},
               {"object", claim.object.id},
               {"quote", c.quote},
               {"start", c.start},
               {"end", c.end},
               {"origin", "extracted"}};
  if (!c.source.empty()) line["source"] = c.source;
  if (!c.modality.empty()) line["modality"] = c.modality;
  if (c.confidence) line["confidence"] = *c.confidence;
  return line;
}

Result<LoadSummary> LoadAccepted(Store& store, const std::string& file,
                                 std::span<const AcceptedClaim> accepted) {
  WriteSet write(store);
  ClaimSink sink(write);
  Declarations declarations(store);
  for (const AcceptedClaim& claim : accepted) {
    CAUSALKG_RETURN_IF_ERROR(Stage(sink, declarations, file, claim));
  }
  return sink.Commit();
}

Status CheckAccepted(Store& store, const std::string& file, const AcceptedClaim& accepted) {
  // Staged and never committed: the WriteSet leaves the store as it was.
  WriteSet write(store);
  ClaimSink sink(write);
  Declarations declarations(store);
  return Stage(sink, declarations, file, accepted);
}

Result<std::string> ResolveNode(const Store& store, const std::string& name) {
  auto is_node = [&](TermId id, std::string& term) {
    TermInfo info;
    return store.ReadTerm(id, term, info).ok() && (info.roles & kRoleNode) != 0;
  };
  std::string term;
  auto by_id = store.FindTerm(name);
  if (!by_id.ok()) return std::move(by_id).TakeStatus();
  if (*by_id && is_node(**by_id, term)) return term;
  auto by_label = store.FindByLabel(name);
  if (!by_label.ok()) return std::move(by_label).TakeStatus();
  std::vector<std::string> nodes;
  for (TermId id : *by_label) {
    if (is_node(id, term)) nodes.push_back(term);
  }
  if (nodes.size() == 1) return nodes[0];
  if (nodes.empty()) {
    return Status::Name("no node '" + Visible(name) + "' in the database",
                        "Tab completes the names of its nodes")
        .WithCode(StatusCode::kNotFound);
  }
  std::string listed;
  for (const std::string& node : nodes) listed += (listed.empty() ? "" : ", ") + Visible(node);
  return Status::Name("'" + Visible(name) + "' is a label of several nodes: " + listed,
                      "give the node's id")
      .WithCode(StatusCode::kAmbiguous);
}

}  // namespace causalkg::kb
