// What engine/storage reaches below Store's interface for: the RocksDB
// handles, raw reads, and telling a store what a write changed. For the write
// set, its commit sinks and the store's test support (engine/storage/testing);
// nothing outside engine/storage includes this header, nor RocksDB.
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/storage/codec.hpp"
#include "engine/storage/iterator_pool.hpp"
#include "engine/storage/store.hpp"
#include "engine/storage/writer_lock.hpp"

namespace causalkg {

// An open RocksDB database with causalkg's column families (codec.hpp).
struct RocksHandles {
  std::shared_ptr<rocksdb::Cache> cache;
  rocksdb::DB* db = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> families;  // by codec::Family; null: not in the store
  std::unique_ptr<IteratorPool> iterators;             // for prefix scans; emptied after each write
  std::unique_ptr<WritingMark> writing;                // while open for writing

  // Opens the database at `path` (store_open.cpp). `drop_torn_tail` lets
  // RocksDB drop a damaged end of the write-ahead log; `create` makes it.
  rocksdb::Status Open(const std::string& path, bool read_only, bool drop_torn_tail, bool create);
  // Makes `family` where the store lacks it (a store of an earlier format),
  // and drops one so made again: for a migration, which adds a family.
  rocksdb::Status AddFamily(int family);
  rocksdb::Status DropFamily(int family);
  void Close();
  bool is_open() const { return db != nullptr; }
};

class StoreInternals {
 public:
  static rocksdb::DB& Db(const Store& store) { return *store.rocks_->db; }
  static rocksdb::ColumnFamilyHandle* Family(const Store& store, int family) {
    return store.rocks_->families[family];
  }
  // The value of `key` in `family`, or nullopt.
  static Result<std::optional<std::string>> Get(const Store& store, int family,
                                                std::string_view key) {
    return store.Get(family, key);
  }
  // The id the next new term gets.
  static TermId NextTerm(const Store& store) { return store.next_term_; }
  static std::string StagingDir(const Store& store) { return store.StagingDir(); }
  // After a successful commit of a WriteSet: what it changed.
  static void AfterCommit(Store& store, const StoreCounts& counts, TermId next_term,
                          const std::vector<std::pair<TermId, Polarity>>& polarities) {
    store.AfterCommit(counts, next_term, polarities);
  }
  // After a write that did not go through a WriteSet: the store forgets what
  // it keeps in memory and reads its metadata again.
  static Status Reload(Store& store) { return store.Reload(); }
};

// A Storage error for a failed RocksDB call: what was being done (`doing`,
// e.g. "reading the dictionary") in which database, with RocksDB's words in
// brackets after it, never on their own. Damage RocksDB reports is kCorrupt.
Status StorageError(const std::string& path, const std::string& doing, const rocksdb::Status& s);

}  // namespace causalkg
