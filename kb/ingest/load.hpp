// Loading claims files into a store. One call is one atomic write: on any
// error nothing of any of the files is stored.
//
// Each file is read by the reader of its format (kb/ingest/format_registry.hpp)
// into one ClaimSink (kb/ingest/claim_sink.hpp), which checks and stages
// every record into one WriteSet.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"
#include "engine/storage/write_set.hpp"
#include "kb/ingest/claim_sink.hpp"
#include "kb/ingest/format_registry.hpp"

namespace causalkg::kb {

struct LoadOptions {
  // Called now and then while reading, with bytes read and bytes in all.
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
  // The format of every file, by name ("jsonl"); empty to choose each
  // file's by its extension, else by its first bytes.
  std::string format;
  // The formats to choose from; nullptr for causalkg's own (Formats()).
  const FormatRegistry* formats = nullptr;
};

// Loads every file in `paths` in one write.
Result<LoadSummary> LoadFiles(Store& store, const std::vector<std::string>& paths,
                              const LoadOptions& options = {});

// Loads text held in memory in the format named `format`; `name` stands
// for a file name in errors.
Result<LoadSummary> LoadText(Store& store, std::string_view text, const std::string& name,
                             std::string_view format);

// Loads a JSON document held in memory.
Result<LoadSummary> LoadDocumentText(Store& store, std::string_view text, const std::string& name);

// Stages JSON Lines read from `path` into `write`, for callers that commit
// it themselves; progress is told bytes_before plus the bytes read.
Status StageJsonLines(WriteSet& write, const std::string& path, const LoadOptions& options,
                      std::uint64_t bytes_before, std::uint64_t bytes_total, std::uint64_t& claims);

}  // namespace causalkg::kb
