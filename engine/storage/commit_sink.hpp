// Where a WriteSet's entries go on commit: one WriteBatch, or SST files that
// are ingested into every column family in one atomic step.
#pragma once

#include <memory>
#include <string_view>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"

namespace causalkg {

class CommitSink {
 public:
  virtual ~CommitSink() = default;
  // Within one family, entries must come in ascending key order without
  // repeats (SST files require it); families may interleave.
  virtual Status Put(int family, std::string_view key, std::string_view value) = 0;
  virtual Status Delete(int family, std::string_view key) = 0;
  // Makes every entry visible at once, durably; before this, none is.
  virtual Status Finish() = 0;
  // Whether different families may be written from different threads at once.
  virtual bool ParallelFamilies() const { return false; }
};

// For small writes: a WriteBatch written with sync, one WAL record.
std::unique_ptr<CommitSink> MakeBatchSink(const Store& store);

// For bulk writes: one SST file per family under the store's staging
// directory, ingested together with IngestExternalFiles (atomic across
// column families). Files left by a killed process are removed on open.
std::unique_ptr<CommitSink> MakeIngestSink(const Store& store);

}  // namespace causalkg
