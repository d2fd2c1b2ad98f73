#include "engine/storage/iterator_pool.hpp"

#include "engine/storage/codec.hpp"
#include "engine/storage/perf_counters.hpp"

namespace causalkg {

IteratorPool::Cursor::Cursor(IteratorPool& pool, int family, std::string_view prefix,
                             bool total_order)
    : pool_(pool), slot_(static_cast<std::size_t>(family) * 2 + (total_order ? 1 : 0)) {
  SkipPerfCounters();
  {
    std::lock_guard<std::mutex> lock(pool_.mutex_);
    generation_ = pool_.generation_;
    auto& free = pool_.free_[slot_];
    if (!free.empty()) {
      lease_ = std::move(free.back());
      free.pop_back();
    }
  }
  if (!lease_) {
    lease_ = std::make_unique<PooledIterator>();
    rocksdb::ReadOptions options;
    options.iterate_upper_bound = &lease_->upper_slice;
    options.total_order_seek = total_order;
    lease_->it.reset(pool_.db_->NewIterator(options, pool_.families_[family]));
  }
  Seek(prefix);
}

void IteratorPool::Cursor::SeekWithin(std::string_view prefix, std::string_view target) {
  // A pooled iterator always reads its bound through the pointer, so a
  // prefix without one gets a bound past any key of its length.
  lease_->upper = codec::PrefixUpperBound(prefix);
  if (lease_->upper.empty()) lease_->upper.assign(prefix.size() + 32, '\xff');
  lease_->upper_slice = rocksdb::Slice(lease_->upper);
  lease_->it->Seek(rocksdb::Slice(target.data(), target.size()));
}

IteratorPool::Cursor::~Cursor() {
  std::lock_guard<std::mutex> lock(pool_.mutex_);
  if (generation_ == pool_.generation_ && lease_->it->status().ok())
    pool_.free_[slot_].push_back(std::move(lease_));
}

void IteratorPool::Clear() {
  std::lock_guard<std::mutex> lock(mutex_);
  ++generation_;
  for (auto& free : free_) free.clear();
}

}  // namespace causalkg
