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
#include "kb/ingest/line_blocks.hpp"

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

// How many lines ahead of the one being staged their names start loading:
// a claim's names are looked up among millions, each a likely cache miss,
// and looking ahead lets the misses of several claims be waited for at once.
constexpr std::size_t kLookAhead = 16;

void Expect(const ParsedLine& line, ClaimSink& sink) {
  if (line.fast) sink.Expect(line.subject, line.relation, line.object, line.hashes);
}

// Stages a line of `block`, in the order the lines came.
Status StageLine(const LineBlock& block, const ParsedLine& line, ClaimSink& sink, Origin& origin) {
  origin.line = line.number;
  if (!line.fast) return ReadGeneralLine(std::string(line.text), sink, origin);
  ClaimRecord claim;
  claim.subject = line.subject;
  claim.relation = line.relation;
  claim.object = line.object;
  claim.name_hashes = line.hashes;
  if (line.piece != ParsedLine::kNoPiece) claim.evidence = {&block.pieces[line.piece].evidence, 1};
  // Worded as the general reader words it, whichever path read the line.
  return sink.AddClaim(claim, origin);
}

Status ReadLines(FormatInput& input, ClaimSink& sink) {
  // Lines are read and parsed a block ahead, on a thread of their own.
  LineBlockReader reader(input.stream());
  Origin origin{input.name()};
  constexpr std::size_t kReportEvery = 65536;  // lines
  std::size_t next_report = kReportEvery;
  while (const LineBlock* block = reader.Next()) {
    const std::size_t count = block->count;
    for (std::size_t i = 0; i < std::min(count, kLookAhead); ++i) Expect(block->lines[i], sink);
    for (std::size_t i = 0; i < count; ++i) {
      if (i + kLookAhead < count) Expect(block->lines[i + kLookAhead], sink);
      const ParsedLine& line = block->lines[i];
      if (line.number >= next_report) {
        input.ReportProgress(line.bytes);
        next_report = (line.number / kReportEvery + 1) * kReportEvery;
      }
      CAUSALKG_RETURN_IF_ERROR(StageLine(*block, line, sink, origin));
    }
  }
  if (reader.failed()) {
    return Status::Load("reading failed after line " + std::to_string(reader.lines_read()))
        .InFile(input.name());
  }
  input.ReportProgress(reader.bytes_read());
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
