// InternTable: the names one write has interned, each with its term id.
//
// A bulk load looks a name up three times a claim, and ten million claims
// name two million terms: a node-based hash map then misses the cache at
// every hop (bucket, node, the string), and those misses were half of the
// load. This table is one flat array of open addressing. A slot is half a
// cache line and holds a name of up to kInlineBytes itself, so a look-up
// that finds such a name touches one line; a longer name is kept apart with
// its hash in the slot, so that only a likely match is read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/model/model.hpp"
#include "engine/storage/huge_pages.hpp"

namespace causalkg {

class InternTable {
 public:
  // The longest name kept inside its slot.
  static constexpr std::size_t kInlineBytes = 24;

  InternTable() = default;
  InternTable(const InternTable&) = delete;
  InternTable& operator=(const InternTable&) = delete;

  // A name with its hash, computed once for a look-up and an insert.
  struct Key {
    std::string_view name;
    std::uint64_t hash = 0;
  };
  static Key KeyOf(std::string_view name) { return {name, Hash(name)}; }

  // Starts loading the slot where a look-up of `key` begins, so that the
  // cache misses of several names in a row are waited for at once.
  void Prefetch(const Key& key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Home(key.hash)]);
  }
  // The id of the name, or kNoTerm when it is not in the table.
  TermId Find(const Key& key) const;
  TermId Find(std::string_view name) const { return Find(KeyOf(name)); }
  // Adds the name with `id` (not kNoTerm); the name must not be in the table.
  void Insert(const Key& key, TermId id);
  void Insert(std::string_view name, TermId id) { Insert(KeyOf(name), id); }
  // Removes `name`; whether it was there.
  bool Erase(std::string_view name);

  std::size_t size() const { return size_; }
  // Makes room for `names` names without growing again.
  void Reserve(std::size_t names);

 private:
  struct alignas(32) Slot {
    TermId id = kNoTerm;  // kNoTerm: an empty slot
    std::uint32_t size = 0;
    union {
      char text[kInlineBytes];  // a short name
      struct {
        std::uint64_t hash;
        const char* data;
      } far;  // a long name, kept in blocks_
    };
    Slot() : text{} {}
  };
  static_assert(sizeof(Slot) == 32, "two slots to a cache line");

  static std::uint64_t Hash(std::string_view name);
  static bool Holds(const Slot& slot, std::string_view name, std::uint64_t hash);
  static std::string_view NameIn(const Slot& slot);
  // Where `hash` starts probing.
  std::size_t Home(std::uint64_t hash) const { return hash & (slots_.size() - 1); }
  // The slot of `name`, or the empty slot where it would go.
  std::size_t Probe(std::string_view name, std::uint64_t hash) const;
  void Place(std::size_t at, std::string_view name, std::uint64_t hash, TermId id);
  void Rehash(std::size_t capacity);
  // A stable copy of a long name.
  const char* Keep(std::string_view name);

  // A power of two in size, or none; read at random, so on 2 MB pages.
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::size_t size_ = 0;
  // Long names, in blocks that never move; a name erased stays until the
  // table goes (renames are few).
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t block_left_ = 0;
  char* block_next_ = nullptr;
};

}  // namespace causalkg
