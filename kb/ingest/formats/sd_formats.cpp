// The Vensim and XMILE formats: a system-dynamics model read whole by its
// parser (vensim.hpp, xmile.hpp) into a graph (sd_model.hpp), and the graph
// handed to the claim sink: the file as a source, a node per variable with
// its name as label and its kind, a claim per dependency citing the file
// with the equation as its quote. What the import kept and dropped is noted
// in the load's summary. A parser's error stops the read before any record is
// given, and the load as a whole stores nothing.
#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/formats/vensim.hpp"
#include "kb/ingest/formats/xmile.hpp"

namespace causalkg::kb {

namespace {

// A link whose sign the model does not make plain: causal, sign not stated.
constexpr std::string_view kUnknownSignRelation = "depends_on";
constexpr std::string_view kUnknownSignLabel = "depends on";

std::string_view RelationOf(sd::Sign sign) {
  switch (sign) {
    case sd::Sign::kPositive:
      return "increases";
    case sd::Sign::kNegative:
      return "decreases";
    case sd::Sign::kNone:
    case sd::Sign::kUnknown:
      break;
  }
  return kUnknownSignRelation;
}

// What a delayed link keeps: delay=SMOOTH3.
constexpr std::string_view kDelayAttribute = "delay";

// The tool a model's evidence comes from, as evidence names it: "vensim", "xmile".
std::string ToolId(std::string_view tool) {
  std::string id(tool);
  for (char& c : id) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return id;
}

// The file's name without its folders: the source the model's claims cite.
std::string SourceIdOf(std::string_view path) {
  return std::string(path.substr(path.find_last_of('/') + 1));
}

// depends_on, declared with its label and no polarity of its own, so that
// the store's vocabulary decides whether chains follow it (increases and
// decreases are built in and need no declaration).
Status DeclareUnknownSign(ClaimSink& sink, const Origin& origin) {
  const LabelRecord label{std::nullopt, kUnknownSignLabel, {}};
  RelationRecord relation;
  relation.id = kUnknownSignRelation;
  relation.labels = {&label, 1};
  return sink.DeclareRelation(relation, origin);
}

Status SinkModel(const sd::Import& import, std::string_view tool, const std::string& file,
                 ClaimSink& sink) {
  const std::string source_id = SourceIdOf(file);
  // As a map's source is declared (causal_map_sink.cpp). The write refuses a
  // source id unfit to be stored before it reads the record, so replacing
  // bad bytes here hides nothing.
  const nlohmann::ordered_json source = {
      {"id", source_id}, {"title", source_id}, {"tool", tool}, {"file", file}};
  const std::string source_json =
      source.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  const Origin at_file{file};
  CAUSALKG_RETURN_IF_ERROR(sink.DeclareSource({source_id, source_json, {}}, at_file));
  const bool unknown_signs =
      std::any_of(import.links.begin(), import.links.end(),
                  [](const sd::Link& l) { return RelationOf(l.sign) == kUnknownSignRelation; });
  if (unknown_signs) CAUSALKG_RETURN_IF_ERROR(DeclareUnknownSign(sink, at_file));

  for (const sd::Node& node : import.nodes) {
    const LabelRecord label{std::nullopt, node.name, {}};
    NodeRecord record;
    record.id = node.key;
    record.kind = sd::NodeKindName(node.kind);
    record.labels = {&label, 1};
    CAUSALKG_RETURN_IF_ERROR(sink.DeclareNode(record, Origin{file, node.line}));
  }
  const std::string tool_id = ToolId(tool);
  for (const sd::Link& link : import.links) {
    EvidenceRecord evidence;
    evidence.source = source_id;
    evidence.quote = link.quote;
    // A sign the diagram marks is the modeller's; any other the importer
    // read from the equation.
    evidence.origin =
        OriginText(link.marked ? EvidenceOrigin::kImported : EvidenceOrigin::kInferred);
    evidence.tool = tool_id;
    const AttributeRecord delay{kDelayAttribute, std::nullopt, link.delay};
    if (!link.delay.empty()) evidence.attributes = {&delay, 1};
    ClaimRecord claim;
    claim.subject = link.from;
    claim.relation = RelationOf(link.sign);
    claim.object = link.to;
    claim.evidence = {&evidence, 1};
    CAUSALKG_RETURN_IF_ERROR(sink.AddClaim(claim, Origin{file, link.line}));
  }
  for (const std::string& remark : import.remarks) sink.Note(file + ": " + remark);
  return Status::Ok();
}

// Reads `input` whole with `parse` and hands its graph to `sink`.
template <typename Parse>
Status ReadModel(FormatInput& input, ClaimSink& sink, std::string_view tool, Parse parse) {
  auto text = input.Whole();
  if (!text.ok()) return std::move(text).TakeStatus();
  auto import = parse(*text, input.name());
  if (!import.ok()) return std::move(import).TakeStatus();
  return SinkModel(*import, tool, input.name(), sink);
}

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string_view WithoutByteOrderMark(std::string_view head) {
  if (head.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    head.remove_prefix(kByteOrderMark.size());
  }
  return head;
}

// Vensim writes {UTF-8} first in every model it saves since version 5, and
// its sketch after the equations under a marker no other format has.
SniffScore SniffVensim(std::string_view head) {
  head = WithoutByteOrderMark(head);
  if (head.substr(0, 7) == "{UTF-8}") return SniffScore::kCertain;
  if (head.find("\\\\\\---/// Sketch information") != std::string_view::npos) {
    return SniffScore::kStrong;
  }
  return SniffScore::kNo;
}

// An XMILE file is XML whose root is <xmile>: after the XML declaration,
// comments and white space, the first element.
SniffScore SniffXmile(std::string_view head) {
  head = WithoutByteOrderMark(head);
  std::size_t at = 0;
  while (true) {
    at = head.find_first_not_of(" \t\r\n", at);
    if (at == std::string_view::npos) return SniffScore::kNo;
    const std::string_view rest = head.substr(at);
    std::string_view close;
    if (rest.substr(0, 2) == "<?") {
      close = "?>";
    } else if (rest.substr(0, 4) == "<!--") {
      close = "-->";
    } else {
      break;
    }
    at = head.find(close, at);
    if (at == std::string_view::npos) return SniffScore::kNo;
    at += close.size();
  }
  const std::string_view root = head.substr(at);
  if (root.substr(0, 6) != "<xmile" || root.size() < 7) return SniffScore::kNo;
  const char after = root[6];
  return after == '>' || after == ' ' || after == '\t' || after == '\r' || after == '\n'
             ? SniffScore::kCertain
             : SniffScore::kNo;
}

}  // namespace

Format VensimFormat() {
  return {"vensim",
          "a Vensim model: a node per variable, a link for each name an equation uses",
          {".mdl"},
          SniffVensim,
          [](FormatInput& input, ClaimSink& sink) {
            return ReadModel(input, sink, "Vensim", ReadVensim);
          }};
}

Format XmileFormat() {
  return {"xmile",
          "an XMILE or Stella model: a node per variable, a link for each name an equation uses",
          {".xmile", ".stmx", ".itmx"},
          SniffXmile,
          [](FormatInput& input, ClaimSink& sink) {
            return ReadModel(input, sink, "XMILE", ReadXmile);
          }};
}

}  // namespace causalkg::kb
