// The reader of CauseNet (causenet.org): causal relations mined from
// Wikipedia and ClueWeb12, one a line in CauseNet-Full and -Precision
// (JSON Lines), or a JSON list of them (CauseNet-Sample):
//
//   {"causal_relation": {"cause": {"concept": "human_activity"},
//                        "effect": {"concept": "climate_change"}},
//    "sources": [{"type": "wikipedia_sentence",
//                 "payload": {"wikipedia_page_title": "...",
//                             "sentence": {"surface": "...", ...}, ...}}, ...]}
//
// A relation becomes the claim `cause influences effect`: CauseNet says
// that one causes the other, never which way it moves it, so the sign is
// not stated. Each source is a piece of evidence: its sentence (the
// surface form, or the text where a sentence is a string) the quote, its
// page the source (a Wikipedia page by its URL, a ClueWeb12 page by its
// reference), declared once. Concepts become node ids as they are
// (human_activity), labelled with blanks for underscores. Tokens,
// dependency parses, path patterns, revision ids and timestamps are
// dropped; the remarks count the sources of each type.
#include <algorithm>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "engine/storage/field_rules.hpp"
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/formats/named_graph.hpp"
#include "kb/ingest/json_parse.hpp"
#include "kb/ingest/json_records.hpp"

namespace causalkg::kb {

namespace {

using nlohmann::json;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kWikipedia = "https://en.wikipedia.org/wiki/";

const json* Member(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::string Text(const json* value) {
  return value && value->is_string() ? value->get<std::string>() : std::string();
}

class CauseNetReader {
 public:
  CauseNetReader(ClaimSink& sink, const std::string& file)
      : sink_(sink), graph_(sink), file_(file) {}

  // Reads one relation; `where` names it in messages ("relation 3", or
  // nothing for a line, which the origin names).
  Status Relation(const json& value, const Origin& origin, const std::string& where);
  void Remark();

 private:
  Status Problem(const Origin& origin, const std::string& where, const std::string& message) const;
  // A note for the load, said of this file.
  void Note(const std::string& note) { sink_.Note(file_ + ": " + note); }
  Result<std::string> Concept(const json& relation, const char* role, const Origin& origin,
                              const std::string& where);
  Result<named::Evidence> Evidence(const json& source, const Origin& origin,
                                   const std::string& where);

  ClaimSink& sink_;
  named::GraphWriter graph_;
  const std::string& file_;
  std::size_t relations_ = 0;
  std::map<std::string, std::size_t> sources_;  // by type
  std::size_t without_sentence_ = 0;
};

Status CauseNetReader::Problem(const Origin& origin, const std::string& where,
                               const std::string& message) const {
  return Status::Load((where.empty() ? "" : where + ": ") + message)
      .InFile(file_, origin.line, origin.column);
}

Result<std::string> CauseNetReader::Concept(const json& relation, const char* role,
                                            const Origin& origin, const std::string& where) {
  const json* side = Member(relation, role);
  const json* given = side ? Member(*side, "concept") : nullptr;
  if (given == nullptr) {
    return Problem(origin, where, std::string("causal_relation.") + role + " has no concept");
  }
  if (!given->is_string()) {
    return Problem(origin, where,
                   std::string("causal_relation.") + role + ".concept must be a string, not " +
                       JsonTypeName(*given));
  }
  const std::string name = given->get<std::string>();
  const std::string id = named::NodeId(name);
  if (id.empty()) {
    return Problem(origin, where,
                   std::string("causal_relation.") + role + ".concept " + fields::Excerpt(name) +
                       " has no letter or digit");
  }
  std::string label = name;
  std::replace(label.begin(), label.end(), '_', ' ');
  CAUSALKG_RETURN_IF_ERROR(graph_.Node(id, label, origin));
  return id;
}

Result<named::Evidence> CauseNetReader::Evidence(const json& source, const Origin& origin,
                                                 const std::string& where) {
  if (!source.is_object()) {
    return Problem(origin, where, "a source must be an object, not " + JsonTypeName(source));
  }
  const std::string type = Text(Member(source, "type"));
  ++sources_[type.empty() ? "untyped" : type];
  const json* payload = Member(source, "payload");
  if (payload == nullptr) payload = &source;
  named::Evidence e;
  e.tool = "causenet";
  // CauseNet writes a sentence as an object with its surface form; other
  // copies of it keep the text alone.
  if (const json* sentence = Member(*payload, "sentence")) {
    e.quote = sentence->is_object() ? Text(Member(*sentence, "surface")) : Text(sentence);
  }
  if (e.quote.empty()) ++without_sentence_;
  std::string url = Text(Member(*payload, "url"));
  if (url.empty()) url = Text(Member(*payload, "clueweb12_page_reference"));
  const std::string title = Text(Member(*payload, "wikipedia_page_title"));
  if (url.empty() && !title.empty()) {
    std::string page = title;
    std::replace(page.begin(), page.end(), ' ', '_');
    url = std::string(kWikipedia) + page;
  }
  if (!url.empty()) {
    json declared = {{"id", url}, {"url", url}};
    if (!title.empty()) declared["title"] = title, declared["publisher"] = "Wikipedia";
    CAUSALKG_RETURN_IF_ERROR(graph_.Source(
        {url, declared.dump(-1, ' ', false, json::error_handler_t::replace)}, origin));
    e.source = url;
    e.url = url;
  }
  return e;
}

Status CauseNetReader::Relation(const json& value, const Origin& origin, const std::string& where) {
  const json* relation = Member(value, "causal_relation");
  if (relation == nullptr || !relation->is_object()) {
    return Problem(origin, where,
                   value.is_object() ? "it has no causal_relation object"
                                     : "a relation must be an object, not " + JsonTypeName(value));
  }
  auto cause = Concept(*relation, "cause", origin, where);
  if (!cause.ok()) return std::move(cause).TakeStatus();
  auto effect = Concept(*relation, "effect", origin, where);
  if (!effect.ok()) return std::move(effect).TakeStatus();
  named::Claim claim{std::move(*cause), std::string(named::kInfluences), std::move(*effect), {}};
  if (const json* sources = Member(value, "sources")) {
    if (!sources->is_array()) {
      return Problem(origin, where, "sources must be an array, not " + JsonTypeName(*sources));
    }
    for (const json& source : *sources) {
      auto e = Evidence(source, origin, where);
      if (!e.ok()) return std::move(e).TakeStatus();
      claim.evidence.push_back(std::move(*e));
    }
  }
  ++relations_;
  Status added = graph_.Add(claim, origin);
  if (added.ok() || where.empty() || added.kind() == ErrorKind::kStorage) return added;
  const std::string file = added.file();
  const StatusCode code = added.code();
  return Status::Error(added.kind(), where + ": " + added.message(), added.hint())
      .WithCode(code)
      .InFile(file, added.line(), added.column());
}

void CauseNetReader::Remark() {
  std::string remark = std::to_string(relations_) +
                       (relations_ == 1 ? " causal relation" : " causal relations") +
                       " became 'influences' links (CauseNet states no sign)";
  if (!sources_.empty()) {
    std::string types;
    for (const auto& [type, n] : sources_) {
      types += (types.empty() ? "" : ", ") + std::to_string(n) + " " + fields::Excerpt(type);
    }
    remark += ", with evidence from their sources: " + types;
  }
  Note(remark);
  if (without_sentence_ > 0) {
    Note(std::to_string(without_sentence_) + (without_sentence_ == 1 ? " source" : " sources") +
         " without a sentence (as lists and infoboxes are) became evidence without a "
         "quote");
  }
  Note("tokens, dependency parses, path patterns, revision ids and timestamps were not kept");
}

// A list (CauseNet-Sample), read whole: `text` from its first line.
Status ReadList(std::string_view text, const std::string& file, CauseNetReader& reader) {
  json list;
  CAUSALKG_RETURN_IF_ERROR(ParseJson(text, file, 1, {kMaxDocumentDepth, /*allow_bom=*/true}, list));
  const Origin origin{file};
  std::size_t number = 0;
  for (const json& relation : list) {
    CAUSALKG_RETURN_IF_ERROR(
        reader.Relation(relation, origin, "relation " + std::to_string(++number)));
  }
  return Status::Ok();
}

Status ReadCauseNet(FormatInput& input, ClaimSink& sink) {
  CauseNetReader reader(sink, input.name());
  std::istream& in = input.stream();
  std::string line;
  Origin origin{input.name()};
  std::uint64_t bytes = 0;
  bool first = true;
  while (std::getline(in, line)) {
    ++origin.line;
    bytes += line.size() + 1;
    if (origin.line % 4096 == 0) input.ReportProgress(bytes);
    if (origin.line == 1 && line.rfind(kByteOrderMark, 0) == 0)
      line.erase(0, kByteOrderMark.size());
    const auto start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos) continue;
    if (first && line[start] == '[') {
      // The lines before were blank: kept as such, so that lines count.
      std::ostringstream rest;
      rest << std::string(origin.line - 1, '\n') << line << '\n' << in.rdbuf();
      CAUSALKG_RETURN_IF_ERROR(ReadList(rest.str(), input.name(), reader));
      reader.Remark();
      return Status::Ok();
    }
    first = false;
    json value;
    CAUSALKG_RETURN_IF_ERROR(ParseJson(line, input.name(), origin.line, {kMaxLineDepth}, value));
    CAUSALKG_RETURN_IF_ERROR(reader.Relation(value, origin, ""));
  }
  if (in.bad()) {
    return Status::Load("reading failed after line " + std::to_string(origin.line))
        .InFile(input.name());
  }
  input.ReportProgress(bytes);
  reader.Remark();
  return Status::Ok();
}

// CauseNet's relations are objects whose first member is causal_relation.
SniffScore SniffCauseNet(std::string_view head) {
  if (head.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    head.remove_prefix(kByteOrderMark.size());
  }
  const auto first = head.find_first_not_of(" \t\r\n[");
  if (first == std::string_view::npos || head[first] != '{') return SniffScore::kNo;
  const auto key = head.find_first_not_of(" \t\r\n", first + 1);
  return head.substr(key == std::string_view::npos ? head.size() : key, 17) == "\"causal_relation\""
             ? SniffScore::kCertain
             : SniffScore::kNo;
}

}  // namespace

Format CauseNetFormat() {
  return {"causenet",
          "CauseNet's causal relations (JSON Lines, or a JSON list): cause, effect, and the "
          "sentences and pages they were found in",
          {".jsonl", ".json"},
          SniffCauseNet,
          ReadCauseNet};
}

}  // namespace causalkg::kb
