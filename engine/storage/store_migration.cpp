// Bringing a store of an earlier format to the current one, when it is
// opened for writing: every record whose layout changed is rewritten, the
// families the format adds are built, and the format mark set, in one write
// batch, so that the store is either all old or all new. A store opened read-only is never changed:
// it is read by its own format's layout (codec.hpp).
#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include "engine/storage/acknowledged_writes.hpp"
#include "engine/storage/codec.hpp"
#include "engine/storage/store.hpp"
#include "engine/storage/store_internals.hpp"

namespace causalkg {

namespace {

std::string PiecesOfEvidence(std::uint64_t n) {
  return std::to_string(n) + (n == 1 ? " piece of evidence" : " pieces of evidence");
}

// The keys of evidence_by_object all have kEvidenceKeySize bytes: this
// range holds every one.
const std::string& PastEveryByObjectKey() {
  static const std::string past(codec::kEvidenceKeySize + 1, '\xff');
  return past;
}

}  // namespace

Status Store::Migrate() {
  // The mark was read before this process held the store for writing: a
  // writer in between may have migrated it already.
  CAUSALKG_RETURN_IF_ERROR(CheckFormat());
  if (version_ == codec::kCurrentVersion) return Status::Ok();
  const std::string from = codec::MarkOf(version_);
  const std::string doing =
      "bringing the database from the format '" + from + "' to '" + codec::kFormat + "'";
  // 'causalkg/3' added the family evidence_by_object. Made here, it goes
  // again unless the migration commits, so that a store refused is as it was.
  const bool had_by_object = rocks_->families[codec::kEvidenceByObject] != nullptr;
  const rocksdb::Status added = rocks_->AddFamily(codec::kEvidenceByObject);
  if (!added.ok()) return StorageError(path_, doing, added);
  bool committed = false;
  struct DropUnlessCommitted {
    RocksHandles& rocks;
    const bool& committed;
    bool made;
    ~DropUnlessCommitted() {
      if (made && !committed) rocks.DropFamily(codec::kEvidenceByObject).PermitUncheckedError();
    }
  } drop{*rocks_, committed, !had_by_object};

  rocksdb::WriteBatch batch;
  rocksdb::ColumnFamilyHandle* evidence = rocks_->families[codec::kEvidence];
  rocksdb::ColumnFamilyHandle* by_object = rocks_->families[codec::kEvidenceByObject];
  if (had_by_object) {
    // Left by a migration that did not finish: built again from nothing.
    const rocksdb::Status cleared = batch.DeleteRange(by_object, "", PastEveryByObjectKey());
    if (!cleared.ok()) return StorageError(path_, doing, cleared);
  }
  // From 'causalkg/1' the evidence record grew its locator, origin, tool,
  // stance and attributes: each is read as it was and written as it is now.
  // Every piece gets its by_object_key.
  rocksdb::ReadOptions options;
  options.total_order_seek = true;  // the family has a prefix extractor
  std::unique_ptr<rocksdb::Iterator> it(rocks_->db->NewIterator(options, evidence));
  std::uint64_t pieces = 0;
  std::string record, digest, by_object_key;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    const std::string_view key(it->key().data(), it->key().size());
    record.assign(it->value().data(), it->value().size());
    Evidence e;
    if (key.size() != codec::kEvidenceKeySize || !codec::DecodeEvidence(record, version_, e)) {
      return Status::Storage("the database at " + path_ + " has a corrupt evidence record, so " +
                             "it cannot be brought to the format '" + codec::kFormat +
                             "'; causalkg has not changed it")
          .WithCode(StatusCode::kCorrupt);
    }
    if (version_ == codec::FormatVersion::k1) {
      auto rewritten = codec::EncodeEvidence(e);
      if (!rewritten.ok()) return std::move(rewritten).TakeStatus();
      record = std::move(rewritten).value();
      const rocksdb::Status staged = batch.Put(evidence, it->key(), record);
      if (!staged.ok()) return StorageError(path_, doing, staged);
    }
    if (!codec::DigestOfRecord(record, digest)) {
      return Status::Internal("a piece of evidence read back has no digest");
    }
    codec::EvidenceByObjectKeyOf(key, by_object_key);
    const rocksdb::Status staged = batch.Put(by_object, by_object_key, digest);
    if (!staged.ok()) return StorageError(path_, doing, staged);
    ++pieces;
  }
  if (!it->status().ok()) return StorageError(path_, doing, it->status());
  it.reset();
  const rocksdb::Status marked =
      batch.Put(rocks_->families[codec::kMeta],
                rocksdb::Slice(codec::kFormatKey.data(), codec::kFormatKey.size()), codec::kFormat);
  if (!marked.ok()) return StorageError(path_, doing, marked);
  rocksdb::WriteOptions write;
  write.sync = true;
  const rocksdb::Status s = rocks_->db->Write(write, &batch);
  if (!s.ok()) return StorageError(path_, doing, s);
  committed = true;
  RecordAcknowledged(path_, rocks_->db->GetLatestSequenceNumber());
  const bool rewritten = version_ == codec::FormatVersion::k1;
  version_ = codec::kCurrentVersion;
  ForgetReads();
  notes_.push_back("the database at " + path_ + " was in the format '" + from +
                   "' of an earlier causalkg; it is now in the format '" + codec::kFormat + "' (" +
                   PiecesOfEvidence(pieces) + (rewritten ? " rewritten and" : "") +
                   " indexed by their claims' objects); a causalkg older than this one cannot "
                   "open it");
  return Status::Ok();
}

}  // namespace causalkg
