#include "load_paths_agree.hpp"

#include <stdlib.h>

#include <cstdlib>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/storage/store.hpp"
#include "kb/export/export.hpp"
#include "kb/ingest/load.hpp"

namespace causalkg::testing {

namespace {

using nlohmann::json;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
// Past this, a reference value is not printed (printing recurses); every
// limit of the loader is far below it.
constexpr std::size_t kDeepestPrinted = 1000;

// A directory of this process for the scratch stores, removed at exit; in
// memory (/dev/shm) where there is one, since a store that syncs to a disk
// makes each load take milliseconds.
class ScratchArea {
 public:
  ScratchArea() {
    std::error_code ec;
    const std::filesystem::path base = std::filesystem::is_directory("/dev/shm", ec)
                                           ? std::filesystem::path("/dev/shm")
                                           : std::filesystem::temp_directory_path(ec);
    std::string pattern = (base / "causalkg-agree-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchArea() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// What a load did: its error, or its summary.
struct Outcome {
  bool loaded = false;
  std::string report;  // the error, or the summary and warnings
};

template <typename T>
Outcome OutcomeOf(const Result<T>& loaded) {
  if (!loaded.ok()) return {false, loaded.status().ToString()};
  Outcome outcome{true, kb::DescribeSummary(loaded.value())};
  for (const std::string& warning : loaded->write.warnings) outcome.report += "\n" + warning;
  return outcome;
}

Result<std::string> ExportOf(const Store& store) {
  std::ostringstream out;
  CAUSALKG_RETURN_IF_ERROR(kb::Export(store, kb::ExportFormat::kJsonLines, out));
  return out.str();
}

// The two stores the lines are loaded into, one by each path. Opening a
// store takes tens of milliseconds, so they are kept from one line to the
// next while the paths agree (then they hold the same) and opened afresh
// after a disagreement and every so many lines, to stay small.
class StorePair {
 public:
  static constexpr int kLinesPerPair = 100;

  Status Ready(const std::string& area) {
    if (lines_ < kLinesPerPair && by_lines_ != nullptr) return Status::Ok();
    return Fresh(area);
  }
  Status Fresh(const std::string& area) {
    by_lines_.reset();
    by_document_.reset();
    lines_ = 0;
    CAUSALKG_RETURN_IF_ERROR(OpenEmpty(area + "/by-lines", by_lines_));
    return OpenEmpty(area + "/by-document", by_document_);
  }
  bool fresh() const { return lines_ == 0; }
  void Count() { ++lines_; }
  Store& by_lines() { return *by_lines_; }
  Store& by_document() { return *by_document_; }

 private:
  static Status OpenEmpty(const std::string& dir, std::unique_ptr<Store>& store) {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    auto opened = Store::Open(dir, OpenMode::kReadWrite);
    if (!opened.ok()) return std::move(opened).TakeStatus();
    store = std::move(opened).value();
    return Status::Ok();
  }

  std::unique_ptr<Store> by_lines_, by_document_;
  int lines_ = 0;
};

// How deep `value` nests (a scalar 0), without recursing.
std::size_t DepthOf(const json& value) {
  std::size_t deepest = 0;
  std::vector<std::pair<const json*, std::size_t>> pending{{&value, 1}};
  while (!pending.empty()) {
    const auto [item, depth] = pending.back();
    pending.pop_back();
    if (!item->is_structured()) continue;
    deepest = std::max(deepest, depth);
    for (const json& child : *item) pending.emplace_back(&child, depth + 1);
  }
  return deepest;
}

// The document field a line of JSON Lines declares into, as the claims
// format defines the line: a claim unless it lacks a subject and declares a
// relation (an object), a node, or a source (an object). Null for a claim.
const char* DeclaredField(const json& line, const json*& declared) {
  if (!line.is_object() || line.contains("subject")) return nullptr;
  if (auto it = line.find("relation"); it != line.end() && it->is_object()) {
    declared = &*it;
    return "relations";
  }
  if (auto it = line.find("node"); it != line.end()) {
    declared = &*it;
    return "nodes";
  }
  if (auto it = line.find("source"); it != line.end() && it->is_object()) {
    declared = &*it;
    return "sources";
  }
  return nullptr;
}

bool Fail(std::string* why, std::string reason) {
  if (why != nullptr) *why = std::move(reason);
  return false;
}

// The lines of `text` that `other` lacks, each after `prefix`.
std::string LinesOnlyIn(const std::string& text, const std::string& other,
                        const std::string& prefix) {
  auto lines = [](const std::string& t) {
    std::set<std::string_view> out;
    for (std::size_t at = 0; at < t.size();) {
      const std::size_t end = std::min(t.find('\n', at), t.size());
      out.insert(std::string_view(t).substr(at, end - at));
      at = end + 1;
    }
    return out;
  };
  const auto theirs = lines(other);
  std::string out;
  for (std::string_view line : lines(text)) {
    if (!theirs.count(line)) out += prefix + std::string(line) + "\n";
  }
  return out;
}

// The document that holds what `line` holds: null when `line` is not one
// JSON value, so that no document corresponds to it.
std::optional<std::string> DocumentOf(std::string_view line) {
  // nlohmann's parser is the reference. A byte order mark may begin the
  // line (it begins the file); JSON has no NUL byte anywhere.
  const bool bom = line.substr(0, kByteOrderMark.size()) == kByteOrderMark;
  const std::string_view body = line.substr(bom ? kByteOrderMark.size() : 0);
  std::string document(bom ? kByteOrderMark : "");
  if (body.find_first_not_of(" \t\r") == std::string_view::npos) {
    return document + "{\"claims\":[" + std::string(body) + "]}";
  }
  if (body.find('\0') != std::string_view::npos || body[0] == '\xEF') return std::nullopt;
  const json reference = json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (reference.is_discarded()) return std::nullopt;
  const json* declared = nullptr;
  const char* field = DeclaredField(reference, declared);
  if (field == nullptr) return document + "{\"claims\":[" + std::string(body) + "]}";
  // The declared object, printed: within the loader's limits, printing is
  // safe; far beyond them, the line must fail anyway.
  if (DepthOf(*declared) > kDeepestPrinted) return std::nullopt;
  return document + "{\"claims\":[],\"" + field + "\":[" + declared->dump() + "]}";
}

// Loads `line` both ways into `stores`; true when they agree.
bool LoadBothWays(StorePair& stores, const std::string& area, std::string_view line,
                  std::string* why, bool* loaded) {
  if (loaded != nullptr) *loaded = false;
  const std::string path = area + "/line.jsonl";
  {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << line << '\n';
    if (!file) return Fail(why, "harness: cannot write " + path);
  }
  const Outcome a = OutcomeOf(kb::LoadFiles(stores.by_lines(), {path}));
  const std::optional<std::string> document = DocumentOf(line);
  if (!document) {
    if (a.loaded) return Fail(why, "not one JSON value, yet it loaded as JSON Lines: " + a.report);
    return true;
  }
  const Outcome b =
      OutcomeOf(kb::LoadDocumentText(stores.by_document(), *document, "document.json"));
  if (a.loaded != b.loaded) {
    return Fail(why, a.loaded ? "loaded as JSON Lines, but the document failed: " + b.report
                              : "the document loaded, but as JSON Lines it failed: " + a.report);
  }
  if (!a.loaded) return true;
  stores.Count();
  if (loaded != nullptr) *loaded = true;
  if (a.report != b.report) {
    return Fail(why, "the loads report differently:\n  as JSON Lines: " + a.report +
                         "\n  as a document: " + b.report);
  }
  auto exported_a = ExportOf(stores.by_lines());
  auto exported_b = ExportOf(stores.by_document());
  if (!exported_a.ok() || !exported_b.ok()) {
    return Fail(why, "a store cannot be exported: " +
                         (exported_a.ok() ? exported_b : exported_a).status().ToString());
  }
  if (*exported_a != *exported_b) {
    return Fail(why, "the stores differ (lines of their exports):\n" +
                         LinesOnlyIn(*exported_a, *exported_b, "  only loaded as JSON Lines: ") +
                         LinesOnlyIn(*exported_b, *exported_a, "  only loaded as a document: "));
  }
  return true;
}

}  // namespace

bool LoadPathsAgree(std::string_view line, std::string* why, bool* loaded) {
  if (loaded != nullptr) *loaded = false;
  if (line.find('\n') != std::string_view::npos) return true;
  // Made on first use and removed at exit before RocksDB's own statics go,
  // which the stores' destructors still use: atexit() runs in the reverse
  // order of registration, and RocksDB made its statics on the first open.
  struct Scratch {
    ScratchArea area;
    StorePair stores;
  };
  static Scratch* scratch = [] {
    auto* made = new Scratch;
    if (!made->area.path().empty() && made->stores.Ready(made->area.path()).ok()) {
      std::atexit([] { delete scratch; });
    }
    return made;
  }();
  const ScratchArea& area = scratch->area;
  StorePair& stores = scratch->stores;
  if (area.path().empty()) return Fail(why, "harness: cannot make a scratch directory");
  if (Status s = stores.Ready(area.path()); !s.ok()) return Fail(why, "harness: " + s.ToString());
  const bool fresh = stores.fresh();
  if (LoadBothWays(stores, area.path(), line, why, loaded)) return true;
  // Say whether the line disagrees on its own, or only after the lines
  // before it.
  if (Status s = stores.Fresh(area.path()); !s.ok()) return Fail(why, "harness: " + s.ToString());
  if (!fresh) {
    std::string alone;
    const bool agree_alone = LoadBothWays(stores, area.path(), line, &alone, nullptr);
    if (why != nullptr) {
      *why += agree_alone ? "\n(on empty stores the two loads of this line agree: it disagrees "
                            "only after the lines before it)"
                          : "\n(also on empty stores)";
    }
    if (Status s = stores.Fresh(area.path()); !s.ok()) return Fail(why, "harness: " + s.ToString());
  }
  return false;
}

}  // namespace causalkg::testing
