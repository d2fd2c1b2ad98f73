// The JSON Lines reader: one object a line, streamed, for millions of claims.
//
// A line is a claim ({"subject", "relation", "object", ...}) or, so that an
// export keeps labels and polarities, a declaration: {"source": {...}},
// {"relation": {...}} or {"node": {...}}.
#include <fstream>

#include <nlohmann/json.hpp>

#include "kb/claim_applier.hpp"
#include "kb/fast_claim.hpp"
#include "kb/json_position.hpp"
#include "kb/load.hpp"

namespace causalkg::kb {

using nlohmann::json;

namespace {

Status ApplyLine(ClaimApplier& applier, const json& value, const std::string& where) {
  if (!value.is_object()) {
    return Status::Load(where + ": a claim must be a JSON object, not " + JsonTypeName(value));
  }
  if (value.contains("subject")) return applier.ApplyClaim(value, where);
  if (auto it = value.find("relation"); it != value.end() && it->is_object()) {
    return applier.ApplyRelation(*it, where);
  }
  if (auto it = value.find("node"); it != value.end()) return applier.ApplyNode(*it, where);
  if (auto it = value.find("source"); it != value.end() && it->is_object()) {
    return applier.ApplySource(*it, where);
  }
  return applier.ApplyClaim(value, where);  // reports the missing subject
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
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (fast.Read(line, fields)) {
      Evidence e{std::string(fields.source), std::string(fields.quote),
                 std::string(fields.modality), fields.confidence};
      Status s =
          applier.ApplyClaimFields(fields.subject, fields.relation, fields.object, std::move(e));
      if (!s.ok()) {
        // Worded as the general reader words it, whichever path read the line.
        return Within("line " + std::to_string(line_number), std::move(s))
            .InFile(path, line_number);
      }
      continue;
    }
    json value;
    try {
      value = json::parse(line);
    } catch (const json::parse_error& e) {
      return MalformedJson(line, e).InFile(path, line_number, ColumnOf(line, e.byte));
    }
    Status s = ApplyLine(applier, value, "line " + std::to_string(line_number));
    if (!s.ok()) return std::move(s).InFile(path, line_number);
  }
  if (in.bad())
    return Status::Load("reading failed after line " + std::to_string(line_number)).InFile(path);
  if (options.progress) options.progress(bytes_before + bytes, bytes_total);
  claims += applier.claims();
  return Status::Ok();
}

}  // namespace causalkg::kb
