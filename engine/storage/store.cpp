#include "engine/storage/store.hpp"

#include <rocksdb/db.h>

#include <algorithm>

#include "engine/common/text_fold.hpp"
#include "engine/storage/acknowledged_writes.hpp"
#include "engine/storage/codec.hpp"
#include "engine/storage/perf_counters.hpp"
#include "engine/storage/store_internals.hpp"

namespace causalkg {

namespace {

// Iterates the keys of `family` that start with `prefix`.
class PrefixCursor {
 public:
  PrefixCursor(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* family, std::string prefix)
      : prefix_(std::move(prefix)), upper_(codec::PrefixUpperBound(prefix_)) {
    rocksdb::ReadOptions options;
    if (!upper_.empty()) {
      upper_slice_ = rocksdb::Slice(upper_);
      options.iterate_upper_bound = &upper_slice_;
    }
    if (prefix_.size() < 4) options.total_order_seek = true;
    it_.reset(db->NewIterator(options, family));
    it_->Seek(prefix_);
  }
  bool Valid() const { return it_->Valid(); }
  void Next() { it_->Next(); }
  std::string_view key() const { return {it_->key().data(), it_->key().size()}; }
  std::string_view value() const { return {it_->value().data(), it_->value().size()}; }
  rocksdb::Status status() const { return it_->status(); }

