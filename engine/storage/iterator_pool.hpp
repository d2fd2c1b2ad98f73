// IteratorPool: RocksDB iterators kept for reuse by prefix scans.
//
// Creating an iterator costs more than seeking one, and a chain search
// scans one prefix per node it visits. An iterator sees the store as of its
// creation, so the pool is emptied after every write (Clear); iterators out
// on lease at that moment are dropped when they come back.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <rocksdb/db.h>

namespace causalkg {

// An iterator and the upper bound it reads through a pointer, so that the
// bound can be changed in place before each seek.
struct PooledIterator {
  std::unique_ptr<rocksdb::Iterator> it;
  std::string upper;
  rocksdb::Slice upper_slice;
};

class IteratorPool {
 public:
  IteratorPool(rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> families)
      : db_(db), families_(std::move(families)), free_(families_.size() * 2) {}

  // A scan over the keys of family `family` that start with `prefix` (not
  // empty), on a pooled iterator. `total_order` for a prefix shorter than
  // the family's prefix extractor.
  class Cursor {
   public:
    Cursor(IteratorPool& pool, int family, std::string_view prefix, bool total_order);
    ~Cursor();
    Cursor(const Cursor&) = delete;
    Cursor& operator=(const Cursor&) = delete;
    // Moves the scan to the keys that start with `prefix`: for many short
    // scans of one family on one iterator.
    void Seek(std::string_view prefix) { SeekWithin(prefix, prefix); }
    // Moves the scan to the first key at or after `target` (which starts
    // with `prefix`) among those that start with `prefix`.
    void SeekWithin(std::string_view prefix, std::string_view target);
    bool Valid() const { return lease_->it->Valid(); }
    void Next() { lease_->it->Next(); }
    std::string_view key() const { return {lease_->it->key().data(), lease_->it->key().size()}; }
    std::string_view value() const {
      return {lease_->it->value().data(), lease_->it->value().size()};
    }
    rocksdb::Status status() const { return lease_->it->status(); }

   private:
    IteratorPool& pool_;
    std::size_t slot_;
    std::uint64_t generation_ = 0;
    std::unique_ptr<PooledIterator> lease_;
  };

  // Drops every pooled iterator: call after a write.
  void Clear();

 private:
  std::mutex mutex_;
  rocksdb::DB* db_;
  std::vector<rocksdb::ColumnFamilyHandle*> families_;
  std::vector<std::vector<std::unique_ptr<PooledIterator>>>
      free_;  // by family and total-order flag
  std::uint64_t generation_ = 0;
};

}  // namespace causalkg
