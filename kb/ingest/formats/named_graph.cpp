#include "kb/ingest/formats/named_graph.hpp"

#include <algorithm>
#include <cctype>

#include "kb/ingest/formats/causal_map.hpp"

namespace causalkg::kb::named {

std::string NodeId(std::string_view name) {
  const bool named = std::any_of(name.begin(), name.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return std::isalnum(byte) || byte >= 0x80;
  });
  return named ? maps::IdFromText(name) : std::string();
}

Status GraphWriter::Node(const std::string& id, std::string_view label, const Origin& origin) {
  if (!nodes_.insert(id).second) return Status::Ok();
  const LabelRecord labels[] = {{std::nullopt, label, {}}};
  NodeRecord node;
  node.id = id;
  if (!label.empty() && label != id) node.labels = labels;
  return sink_.DeclareNode(node, origin);
}

Status GraphWriter::Relation(std::string_view relation, Polarity polarity, std::string_view dutch,
                             const Origin& origin) {
  if (!relations_.insert(std::string(relation)).second) return Status::Ok();
  const LabelRecord labels[] = {{std::nullopt, relation, {}}, {"nl", dutch, {}}};
  RelationRecord record;
  record.id = relation;
  record.labels = labels;
  record.polarity = polarity;
  return sink_.DeclareRelation(record, origin);
}

Status GraphWriter::Source(const named::Source& source, const Origin& origin) {
  if (!sources_.insert(source.id).second) return Status::Ok();
  SourceRecord record;
  record.id = source.id;
  record.json = source.json;
  return sink_.DeclareSource(record, origin);
}

Status GraphWriter::Add(const Claim& claim, const Origin& origin) {
  pieces_.clear();
  attributes_.clear();
  std::size_t numbers = 0;
  for (const Evidence& e : claim.evidence) numbers += e.numbers.size();
  attributes_.reserve(numbers);  // the pieces' spans point into it
  for (const Evidence& e : claim.evidence) {
    EvidenceRecord piece;
    piece.source = e.source;
    piece.quote = e.quote;
    piece.modality = e.modality;
    piece.confidence = e.confidence;
    piece.url = e.url;
    piece.section = e.section;
    piece.origin = OriginText(EvidenceOrigin::kImported);
    piece.tool = e.tool;
    const std::size_t first = attributes_.size();
    for (const auto& [name, value] : e.numbers) attributes_.push_back({name, value});
    piece.attributes = {attributes_.data() + first, e.numbers.size()};
    pieces_.push_back(piece);
  }
  ClaimRecord record;
  record.subject = claim.subject;
  record.relation = claim.relation;
  record.object = claim.object;
  record.evidence = pieces_;
  return sink_.AddClaim(record, origin);
}

}  // namespace causalkg::kb::named