 private:
  std::string prefix_;
  std::string upper_;
  rocksdb::Slice upper_slice_;
  std::unique_ptr<rocksdb::Iterator> it_;
};

// The ordering and prefix that answer `p`.
std::pair<codec::Family, std::string> PlanScan(const TriplePattern& p) {
  const TermId s = p.subject.value_or(kNoTerm), r = p.relation.value_or(kNoTerm),
               o = p.object.value_or(kNoTerm);
  if (p.subject && p.relation) return {codec::kSpo, codec::TriplePrefix(s, r, o)};
  if (p.subject && p.object) return {codec::kOsp, codec::TriplePrefix(o, s)};
  if (p.subject) return {codec::kSpo, codec::TriplePrefix(s)};
  if (p.relation) return {codec::kPos, codec::TriplePrefix(r, o)};
  if (p.object) return {codec::kOsp, codec::TriplePrefix(o)};
  return {codec::kSpo, std::string()};
}

// Generations are drawn from one counter, so that no two stores of a process
// share one.
std::uint64_t NewGeneration() {
  static std::atomic<std::uint64_t> last{0};
  return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

}  // namespace

Status StorageError(const std::string& path, const std::string& doing, const rocksdb::Status& s) {
  Status error = Status::Storage("failed while " + doing + " in the database at " + path + " (" +
                                 s.ToString() + ")");
  return s.IsCorruption() ? std::move(error).WithCode(StatusCode::kCorrupt) : error;
}

Status ReadOnlyError(const std::string& path) {
  return Status::Storage("the database at " + path + " is open read-only, so it cannot be changed")
      .WithCode(StatusCode::kReadOnly);
}

Store::Store() : version_(codec::kCurrentVersion), rocks_(std::make_unique<RocksHandles>()) {}

std::string Store::StagingDir() const { return path_ + "/staging"; }

Status Store::LoadMetadata() {
  auto read_u64 = [this](std::string_view key, std::uint64_t& out) -> Status {
    auto v = Get(codec::kMeta, key);
    if (!v.ok()) return std::move(v).TakeStatus();
    out = v->has_value() ? codec::DecodeU64Value(**v).value_or(0) : 0;
    return Status::Ok();
  };
  for (const codec::CountKey& count : codec::kCountKeys) {
    CAUSALKG_RETURN_IF_ERROR(read_u64(count.key, counts_.*count.field));
  }
  std::uint64_t next = 0;
  CAUSALKG_RETURN_IF_ERROR(read_u64(codec::kNextTermKey, next));
  next_term_ = next == 0 ? 1 : static_cast<TermId>(next);

  PrefixCursor cursor(rocks_->db, rocks_->families[codec::kMeta],
                      std::string(codec::kPolarityKeyPrefix));
  for (; cursor.Valid(); cursor.Next()) {
    const std::optional<TermId> id = codec::DecodePolarityKey(cursor.key());
    const std::optional<Polarity> polarity = codec::DecodePolarity(cursor.value());
    if (!id || !polarity) continue;
    if (polarity_.size() <= *id) polarity_.resize(*id + 1, Polarity::kNone);
    polarity_[*id] = *polarity;
  }
  if (!cursor.status().ok()) return StorageError(path_, "reading the relations", cursor.status());
  generation_.store(NewGeneration(), std::memory_order_release);
  return Status::Ok();
}

void Store::ForgetReads() {
  rocks_->iterators->Clear();
  {
    std::lock_guard<std::mutex> lock(terms_mutex_);
    term_cache_.clear();
    name_cache_.clear();
  }
  generation_.store(NewGeneration(), std::memory_order_release);
}

void Store::AfterCommit(const StoreCounts& counts, TermId next_term,
                        const std::vector<std::pair<TermId, Polarity>>& polarities) {
  ForgetReads();
  counts_ = counts;
  next_term_ = next_term;
  RecordAcknowledged(path_, rocks_->db->GetLatestSequenceNumber());
  for (const auto& [id, polarity] : polarities) {
    if (polarity_.size() <= id) polarity_.resize(id + 1, Polarity::kNone);
    polarity_[id] = polarity;
  }
}

Status Store::Reload() {
  ForgetReads();
  counts_ = StoreCounts();
  polarity_.clear();
  CAUSALKG_RETURN_IF_ERROR(LoadMetadata());
  if (!read_only_) RecordAcknowledged(path_, rocks_->db->GetLatestSequenceNumber());
  return Status::Ok();
}

Result<std::optional<std::string>> Store::Get(int family, std::string_view key) const {
  SkipPerfCounters();
  std::string value;
  rocksdb::Status s = rocks_->db->Get(rocksdb::ReadOptions(), rocks_->families[family],
                                      rocksdb::Slice(key.data(), key.size()), &value);
  if (s.IsNotFound()) return std::optional<std::string>();
  if (!s.ok()) return StorageError(path_, "reading", s);
  return std::optional<std::string>(std::move(value));
}

Result<std::optional<TermId>> Store::FindTerm(std::string_view name) const {
  constexpr std::size_t kCachedNames = 1 << 16;
  {
    std::lock_guard<std::mutex> lock(terms_mutex_);
    if (auto it = name_cache_.find(name); it != name_cache_.end()) {
      return std::optional<TermId>(it->second);
    }
  }
  auto v = Get(codec::kTerm, name);
  if (!v.ok()) return std::move(v).TakeStatus();
  const std::optional<TermId> id =
      v->has_value() ? codec::DecodeTermId(**v) : std::optional<TermId>();
  // Only names that were found: a write looks up each new name once, and
  // keeping its miss would only cost the write.
  if (!id) return id;
  std::lock_guard<std::mutex> lock(terms_mutex_);
  if (name_cache_.size() >= kCachedNames) name_cache_.clear();
  name_cache_.emplace(std::string(name), *id);
  return id;
}

Result<std::vector<TermId>> Store::FindByLabel(std::string_view name) const {
  std::vector<TermId> ids;
  PrefixCursor cursor(rocks_->db, rocks_->families[codec::kLabel],
                      codec::LabelPrefix(FoldCase(name)));
  for (; cursor.Valid(); cursor.Next()) ids.push_back(codec::LabelKeyId(cursor.key()));
  if (!cursor.status().ok()) return StorageError(path_, "looking up labels", cursor.status());
  return ids;
}

Status Store::ReadTerm(TermId id, std::string& name, TermInfo& info) const {
  auto v = Get(codec::kId, codec::IdKey(id));
  if (!v.ok()) return std::move(v).TakeStatus();
  if (!v->has_value() || !codec::DecodeTermRecord(**v, name, info)) {
    return Status::Storage("the database at " + path_ + " has no readable record of term " +
                           std::to_string(id))
        .WithCode(StatusCode::kCorrupt);
  }
  return Status::Ok();
}

Status Store::ReadTerms(const std::vector<TermId>& ids,
                        std::vector<std::pair<std::string, TermInfo>>& out) const {
  constexpr std::size_t kCachedTerms = 1 << 18;
  out.assign(ids.size(), {});
  std::vector<TermId> missing;
  std::vector<std::size_t> missing_at;
  {
    std::lock_guard<std::mutex> lock(terms_mutex_);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (auto it = term_cache_.find(ids[i]); it != term_cache_.end()) {
        out[i] = it->second;
      } else {
        missing.push_back(ids[i]);
        missing_at.push_back(i);
      }
    }
  }
  if (missing.empty()) return Status::Ok();
  std::vector<std::pair<std::string, TermInfo>> read;
  CAUSALKG_RETURN_IF_ERROR(ReadTermsFromDisk(missing, read));
  std::lock_guard<std::mutex> lock(terms_mutex_);
  if (term_cache_.size() + missing.size() > kCachedTerms) term_cache_.clear();
  for (std::size_t k = 0; k < missing.size(); ++k) {
    term_cache_.emplace(missing[k], read[k]);
    out[missing_at[k]] = std::move(read[k]);
  }
  return Status::Ok();
}

Status Store::ReadTermsFromDisk(const std::vector<TermId>& ids,
                                std::vector<std::pair<std::string, TermInfo>>& out) const {
  std::vector<std::string> keys;
  keys.reserve(ids.size());
  for (TermId id : ids) keys.push_back(codec::IdKey(id));
  std::vector<rocksdb::Slice> slices(keys.begin(), keys.end());
  std::vector<rocksdb::PinnableSlice> values(ids.size());
  std::vector<rocksdb::Status> statuses(ids.size());
  // Sorted keys let RocksDB read each block once for all the keys in it.
  const bool sorted = std::is_sorted(ids.begin(), ids.end());
  rocks_->db->MultiGet(rocksdb::ReadOptions(), rocks_->families[codec::kId], ids.size(),
                       slices.data(), values.data(), statuses.data(), sorted);
  out.assign(ids.size(), {});
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!statuses[i].ok() || !codec::DecodeTermRecord({values[i].data(), values[i].size()},
                                                      out[i].first, out[i].second)) {
      return Status::Storage("the database at " + path_ + " has no readable record of term " +
                             std::to_string(ids[i]))
          .WithCode(StatusCode::kCorrupt);
    }
  }
  return Status::Ok();
}

