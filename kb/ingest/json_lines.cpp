// The JSON Lines reader: one object a line, streamed, for millions of claims.
//
// A line is a claim ({"subject", "relation", "object", ...}) or, so that an
// export keeps labels and polarities, a declaration: {"source": {...}},
// {"relation": {...}} or {"node": {...}}.
#include <nlohmann/json.hpp>

#include "kb/ingest/fast_claim.hpp"
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/json_parse.hpp"
#include "kb/ingest/json_records.hpp"

namespace causalkg::kb {

using nlohmann::json;

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

enum class LineKind { kClaim, kRelation, kNode, kSource };

// A line is a claim unless it lacks a subject and declares a relation, node
// or source.
LineKind KindOf(const json& line) {
  if (!line.is_object() || line.contains("subject")) return LineKind::kClaim;
  if (auto it = line.find("relation"); it != line.end() && it->is_object()) {
    return LineKind::kRelation;
  }
  if (line.contains("node")) return LineKind::kNode;
  if (auto it = line.find("source"); it != line.end() && it->is_object()) {
    return LineKind::kSource;
  }
  return LineKind::kClaim;
}

// A line the fast reader did not take: read whole, as JSON, and handed to
// the sink as its kind of record. The line is the place: the origin
// carries its number.
Status ReadGeneralLine(const std::string& line, ClaimSink& sink, const Origin& origin) {
  const std::string file(origin.file);
  json value;
  std::size_t depth = 0;
  CAUSALKG_RETURN_IF_ERROR(ParseJson(line, file, origin.line, {kMaxLineDepth}, value, &depth));
  // A declaration holds its object one level down; a claim is the line.
  const LineKind kind = KindOf(value);
  if (kind == LineKind::kClaim && depth > kMaxItemDepth) {
    return NestedTooDeeply(line, file, origin.line, kMaxItemDepth);
  }
  switch (kind) {
    case LineKind::kRelation:
      return SinkJsonRelation(sink, *value.find("relation"), origin);
    case LineKind::kNode:
      return SinkJsonNode(sink, *value.find("node"), origin);
    case LineKind::kSource:
      return SinkJsonSource(sink, *value.find("source"), origin);
    case LineKind::kClaim:
      break;
  }
  return SinkJsonClaim(sink, value, origin);  // also when it lacks a subject, to report it
}

Status ReadLines(FormatInput& input, ClaimSink& sink) {
  std::istream& in = input.stream();
  FastClaimReader fast;
  FastClaimFields fields;
  ClaimRecord claim;
  std::string line;
  Origin origin{input.name()};
  std::uint64_t bytes = 0;
  while (std::getline(in, line)) {
    ++origin.line;
    bytes += line.size() + 1;
    if (origin.line % 65536 == 0) input.ReportProgress(bytes);
    // A byte order mark may begin the file; columns are counted without it,
    // as an editor shows the line.
    if (origin.line == 1 && line.rfind(kByteOrderMark, 0) == 0) {
      line.erase(0, kByteOrderMark.size());
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (!fast.Read(line, fields)) {
      CAUSALKG_RETURN_IF_ERROR(ReadGeneralLine(line, sink, origin));
      continue;
    }
    claim.subject = fields.subject;
    claim.relation = fields.relation;
    claim.object = fields.object;
    claim.evidence = {&fields.evidence, 1};
    // Worded as the general reader words it, whichever path read the line.
    CAUSALKG_RETURN_IF_ERROR(sink.AddClaim(claim, origin));
  }
  if (in.bad()) {
    return Status::Load("reading failed after line " + std::to_string(origin.line))
        .InFile(input.name());
  }
  input.ReportProgress(bytes);
  return Status::Ok();
}

// JSON Lines when the first line that is not blank is a whole JSON object:
// certain when it is a claim or a declaration, likely when more lines follow
// (a document is not whole on its first line), and no better than a guess
// when it is the only line, which a document could as well be.
SniffScore SniffLines(std::string_view head) {
  if (head.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    head.remove_prefix(kByteOrderMark.size());
  }
  std::size_t start = 0;
  std::string_view line;
  while (start < head.size()) {
    const std::size_t end = std::min(head.find('\n', start), head.size());
    line = head.substr(start, end - start);
    start = end + 1;
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) break;
    line = {};
  }
  json value;
  if (line.empty() || !ParseJson(line, "", 1, {kMaxLineDepth}, value).ok() || !value.is_object()) {
    return SniffScore::kNo;
  }
  const bool claim = value.contains("subject");
  if (claim || KindOf(value) != LineKind::kClaim) return SniffScore::kCertain;
  const bool more =
      start < head.size() && head.find_first_not_of(" \t\r\n", start) != std::string_view::npos;
  return more ? SniffScore::kStrong : SniffScore::kWeak;
}

}  // namespace

Format JsonLinesFormat() {
  return {"jsonl",
          "JSON Lines: one claim, or one declaration of a source, relation or node, a line",
          {".jsonl", ".ndjson"},
          SniffLines,
          ReadLines};
}

}  // namespace causalkg::kb
