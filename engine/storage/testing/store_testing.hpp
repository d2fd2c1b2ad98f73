// Test support for engine/storage: raw entries below Store's interface, for
// tests that check the on-disk format, damage a store on purpose, or put a
// store back as it was (the fuzz targets). Only tests link it
// (causalkg_storage_testing); the engine and the binary never do.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/codec.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::store_testing {

// Visits every entry of `family` in key order until `visit` returns false.
Status ForEachEntry(const Store& store, codec::Family family,
                    const std::function<bool(std::string_view key, std::string_view value)>& visit);

// The value of `key` in `family`, or nullopt.
Result<std::optional<std::string>> GetEntry(const Store& store, codec::Family family,
                                            std::string_view key);

// Writes `value` under `key` in `family` (deletes the key when `value` is
// nullopt), durably and past every check a write goes through; the store
// then reads its metadata again. For a store open for writing.
Status PutEntry(Store& store, codec::Family family, std::string_view key,
                const std::optional<std::string_view>& value);

// What each table file of `family` says of itself in its properties: the
// filter it carries and the prefix extractor it was built with (empty when
// none), one row a file.
struct TableFilters {
  std::string file;
  std::string filter_policy;
  std::string prefix_extractor;
  std::uint64_t entries = 0;
};
Result<std::vector<TableFilters>> FiltersOfTables(const Store& store, codec::Family family);

// Whether the open store reads its table files through a memory map, as
// RocksDB reports its options back.
bool ReadsTablesByMemoryMap(const Store& store);

// Every entry of a store, to put the store back to.
class StoreImage {
 public:
  static Result<StoreImage> Of(const Store& store);

  // Writes back the entries of the image over whatever changed since, in one
  // batch (not synced), and has the store read its metadata again: much
  // faster than reopening a copy. For a store open for writing.
  Status RestoreInto(Store& store) const;

 private:
  std::vector<std::map<std::string, std::string>> entries_;  // by codec::Family
};

}  // namespace causalkg::store_testing
