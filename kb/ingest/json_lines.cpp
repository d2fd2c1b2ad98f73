// The JSON Lines reader: one object a line, streamed, for millions of claims.
//
// A line is a claim ({"subject", "relation", "object", ...}) or, so that an
// export keeps labels and polarities, a declaration: {"source": {...}},
// {"relation": {...}} or {"node": {...}}.
#include <fstream>

#include <nlohmann/json.hpp>

#include "kb/ingest/claim_applier.hpp"
#include "kb/ingest/fast_claim.hpp"
#include "kb/ingest/json_parse.hpp"
#include "kb/ingest/load.hpp"

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

Status ApplyLine(ClaimApplier& applier, const json& value, LineKind kind,
                 const std::string& where) {
  switch (kind) {
    case LineKind::kRelation:
      return applier.ApplyRelation(*value.find("relation"), where);
    case LineKind::kNode:
      return applier.ApplyNode(*value.find("node"), where);
    case LineKind::kSource:
      return applier.ApplySource(*value.find("source"), where);
    case LineKind::kClaim:
      break;
  }
  if (!value.is_object()) {
    return Status::Load(Placed(where, "a claim must be a JSON object, not " + JsonTypeName(value)));
  }
  return applier.ApplyClaim(value, where);  // also when it lacks a subject, to report it
}

}  // namespace

Status StageJsonLines(WriteSet& write, const std::string& path, const LoadOptions& options,
                      std::uint64_t bytes_before, std::uint64_t bytes_total,
                      std::uint64_t& claims) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Load("cannot open the file").InFile(path);
  std::vector<char> buffer(1 << 20);
  in.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  ClaimApplier applier(write);
  FastClaimReader fast;
  FastClaimFields fields;
  std::string line;
  std::size_t line_number = 0;
  std::uint64_t bytes = 0;
  while (std::getline(in, line)) {
    ++line_number;
    bytes += line.size() + 1;
    if (options.progress && line_number % 65536 == 0)
      options.progress(bytes_before + bytes, bytes_total);
    // A byte order mark may begin the file; columns are counted without it,
    // as an editor shows the line.
    if (line_number == 1 && line.rfind(kByteOrderMark, 0) == 0)
      line.erase(0, kByteOrderMark.size());
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (fast.Read(line, fields)) {
      Evidence e{std::string(fields.source), std::string(fields.quote),
                 std::string(fields.modality), fields.confidence};
      Status s =
          applier.ApplyClaimFields(fields.subject, fields.relation, fields.object, std::move(e));
      if (!s.ok()) {
        // Worded as the general reader words it, whichever path read the line.
        return std::move(s).InFile(path, line_number);
      }
      continue;
    }
    json value;
    std::size_t depth = 0;
    CAUSALKG_RETURN_IF_ERROR(ParseJson(line, path, line_number, {kMaxLineDepth}, value, &depth));
    // A declaration holds its object one level down; a claim is the line.
    const LineKind kind = KindOf(value);
    if (kind == LineKind::kClaim && depth > kMaxItemDepth) {
      return NestedTooDeeply(line, path, line_number, kMaxItemDepth);
    }
    // The line is the place: the status carries its number.
    Status s = ApplyLine(applier, value, kind, "");
    if (!s.ok()) return std::move(s).InFile(path, line_number);
  }
  if (in.bad())
    return Status::Load("reading failed after line " + std::to_string(line_number)).InFile(path);
  if (options.progress) options.progress(bytes_before + bytes, bytes_total);
  claims += applier.claims();
  return Status::Ok();
}

}  // namespace causalkg::kb
