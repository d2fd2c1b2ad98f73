#include "engine/storage/intern_table.hpp"

#include <algorithm>
#include <cstring>
#include <functional>

namespace causalkg {

namespace {

// Slots in use at most, in tenths of the table: linear probing stays short
// below this, and two slots share a cache line.
constexpr std::size_t kMaxLoadTenths = 7;
constexpr std::size_t kFirstCapacity = 64;
constexpr std::size_t kBlockBytes = 1 << 16;

}  // namespace

std::uint64_t InternTable::Hash(std::string_view name) {
  return std::hash<std::string_view>()(name);
}

bool InternTable::Holds(const Slot& slot, std::string_view name, std::uint64_t hash) {
  if (slot.size != name.size()) return false;
  if (name.size() <= kInlineBytes) return std::memcmp(slot.text, name.data(), name.size()) == 0;
  return slot.far.hash == hash && std::memcmp(slot.far.data, name.data(), name.size()) == 0;
}

std::string_view InternTable::NameIn(const Slot& slot) {
  return slot.size <= kInlineBytes ? std::string_view(slot.text, slot.size)
                                   : std::string_view(slot.far.data, slot.size);
}

std::size_t InternTable::Probe(std::string_view name, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = Home(hash);; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.id == kNoTerm || Holds(slot, name, hash)) return at;
  }
}

TermId InternTable::Find(const Key& key) const {
  if (size_ == 0) return kNoTerm;
  return slots_[Probe(key.name, key.hash)].id;
}

void InternTable::Insert(const Key& key, TermId id) {
  if ((size_ + 1) * 10 > slots_.size() * kMaxLoadTenths) {
    Rehash(std::max(kFirstCapacity, slots_.size() * 2));
  }
  Place(Probe(key.name, key.hash), key.name, key.hash, id);
  ++size_;
}

void InternTable::Place(std::size_t at, std::string_view name, std::uint64_t hash, TermId id) {
  Slot& slot = slots_[at];
  slot.id = id;
  slot.size = static_cast<std::uint32_t>(name.size());
  if (name.size() <= kInlineBytes) {
    std::memcpy(slot.text, name.data(), name.size());
  } else {
    slot.far.hash = hash;
    slot.far.data = Keep(name);
  }
}

const char* InternTable::Keep(std::string_view name) {
  if (name.size() > block_left_) {
    const std::size_t bytes = std::max(kBlockBytes, name.size());
    blocks_.push_back(std::make_unique<char[]>(bytes));
    block_next_ = blocks_.back().get();
    block_left_ = bytes;
  }
  char* kept = block_next_;
  std::memcpy(kept, name.data(), name.size());
  block_next_ += name.size();
  block_left_ -= name.size();
  return kept;
}

bool InternTable::Erase(std::string_view name) {
  if (size_ == 0) return false;
  const std::size_t mask = slots_.size() - 1;
  std::size_t hole = Probe(name, Hash(name));
  if (slots_[hole].id == kNoTerm) return false;
  // Backward shift: each later slot of the run moves into the hole unless
  // its home lies cyclically after the hole, so no probe meets a gap.
  for (std::size_t next = (hole + 1) & mask; slots_[next].id != kNoTerm; next = (next + 1) & mask) {
    const Slot& slot = slots_[next];
    const std::size_t home = Home(slot.size <= kInlineBytes ? Hash(NameIn(slot)) : slot.far.hash);
    const bool stays = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next);
    if (stays) continue;
    slots_[hole] = slot;
    hole = next;
  }
  slots_[hole] = Slot();
  --size_;
  return true;
}

void InternTable::Reserve(std::size_t names) {
  std::size_t capacity = kFirstCapacity;
  while (names * 10 > capacity * kMaxLoadTenths) capacity *= 2;
  if (capacity > slots_.size()) Rehash(capacity);
}

void InternTable::Rehash(std::size_t capacity) {
  std::vector<Slot, HugePageAllocator<Slot>> old(capacity);
  old.swap(slots_);
  const std::size_t mask = capacity - 1;
  for (const Slot& slot : old) {
    if (slot.id == kNoTerm) continue;
    const std::uint64_t hash = slot.size <= kInlineBytes ? Hash(NameIn(slot)) : slot.far.hash;
    std::size_t at = Home(hash);
    while (slots_[at].id != kNoTerm) at = (at + 1) & mask;
    slots_[at] = slot;  // a long name keeps its copy in blocks_
  }
}

}  // namespace causalkg
