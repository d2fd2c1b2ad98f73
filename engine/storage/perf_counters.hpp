// RocksDB counts each read's work in thread-local counters (perf_context,
// iostats_context) unless told not to, a thread at a time. causalkg reads
// none of them, and through a shared RocksDB (the Python module's) each
// count is a call to __tls_get_addr: every read turns them off for its
// thread first, which costs one thread-local write.
#pragma once

#include <rocksdb/perf_level.h>

namespace causalkg {

inline void SkipPerfCounters() { rocksdb::SetPerfLevel(rocksdb::PerfLevel::kDisable); }

}  // namespace causalkg
