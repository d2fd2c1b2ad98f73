// Helpers shared by the unit tests: scratch databases, loading JSON text,
// exports, and running the real binary.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/storage/store.hpp"
#include "kb/export/export.hpp"
#include "kb/ingest/load.hpp"

namespace causalkg::testing {

// A fresh directory under the system's temporary directory, removed with
// everything in it when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  // Writes `text` to a file in this directory and returns its path.
  std::string Write(const std::string& name, const std::string& text) const;

 private:
  std::string path_;
};

// A store in its own temporary directory.
struct ScratchStore {
  TempDir dir;
  std::unique_ptr<Store> store;
  ScratchStore();
};

// Loads a JSON document given as text; REQUIREs success.
kb::LoadSummary MustLoad(Store& store, const std::string& json_text);

// The store as an export in `format`; REQUIREs success.
std::string ExportOf(const Store& store, kb::ExportFormat format = kb::ExportFormat::kJson);

// Term id of `name`; REQUIREs that it exists.
TermId IdOf(const Store& store, const std::string& name);

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Replaces this process (a forked child) with build/causalkg `args`.
[[noreturn]] void ExecCausalkg(const std::vector<std::string>& args);

// Runs build/causalkg with `args` (no shell), `input` on its stdin.
RunResult RunCausalkg(const std::vector<std::string>& args, const std::string& input = "");

std::string ReadFile(const std::string& path);

}  // namespace causalkg::testing
