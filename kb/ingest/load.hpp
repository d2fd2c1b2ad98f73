// Loading claims files (claims-format: JSON documents and JSON Lines) into a
// store. One call is one atomic write: on any error nothing of any of the
// files is stored.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"
#include "engine/storage/write_set.hpp"

namespace causalkg::kb {

struct LoadOptions {
  // Called now and then while reading, with bytes read and bytes in all.
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

struct LoadSummary {
  std::uint64_t claims = 0;
  WriteSummary write;
};

// Loads every file in `paths` in one write. A file is JSON Lines when its
// name ends in .jsonl or .ndjson, or when its first line is a whole JSON
// object; otherwise a JSON document.
Result<LoadSummary> LoadFiles(Store& store, const std::vector<std::string>& paths,
                              const LoadOptions& options = {});

// Loads a JSON document held in memory; `name` stands for a file name in errors.
Result<LoadSummary> LoadDocumentText(Store& store, std::string_view text, const std::string& name);

// Stages a JSON document's declarations and claims into `write`.
Status StageDocument(WriteSet& write, std::string_view text, const std::string& name,
                     std::uint64_t& claims);

// Stages JSON Lines read from `path` into `write`.
Status StageJsonLines(WriteSet& write, const std::string& path, const LoadOptions& options,
                      std::uint64_t bytes_before, std::uint64_t bytes_total, std::uint64_t& claims);

// "3 claims: 2 new edges, 4 new nodes, 3 evidence added, 1 warning" (the
// warnings themselves are in summary.write.warnings).
std::string DescribeSummary(const LoadSummary& summary);

}  // namespace causalkg::kb
