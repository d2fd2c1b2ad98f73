#include "kb/ingest/load.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "kb/ingest/json_parse.hpp"

namespace causalkg::kb {

namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// JSON Lines by name, or by a first line that is a whole JSON object.
bool LooksLikeJsonLines(const std::string& path) {
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) return true;
  if (EndsWith(path, ".json")) return false;
  std::ifstream in(path, std::ios::binary);
  std::string first;
  while (std::getline(in, first) && first.find_first_not_of(" \t\r") == std::string::npos) {
  }
  nlohmann::json value;
  return ParseJson(first, path, 1, {kMaxLineDepth, /*allow_bom=*/true}, value).ok() &&
         value.is_object();
}

Result<std::string> ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Load("cannot open the file").InFile(path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::Load("reading the file failed").InFile(path);
  return text.str();
}

Result<LoadSummary> Commit(WriteSet& write, std::uint64_t claims) {
  auto committed = write.Commit();
  if (!committed.ok()) return std::move(committed).TakeStatus();
  LoadSummary summary;
  summary.claims = claims;
  summary.write = std::move(committed).value();
  return summary;
}

}  // namespace

Result<LoadSummary> LoadFiles(Store& store, const std::vector<std::string>& paths,
                              const LoadOptions& options) {
  std::uint64_t total = 0;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      return Status::Load("no such file").InFile(path);
    }
    total += std::filesystem::file_size(path, ec);
  }
  WriteSet write(store);
  std::uint64_t claims = 0, done = 0;
  for (const std::string& path : paths) {
    if (LooksLikeJsonLines(path)) {
      CAUSALKG_RETURN_IF_ERROR(StageJsonLines(write, path, options, done, total, claims));
    } else {
      auto text = ReadWhole(path);
      if (!text.ok()) return std::move(text).TakeStatus();
      CAUSALKG_RETURN_IF_ERROR(StageDocument(write, *text, path, claims));
    }
    std::error_code ec;
    done += std::filesystem::file_size(path, ec);
    if (options.progress) options.progress(done, total);
  }
  return Commit(write, claims);
}

Result<LoadSummary> LoadDocumentText(Store& store, std::string_view text, const std::string& name) {
  WriteSet write(store);
  std::uint64_t claims = 0;
  CAUSALKG_RETURN_IF_ERROR(StageDocument(write, text, name, claims));
  return Commit(write, claims);
}

std::string DescribeSummary(const LoadSummary& summary) {
  const WriteSummary& w = summary.write;
  auto count = [](std::uint64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  std::string out = count(summary.claims, "claim", "claims") + ": " +
                    count(w.new_edges, "new edge", "new edges") + ", " +
                    count(w.new_nodes, "new node", "new nodes") + ", " +
                    count(w.evidence_added, "piece of evidence added", "pieces of evidence added");
  if (w.new_relations > 0) out += ", " + count(w.new_relations, "new relation", "new relations");
  if (w.new_sources > 0) out += ", " + count(w.new_sources, "new source", "new sources");
  out += ", " + count(w.warnings.size(), "warning", "warnings");
  return out;
}

}  // namespace causalkg::kb
