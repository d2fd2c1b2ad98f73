// Store: a causalkg database on RocksDB (its on-disk format: codec.hpp).
//
// A Store is opened by one process for writing, or by any number for reading
// (OpenMode::kReadOnly; a reader sees the data as of its open). Reads are
// const and may run while no write is committing. Writes go through a
// WriteSet (write_set.hpp), which commits atomically.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/belief.hpp"
#include "engine/model/model.hpp"

namespace causalkg {

struct RocksHandles;  // store_internals.hpp: for engine/storage only
class StoreInternals;
namespace codec {
enum class FormatVersion : std::uint8_t;  // codec.hpp
}

enum class OpenMode { kReadWrite, kReadOnly };

// A triple pattern: unset terms are free.
struct TriplePattern {
  std::optional<TermId> subject;
  std::optional<TermId> relation;
  std::optional<TermId> object;
};

class Store {
 public:
  // Opens the database in directory `path`. With kReadWrite and
  // `create_if_missing`, a database is created empty where there is none:
  // no folder, or an empty one. Fails with a Storage error naming `path`
  // when another process holds it for writing (code kLocked), when the
  // folder holds something else, or when the store in it is damaged (code
  // kCorrupt); a folder refused is left exactly as it was (store_folder.hpp).
  //
  // A store whose write-ahead log lost writes causalkg had confirmed is
  // refused for writing; read-only it opens as of before the damage, and
  // damage() says what was lost.
  //
  // A store in an earlier format this causalkg reads is read as it is when
  // opened read-only, and migrated to the current format when opened for
  // writing, in one atomic write; notes() then says so.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, OpenMode mode,
                                             bool create_if_missing = true);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return path_; }
  bool read_only() const { return read_only_; }
  const StoreCounts& counts() const { return counts_; }
  // Ok, or what a read-only open found lost (see Open): for a warning.
  const Status& damage() const { return damage_; }
  // What opening the store did that its user should hear of once (a
  // migration to the current format), a sentence each.
  const std::vector<std::string>& notes() const { return notes_; }

  // --- the dictionary -----------------------------------------------------
  // The id of the term spelt exactly `name`, or nullopt.
  Result<std::optional<TermId>> FindTerm(std::string_view name) const;
  // Ids of the terms whose id or a label folds (case-insensitively) to the
  // same text as `name`, in id order.
  Result<std::vector<TermId>> FindByLabel(std::string_view name) const;
  Result<std::string> TermName(TermId id) const;
  // The term's name and what is known of it.
  Status ReadTerm(TermId id, std::string& name, TermInfo& info) const;
  // Names and records of many terms at once, in the order of `ids`: from
  // the records kept in memory, the rest in one batched read.
  Status ReadTerms(const std::vector<TermId>& ids,
                   std::vector<std::pair<std::string, TermInfo>>& out) const;
  // Visits every term in id order; stops when `visit` returns false.
  Status ForEachTerm(
      const std::function<bool(TermId, const std::string&, const TermInfo&)>& visit) const;

  // Relations with a polarity, held in memory: the hot path of every chain.
  Polarity RelationPolarity(TermId relation) const {
    return relation < polarity_.size() ? polarity_[relation] : Polarity::kNone;
  }
  bool IsCausal(TermId relation) const { return RelationPolarity(relation) != Polarity::kNone; }

  // --- triples ------------------------------------------------------------
  // Visits every triple matching `pattern`, answered by the ordering whose
  // prefix the bound terms form; stops when `visit` returns false.
  Status Scan(const TriplePattern& pattern, const std::function<bool(const Triple&)>& visit) const;
  Result<bool> Contains(const Triple& t) const;
  // An estimate of how many triples match (exact for up to `cap`).
  Result<std::uint64_t> CountMatches(const TriplePattern& pattern, std::uint64_t cap) const;

  // --- evidence and sources -------------------------------------------------
  Result<std::vector<Evidence>> EvidenceOf(const Triple& t) const;
  // Visits the evidence of `t` in order until `visit` returns false.
  Status ForEachEvidenceOf(const Triple& t, const std::function<bool(Evidence&&)>& visit) const;
  // Visits the evidence of each of `claims` (in ascending order, each
  // once), a claim's pieces together, until `visit` returns false: for the
  // many claims of an answer, one iterator walks them in key order,
  // stepping over a few keys between two claims of a node rather than
  // seeking each.
  Status ForEachEvidenceOfClaims(
      std::span<const Triple> claims,
      const std::function<bool(const Triple&, const Evidence&)>& visit) const;
  // Visits every (triple, evidence) pair in triple order.
  Status ForEachEvidence(const std::function<bool(const Triple&, const Evidence&)>& visit) const;
  // Visits the evidence of every claim whose subject is `subject`, in claim
  // order: one prefix scan for all of a node's outgoing claims, since an
  // evidence key begins with its claim's (codec.hpp). Each piece is decoded
  // into one Evidence that is reused, so that reading many pieces allocates
  // nothing a piece: `visit` copies what it keeps. Stops when it returns false.
  Status ForEachEvidenceFrom(
      TermId subject, const std::function<bool(const Triple&, const Evidence&)>& visit) const;
  // The mirror of ForEachEvidenceFrom: visits the evidence of every claim
  // whose object is `object`, a claim's pieces together, each piece WITHOUT
  // its quote (empty), reused as there. One prefix scan of the evidence
  // keyed by object (codec.hpp), which holds every field but the quote: a
  // caller that weighs the quote reads it with ForEachEvidenceOfClaims. A
  // store of a format before it, open read-only, finds the claims and
  // seeks the evidence of each. Stops when `visit` returns false.
  Status ForEachEvidenceInto(
      TermId object, const std::function<bool(const Triple&, const Evidence&)>& visit) const;
  // The declared sources in id order, each with its error rates.
  Result<std::vector<SourceInfo>> Sources() const;
  // The error rates the sources declare, by source id: what weighs their
  // evidence (engine/model/belief.hpp). A source that declares none, or is
  // not declared, is not there.
  Result<SourceErrorTable> SourceErrorRates() const;

  // A number that changes with every write to this store and that no other
  // store of this process has: what the stages above derive from the store's
  // contents (engine/exec's policies, say) holds while the number is the same.
  std::uint64_t generation() const { return generation_.load(std::memory_order_acquire); }

 private:
  // The write set, its commit sinks and the store's test support reach
  // below this interface through it (store_internals.hpp).
  friend class StoreInternals;

  Store();
  // Opening (store_open.cpp).
  static Result<std::unique_ptr<Store>> Create(const std::string& path);
  Status OpenChecked(bool& torn_tail);
  void CloseRocks();
  Status CheckFormat();
  Status WriteFormatMark();
  // Rewrites a store of an earlier format in the current one (store_migration.cpp).
  Status Migrate();
  Result<bool> HoldsNothing() const;
  Status LoadMetadata();
  Status ReadTermsFromDisk(const std::vector<TermId>& ids,
                           std::vector<std::pair<std::string, TermInfo>>& out) const;
  Result<std::optional<std::string>> Get(int family, std::string_view key) const;
  // Called after a successful commit, with what it changed.
  void AfterCommit(const StoreCounts& counts, TermId next_term,
                   const std::vector<std::pair<TermId, Polarity>>& polarities);
  // Forgets what is kept in memory and reads the metadata again: after a
  // write that did not go through a WriteSet.
  Status Reload();
  // Empties what is kept in memory for reads and starts a new generation.
  void ForgetReads();
  // A directory inside the database for files staged before an ingest.
  std::string StagingDir() const;

  std::string path_;
  bool read_only_ = false;
  bool unmarked_ = false;         // an empty store made before stores were marked at creation
  codec::FormatVersion version_;  // of the store's format mark, as read at open
  Status damage_;
  std::vector<std::string> notes_;
  std::unique_ptr<RocksHandles> rocks_;
  StoreCounts counts_;
  TermId next_term_ = 1;
  std::vector<Polarity> polarity_;  // by relation id
  std::atomic<std::uint64_t> generation_{0};
  // Term records read for results: the same nodes come back query after
  // query. Emptied after each write, and when it grows past a bound.
  mutable std::mutex terms_mutex_;
  mutable std::unordered_map<TermId, std::pair<std::string, TermInfo>> term_cache_;
  // The ids names were found to have, for the names statements give again
  // and again; emptied with term_cache_.
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const {
      return std::hash<std::string_view>()(name);
    }
  };
  mutable std::unordered_map<std::string, TermId, NameHash, std::equal_to<>> name_cache_;
};

// The error for a write to a store this process opened read-only: the same
// Storage error (code kReadOnly) wherever the write is refused.
Status ReadOnlyError(const std::string& path);

}  // namespace causalkg
