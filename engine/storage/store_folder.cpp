#include "engine/storage/store_folder.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include "engine/storage/acknowledged_writes.hpp"

namespace causalkg {

namespace {

namespace fs = std::filesystem;

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }
bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Whether `name` is a file RocksDB or causalkg keeps in a database folder.
bool IsStoreFile(const std::string& name) {
  static const char* const kNames[] = {"CURRENT", "IDENTITY", "LOCK",
                                       "LOG",     "staging",  kAcknowledgedFile};
  for (const char* known : kNames) {
    if (name == known) return true;
  }
  for (const char* prefix : {"LOG.old", "MANIFEST-", "OPTIONS-"}) {
    if (StartsWith(name, prefix)) return true;
  }
  for (const char* suffix : {".sst", ".log", ".blob", ".dbtmp"}) {
    if (EndsWith(name, suffix)) return true;
  }
  return false;
}

// The MANIFEST file a CURRENT file names: "MANIFEST-000034\n"; empty when
// the text is anything else.
std::string ManifestNamed(const std::string& current) {
  if (!StartsWith(current, "MANIFEST-") || current.size() < 11 || current.back() != '\n') return "";
  const std::string name = current.substr(0, current.size() - 1);
  const bool digits =
      std::all_of(name.begin() + 9, name.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits ? name : "";
}

std::string ListSome(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < 3; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > 3) out += ", ...";
  return out;
}

}  // namespace

void RemoveNewStore(const std::string& path, bool folder_existed) {
  std::error_code ec;
  if (!folder_existed) {
    fs::remove_all(path, ec);
    return;
  }
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code ignored;
    fs::remove_all(it->path(), ignored);
  }
}

Status DamagedStore(const std::string& path, const std::string& what) {
  return Status::Storage(
             "the database at " + path + " is damaged: " + what + "; causalkg has not changed it",
             "causalkg does not repair a damaged database: move the folder aside (mv " + path +
                 " " + path +
                 ".damaged) and load the claims from an export made before the damage " +
                 "(`causalkg export` writes one): causalkg --db " + path +
                 " --empty load claims.json")
      .WithCode(StatusCode::kCorrupt);
}

Result<FolderContents> InspectStoreFolder(const std::string& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) return FolderContents::kNothing;
  if (ec) return Status::Storage("cannot look into " + path + ": " + ec.message());
  if (status.type() != fs::file_type::directory) {
    return Status::Storage(path + " is not a folder, so it cannot hold a causalkg database",
                           "name a new or empty folder with --db DIR (or $CAUSALKG_DB)");
  }
  std::vector<std::string> names, foreign;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    names.push_back(it->path().filename().string());
    if (!IsStoreFile(names.back())) foreign.push_back(names.back());
  }
  if (ec) return Status::Storage("cannot read the folder " + path + ": " + ec.message());
  if (names.empty()) return FolderContents::kNothing;

  if (std::find(names.begin(), names.end(), "CURRENT") == names.end()) {
    if (foreign.size() == names.size()) {
      return Status::Storage(path + " is not a causalkg database: the folder holds other files (" +
                                 ListSome(foreign) +
                                 "), and causalkg makes a new database only in a new or empty "
                                 "folder",
                             "name a new or empty folder with --db DIR (or $CAUSALKG_DB)");
    }
    return DamagedStore(path, "its CURRENT file, which names the rest, is missing");
  }
  std::ifstream in(fs::path(path) / "CURRENT", std::ios::binary);
  std::string current(64, '\0');  // "MANIFEST-000034\n", with room to spare
  in.read(current.data(), static_cast<std::streamsize>(current.size()));
  if (!in && !in.eof()) return DamagedStore(path, "its CURRENT file cannot be read");
  current.resize(static_cast<std::size_t>(in.gcount()));
  const std::string manifest = ManifestNamed(current);
  if (manifest.empty()) return DamagedStore(path, "its CURRENT file is garbled");
  const fs::path manifest_path = fs::path(path) / manifest;
  if (!fs::is_regular_file(manifest_path, ec)) {
    return DamagedStore(path, "its CURRENT file names " + manifest + ", which is missing");
  }
  if (fs::file_size(manifest_path, ec) == 0 || ec) {
    return DamagedStore(path, "its " + manifest + " file is empty");
  }
  return FolderContents::kStore;
}

}  // namespace causalkg
