#include "engine/storage/testing/store_testing.hpp"

#include <rocksdb/table_properties.h>
#include <rocksdb/write_batch.h>

#include "engine/storage/store_internals.hpp"

namespace causalkg::store_testing {

namespace {

rocksdb::Slice ToSlice(std::string_view s) { return {s.data(), s.size()}; }
std::string_view View(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

std::unique_ptr<rocksdb::Iterator> EveryKey(const Store& store, codec::Family family) {
  rocksdb::ReadOptions options;
  options.total_order_seek = true;  // some families have a prefix extractor
  std::unique_ptr<rocksdb::Iterator> it(
      StoreInternals::Db(store).NewIterator(options, StoreInternals::Family(store, family)));
  it->SeekToFirst();
  return it;
}

Status Written(Store& store, rocksdb::WriteBatch& batch, const char* doing, bool sync) {
  rocksdb::WriteOptions options;
  options.sync = sync;
  const rocksdb::Status s = StoreInternals::Db(store).Write(options, &batch);
  if (!s.ok()) return StorageError(store.path(), doing, s);
  return StoreInternals::Reload(store);
}

}  // namespace

Result<std::vector<TableFilters>> FiltersOfTables(const Store& store, codec::Family family) {
  rocksdb::TablePropertiesCollection tables;
  const rocksdb::Status s = StoreInternals::Db(store).GetPropertiesOfAllTables(
      StoreInternals::Family(store, family), &tables);
  if (!s.ok()) return StorageError(store.path(), "reading table properties", s);
  std::vector<TableFilters> out;
  for (const auto& [file, properties] : tables) {
    out.push_back({file, properties->filter_policy_name, properties->prefix_extractor_name,
                   properties->num_entries});
  }
  return out;
}

bool ReadsTablesByMemoryMap(const Store& store) {
  return StoreInternals::Db(store).GetDBOptions().allow_mmap_reads;
}

Status ForEachEntry(const Store& store, codec::Family family,
                    const std::function<bool(std::string_view, std::string_view)>& visit) {
  // A family the store's format does not have holds nothing.
  if (StoreInternals::Family(store, family) == nullptr) return Status::Ok();
  auto it = EveryKey(store, family);
  for (; it->Valid(); it->Next()) {
    if (!visit(View(it->key()), View(it->value()))) break;
  }
  if (!it->status().ok()) return StorageError(store.path(), "reading every entry", it->status());
  return Status::Ok();
}

Result<std::optional<std::string>> GetEntry(const Store& store, codec::Family family,
                                            std::string_view key) {
  return StoreInternals::Get(store, family, key);
}

Status PutEntry(Store& store, codec::Family family, std::string_view key,
                const std::optional<std::string_view>& value) {
  rocksdb::WriteBatch batch;
  auto* handle = StoreInternals::Family(store, family);
  if (handle == nullptr) {
    return Status::Storage("the database at " + store.path() + " has no family " +
                           codec::kFamilies[family] + " in its format");
  }
  const rocksdb::Status staged =
      value ? batch.Put(handle, ToSlice(key), ToSlice(*value)) : batch.Delete(handle, ToSlice(key));
  if (!staged.ok()) return StorageError(store.path(), "staging an entry", staged);
  return Written(store, batch, "writing an entry", /*sync=*/true);
}

Result<StoreImage> StoreImage::Of(const Store& store) {
  StoreImage image;
  for (std::size_t family = 0; family < codec::kFamilies.size(); ++family) {
    auto& entries = image.entries_.emplace_back();
    CAUSALKG_RETURN_IF_ERROR(ForEachEntry(store, static_cast<codec::Family>(family),
                                          [&](std::string_view key, std::string_view value) {
                                            entries.emplace(key, value);
                                            return true;
                                          }));
  }
  return image;
}

Status StoreImage::RestoreInto(Store& store) const {
  rocksdb::WriteBatch batch;
  rocksdb::Status staged;
  for (std::size_t family = 0; family < entries_.size() && staged.ok(); ++family) {
    auto* handle = StoreInternals::Family(store, static_cast<int>(family));
    if (handle == nullptr) continue;  // not in the store's format
    const auto& wanted = entries_[family];
    auto want = wanted.begin();
    // A merge of two sorted sequences: the store's keys and the image's.
    // RocksDB's default comparator orders keys as std::string does.
    auto it = EveryKey(store, static_cast<codec::Family>(family));
    for (; it->Valid() && staged.ok(); it->Next()) {
      const std::string_view key = View(it->key());
      for (; want != wanted.end() && want->first < key && staged.ok(); ++want) {
        staged = batch.Put(handle, want->first, want->second);
      }
      if (want != wanted.end() && want->first == key) {
        if (View(it->value()) != want->second)
          staged = batch.Put(handle, want->first, want->second);
        ++want;
      } else {
        staged = batch.Delete(handle, it->key());
      }
    }
    if (!it->status().ok())
      return StorageError(store.path(), "reading the store to put it back", it->status());
    for (; want != wanted.end() && staged.ok(); ++want) {
      staged = batch.Put(handle, want->first, want->second);
    }
  }
  if (!staged.ok()) return StorageError(store.path(), "staging the store's entries", staged);
  if (batch.Count() == 0) return Status::Ok();
  // Not synced: a fuzz target puts its store back after every input, and
  // never reads it after a crash.
  return Written(store, batch, "putting the store back", /*sync=*/false);
}

}  // namespace causalkg::store_testing