Result<std::string> Store::TermName(TermId id) const {
  std::string name;
  TermInfo info;
  CAUSALKG_RETURN_IF_ERROR(ReadTerm(id, name, info));
  return name;
}

Status Store::ForEachTerm(
    const std::function<bool(TermId, const std::string&, const TermInfo&)>& visit) const {
  PrefixCursor cursor(rocks_->db, rocks_->families[codec::kId], std::string());
  std::string name;
  TermInfo info;
  for (; cursor.Valid(); cursor.Next()) {
    const std::optional<TermId> id = codec::DecodeIdKey(cursor.key());
    if (!id || !codec::DecodeTermRecord(cursor.value(), name, info)) {
      return Status::Storage("the database at " + path_ + " has a corrupt term record")
          .WithCode(StatusCode::kCorrupt);
    }
    if (!visit(*id, name, info)) break;
  }
  if (!cursor.status().ok()) return StorageError(path_, "reading the dictionary", cursor.status());
  return Status::Ok();
}

Status Store::Scan(const TriplePattern& pattern,
                   const std::function<bool(const Triple&)>& visit) const {
  const auto [ordering, prefix] = PlanScan(pattern);
  // An init-capture: clang before 16 (the fuzz build) cannot capture a
  // structured binding.
  auto scan = [&, ordering = ordering](auto& cursor) -> Status {
    for (; cursor.Valid(); cursor.Next()) {
      if (cursor.key().size() != codec::kTripleKeySize) continue;
      const Triple t = codec::DecodeTripleKey(ordering, cursor.key());
      // Orderings answer at most two bound terms by prefix; check the rest.
      if (pattern.relation && t.relation != *pattern.relation) continue;
      if (pattern.object && t.object != *pattern.object) continue;
      if (!visit(t)) break;
    }
    if (!cursor.status().ok()) return StorageError(path_, "scanning triples", cursor.status());
    return Status::Ok();
  };
  if (prefix.empty()) {  // a scan of everything: rare, and no bound to set
    PrefixCursor cursor(rocks_->db, rocks_->families[ordering], prefix);
    return scan(cursor);
  }
  IteratorPool::Cursor cursor(*rocks_->iterators, ordering, prefix, /*total_order=*/false);
  return scan(cursor);
}

