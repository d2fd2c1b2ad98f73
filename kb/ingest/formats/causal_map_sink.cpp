#include "kb/ingest/formats/causal_map_sink.hpp"

#include <cctype>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

namespace causalkg::kb::maps {

namespace {

// The polarity a relation of links of `sign` is declared with: causal
// links whose sign the map does not state are `?`, and chains follow them.
Polarity PolarityOf(LinkSign sign) {
  switch (sign) {
    case LinkSign::kPositive:
      return Polarity::kPositive;
    case LinkSign::kNegative:
      return Polarity::kNegative;
    case LinkSign::kNone:
      return Polarity::kNone;
    case LinkSign::kUnknown:
      break;
  }
  return Polarity::kUnknown;
}

// `s` said of `where` ("connection 3: ..."): the sink says where in the
// file, the map where in the map. A Storage error is about the database.
Status About(const std::string& where, Status s) {
  if (s.ok() || s.kind() == ErrorKind::kStorage || where.empty()) return s;
  const StatusCode code = s.code();
  return Status::Error(s.kind(), where + ": " + s.message(), s.hint())
      .WithCode(code)
      .InFile(s.file(), s.line(), s.column());
}

std::string SourceJson(const CausalMap& map, const std::string& id, const std::string& file) {
  nlohmann::ordered_json source = {{"id", id}};
  source["title"] = map.title.empty() ? id : map.title;
  source["tool"] = map.tool;
  source["file"] = file;
  for (const auto& [key, value] : map.about) source[key] = value;
  // Bytes that are not UTF-8 in the map's texts: the write refuses those
  // in ids and labels; in the source's record they are replaced.
  return source.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

std::string ToolId(std::string_view tool) {
  std::string id;
  for (const unsigned char c : tool) id += c == ' ' ? '-' : static_cast<char>(std::tolower(c));
  return id;
}

std::string MapSourceId(std::string_view file) {
  const auto slash = file.find_last_of('/');
  return std::string(slash == std::string_view::npos ? file : file.substr(slash + 1));
}

Status SinkMap(const CausalMap& map, const std::string& file, ClaimSink& sink) {
  const Origin origin{file};
  const std::string source_id = MapSourceId(file);
  const std::string source_json = SourceJson(map, source_id, file);
  CAUSALKG_RETURN_IF_ERROR(sink.DeclareSource({source_id, source_json}, origin));

  for (const MapRelation& relation : map.relations) {
    const LabelRecord label{std::nullopt, relation.label};
    RelationRecord record{relation.id, {}, PolarityOf(relation.sign)};
    if (!relation.label.empty()) record.labels = {&label, 1};
    CAUSALKG_RETURN_IF_ERROR(
        About("relation " + relation.id, sink.DeclareRelation(record, origin)));
  }

  for (const MapNode& node : map.nodes) {
    std::vector<LabelRecord> labels;
    if (!node.label.empty()) labels.push_back({std::nullopt, node.label});
    for (const auto& [language, text] : node.other_labels) labels.push_back({language, text});
    const NodeRecord record{node.id, node.kind, labels};
    CAUSALKG_RETURN_IF_ERROR(About(node.where, sink.DeclareNode(record, origin)));
  }
  // A kind's name as the map wrote it ("Stakeholder") is the label of the
  // kind's node, unless the map has that node itself.
  for (const MapNode& node : map.nodes) {
    if (node.kind_label.empty()) continue;
    bool in_map = false;
    for (const MapNode& other : map.nodes) in_map |= other.id == node.kind;
    if (in_map) continue;
    const LabelRecord label{std::nullopt, node.kind_label};
    const NodeRecord record{node.kind, {}, {&label, 1}};
    CAUSALKG_RETURN_IF_ERROR(About(node.where, sink.DeclareNode(record, origin)));
  }

  const std::string tool = ToolId(map.tool);
  std::map<std::string, std::size_t> weights;  // by the attribute they are kept as
  std::size_t delays = 0;
  for (const MapLink& link : map.links) {
    EvidenceRecord evidence;
    evidence.source = link.source.empty() ? std::string_view(source_id) : link.source;
    evidence.quote = link.quote;
    evidence.modality = link.modality;
    evidence.confidence = link.confidence;
    evidence.origin = OriginText(EvidenceOrigin::kImported);
    evidence.tool = tool;
    AttributeRecord attributes[2];
    std::size_t count = 0;
    const std::string_view weight_name =
        link.weight_name.empty() ? std::string_view("weight") : link.weight_name;
    if (link.weight) attributes[count++] = {weight_name, *link.weight};
    if (link.delayed) attributes[count++] = {kDelayAttribute, std::nullopt, kDelayed};
    evidence.attributes = {attributes, count};
    ClaimRecord claim;
    claim.subject = map.nodes[link.from].id;
    claim.relation = link.relation;
    claim.object = map.nodes[link.to].id;
    claim.evidence = {&evidence, 1};
    CAUSALKG_RETURN_IF_ERROR(About(link.where, sink.AddClaim(claim, origin)));
    if (link.weight) ++weights[std::string(weight_name)];
    delays += link.delayed;
  }

  for (const std::string& remark : map.remarks) sink.Note(map.tool + ": " + remark);
  for (const auto& [name, n] : weights) {
    sink.Note(map.tool + ": the " + name + "s of " + Count(n, "link", "links") +
              " kept as an attribute ('" + name + "')");
  }
  if (delays > 0) {
    sink.Note(map.tool + ": the delays of " + Count(delays, "link", "links") +
              " kept as an attribute ('" + std::string(kDelayAttribute) + "': '" +
              std::string(kDelayed) + "')");
  }
  return Status::Ok();
}

Status ReadMap(FormatInput& input, ClaimSink& sink,
               Result<CausalMap> (*parse)(std::string_view text, const std::string& file)) {
  auto text = input.Whole();
  if (!text.ok()) return std::move(text).TakeStatus();
  auto map = parse(*text, input.name());
  if (!map.ok()) return std::move(map).TakeStatus();
  return SinkMap(map.value(), input.name(), sink);
}

}  // namespace causalkg::kb::maps