Status Store::ScanInOrder(bool by_object, const std::function<bool(const Triple&)>& visit) const {
  const codec::Family ordering = by_object ? codec::kOsp : codec::kSpo;
  rocksdb::ReadOptions options;
  options.total_order_seek = true;
  // Large reads ahead, as for a compaction: the whole ordering is read once.
  options.readahead_size = 4 << 20;
  std::unique_ptr<rocksdb::Iterator> it(
      rocks_->db->NewIterator(options, rocks_->families[ordering]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    const rocksdb::Slice key = it->key();
    if (key.size() != codec::kTripleKeySize) continue;
    if (!visit(codec::DecodeTripleKey(ordering, {key.data(), key.size()}))) break;
  }
  if (!it->status().ok()) return StorageError(path_, "scanning triples", it->status());
  return Status::Ok();
}

Result<bool> Store::Contains(const Triple& t) const {
  auto v = Get(codec::kSpo, codec::TripleKey(codec::kSpo, t));
  if (!v.ok()) return std::move(v).TakeStatus();
  return v->has_value();
}

Result<std::uint64_t> Store::CountMatches(const TriplePattern& pattern, std::uint64_t cap) const {
  if (!pattern.subject && !pattern.relation && !pattern.object) return counts_.edges;
  std::uint64_t n = 0;
  Status s = Scan(pattern, [&](const Triple&) { return ++n < cap; });
  if (!s.ok()) return s;
  return n;
}

Result<std::vector<Evidence>> Store::EvidenceOf(const Triple& t) const {
  std::vector<Evidence> out;
  CAUSALKG_RETURN_IF_ERROR(ForEachEvidenceOf(t, [&](Evidence&& e) {
    out.push_back(std::move(e));
    return true;
  }));
  return out;
}

Status Store::ForEachEvidenceOf(const Triple& t,
                                const std::function<bool(Evidence&&)>& visit) const {
  IteratorPool::Cursor cursor(*rocks_->iterators, codec::kEvidence,
                              codec::TripleKey(codec::kSpo, t), false);
  for (; cursor.Valid(); cursor.Next()) {
    Evidence e;
    if (!codec::DecodeEvidence(cursor.value(), version_, e)) {
      return Status::Storage("the database at " + path_ + " has a corrupt evidence record")
          .WithCode(StatusCode::kCorrupt);
    }
    if (!visit(std::move(e))) break;
  }
  if (!cursor.status().ok()) return StorageError(path_, "reading evidence", cursor.status());
  return Status::Ok();
}

Status Store::ForEachEvidenceOfClaims(
    std::span<const Triple> claims,
    const std::function<bool(const Triple&, const Evidence&)>& visit) const {
  if (claims.empty()) return Status::Ok();
  // Stepping over a key costs a fraction of a seek; past this many, seek.
  constexpr int kStepsBeforeSeek = 4;
  std::string subject = codec::TriplePrefix(claims.front().subject);
  IteratorPool::Cursor cursor(*rocks_->iterators, codec::kEvidence, subject, false);
  Evidence e;  // decoded into again and again, its texts' buffers kept
  for (std::size_t i = 0; i < claims.size();) {
    // The claims of one subject, read within its keys.
    std::size_t end = i + 1;
    while (end < claims.size() && claims[end].subject == claims[i].subject) ++end;
    subject = codec::TriplePrefix(claims[i].subject);
    cursor.SeekWithin(subject, codec::TripleKey(codec::kSpo, claims[i]));
    int steps = 0;
    while (i < end && cursor.Valid()) {
      if (cursor.key().size() != codec::kEvidenceKeySize) {
        return Status::Storage("the database at " + path_ + " has a corrupt evidence record")
            .WithCode(StatusCode::kCorrupt);
      }
      const Triple t = codec::DecodeTripleKey(codec::kSpo, cursor.key());
      if (claims[i] < t) {  // no more pieces of claims[i]
        ++i;
        steps = 0;
        continue;
      }
      if (t < claims[i]) {  // a claim not asked for
        if (++steps > kStepsBeforeSeek) {
          cursor.SeekWithin(subject, codec::TripleKey(codec::kSpo, claims[i]));
          steps = 0;
        } else {
          cursor.Next();
        }
        continue;
      }
      if (!codec::DecodeEvidence(cursor.value(), version_, e)) {
        return Status::Storage("the database at " + path_ + " has a corrupt evidence record")
            .WithCode(StatusCode::kCorrupt);
      }
      if (!visit(t, e)) return Status::Ok();
      cursor.Next();
    }
    if (!cursor.status().ok()) return StorageError(path_, "reading evidence", cursor.status());
    i = end;
  }
  return Status::Ok();
}

Status Store::ForEachEvidence(
    const std::function<bool(const Triple&, const Evidence&)>& visit) const {
  PrefixCursor cursor(rocks_->db, rocks_->families[codec::kEvidence], std::string());
  Evidence e;
  for (; cursor.Valid(); cursor.Next()) {
    if (cursor.key().size() != codec::kEvidenceKeySize ||
        !codec::DecodeEvidence(cursor.value(), version_, e)) {
      return Status::Storage("the database at " + path_ + " has a corrupt evidence record")
          .WithCode(StatusCode::kCorrupt);
    }
    if (!visit(codec::DecodeTripleKey(codec::kSpo, cursor.key()), e)) break;
  }
  if (!cursor.status().ok()) return StorageError(path_, "reading evidence", cursor.status());
  return Status::Ok();
}

namespace {

// Reads the pieces of a cursor's scan into `piece`, one after another.
template <typename Cursor>
Status VisitPieces(Cursor& cursor, codec::FormatVersion version, Evidence& piece,
                   const std::function<bool(const Triple&, const Evidence&)>& visit,
                   const std::string& path, bool& stopped) {
  for (; cursor.Valid(); cursor.Next()) {
    if (cursor.key().size() != codec::kEvidenceKeySize ||
        !codec::DecodeEvidence(cursor.value(), version, piece)) {
      return Status::Storage("the database at " + path + " has a corrupt evidence record")
          .WithCode(StatusCode::kCorrupt);
    }
    if (!visit(codec::DecodeTripleKey(codec::kSpo, cursor.key()), piece)) {
      stopped = true;
      break;
    }
  }
  if (!cursor.status().ok()) return StorageError(path, "reading evidence", cursor.status());
  return Status::Ok();
}

}  // namespace

Status Store::ForEachEvidenceFrom(
    TermId subject, const std::function<bool(const Triple&, const Evidence&)>& visit) const {
  IteratorPool::Cursor cursor(*rocks_->iterators, codec::kEvidence, codec::TriplePrefix(subject),
                              /*total_order=*/false);
  Evidence piece;
  bool stopped = false;
  return VisitPieces(cursor, version_, piece, visit, path_, stopped);
}

Status Store::ForEachEvidenceInto(
    TermId object, const std::function<bool(const Triple&, const Evidence&)>& visit) const {
  if (version_ < codec::FormatVersion::k3 ||
      rocks_->families[codec::kEvidenceByObject] == nullptr) {
    // No evidence_by_object: the claims into the node, then their evidence.
    std::vector<Triple> claims;
    CAUSALKG_RETURN_IF_ERROR(Scan({{}, {}, object}, [&](const Triple& t) {
      claims.push_back(t);
      return true;
    }));
    std::sort(claims.begin(), claims.end());
    Evidence piece;
    return ForEachEvidenceOfClaims(claims, [&](const Triple& t, const Evidence& e) {
      piece = e;
      piece.quote.clear();
      return visit(t, piece);
    });
  }
  IteratorPool::Cursor cursor(*rocks_->iterators, codec::kEvidenceByObject,
                              codec::TriplePrefix(object), /*total_order=*/false);
  Evidence piece;
  for (; cursor.Valid(); cursor.Next()) {
    if (cursor.key().size() != codec::kEvidenceKeySize ||
        !codec::DecodeEvidenceDigest(cursor.value(), piece)) {
      return Status::Storage("the database at " + path_ +
                             " has a corrupt record of the evidence by object")
          .WithCode(StatusCode::kCorrupt);
    }
    if (!visit(codec::DecodeEvidenceByObjectKey(cursor.key()), piece)) break;
  }
  if (!cursor.status().ok()) return StorageError(path_, "reading evidence", cursor.status());
  return Status::Ok();
}

Result<std::vector<SourceInfo>> Store::Sources() const {
  auto errors = SourceErrorRates();
  if (!errors.ok()) return std::move(errors).TakeStatus();
  std::vector<SourceInfo> out;
  PrefixCursor cursor(rocks_->db, rocks_->families[codec::kSource], std::string());
  for (; cursor.Valid(); cursor.Next()) {
    SourceInfo source{std::string(cursor.key()), std::string(cursor.value())};
    if (auto it = errors->find(source.id); it != errors->end()) source.errors = it->second;
    out.push_back(std::move(source));
  }
  if (!cursor.status().ok()) return StorageError(path_, "reading sources", cursor.status());
  return out;
}

Result<SourceErrorTable> Store::SourceErrorRates() const {
  SourceErrorTable out;
  PrefixCursor cursor(rocks_->db, rocks_->families[codec::kMeta],
                      std::string(codec::kSourceErrorsKeyPrefix));
  for (; cursor.Valid(); cursor.Next()) {
    SourceErrors errors;
    const std::optional<std::string_view> id = codec::DecodeSourceErrorsKey(cursor.key());
    if (!id || !codec::DecodeSourceErrors(cursor.value(), errors)) {
      return Status::Storage("the database at " + path_ +
                             " has a corrupt record of the error rates of source " +
                             std::string(id ? *id : std::string_view()))
          .WithCode(StatusCode::kCorrupt);
    }
    out.emplace(std::string(*id), errors);
  }
  if (!cursor.status().ok()) {
    return StorageError(path_, "reading the error rates of the sources", cursor.status());
  }
  return out;
}

}  // namespace causalkg
