// Bringing a store of an earlier format to the current one, when it is
// opened for writing: every record whose layout changed is rewritten, and
// the format mark set, in one write batch, so that the store is either all
// old or all new. A store opened read-only is never changed: it is read by
// its own format's layout (codec.hpp).
#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include "engine/storage/acknowledged_writes.hpp"
#include "engine/storage/codec.hpp"
#include "engine/storage/store.hpp"
#include "engine/storage/store_internals.hpp"

namespace causalkg {

namespace {

std::string Mark(codec::FormatVersion version) {
  return version == codec::FormatVersion::k1 ? codec::kFormat1 : codec::kFormat;
}

std::string PiecesOfEvidence(std::uint64_t n) {
  return std::to_string(n) + (n == 1 ? " piece of evidence" : " pieces of evidence");
}

}  // namespace

Status Store::Migrate() {
  // The mark was read before this process held the store for writing: a
  // writer in between may have migrated it already.
  CAUSALKG_RETURN_IF_ERROR(CheckFormat());
  if (version_ == codec::kCurrentVersion) return Status::Ok();
  const std::string from = Mark(version_);
  const std::string doing =
      "bringing the database from the format '" + from + "' to '" + codec::kFormat + "'";
  rocksdb::WriteBatch batch;
  rocksdb::ColumnFamilyHandle* evidence = rocks_->families[codec::kEvidence];
  // From 'causalkg/1' the evidence record grew its locator, origin, tool,
  // stance and attributes: each is read as it was and written as it is now.
  rocksdb::ReadOptions options;
  options.total_order_seek = true;  // the family has a prefix extractor
  std::unique_ptr<rocksdb::Iterator> it(rocks_->db->NewIterator(options, evidence));
  std::uint64_t rewritten = 0;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    Evidence e;
    if (!codec::DecodeEvidence({it->value().data(), it->value().size()}, version_, e)) {
      return Status::Storage("the database at " + path_ + " has a corrupt evidence record, so " +
                             "it cannot be brought to the format '" + codec::kFormat +
                             "'; causalkg has not changed it")
          .WithCode(StatusCode::kCorrupt);
    }
    auto record = codec::EncodeEvidence(e);
    if (!record.ok()) return std::move(record).TakeStatus();
    const rocksdb::Status staged = batch.Put(evidence, it->key(), *record);
    if (!staged.ok()) return StorageError(path_, doing, staged);
    ++rewritten;
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
  RecordAcknowledged(path_, rocks_->db->GetLatestSequenceNumber());
  version_ = codec::kCurrentVersion;
  ForgetReads();
  notes_.push_back("the database at " + path_ + " was in the format '" + from +
                   "' of an earlier causalkg; it is now in the format '" + codec::kFormat + "' (" +
                   PiecesOfEvidence(rewritten) +
                   " rewritten); a causalkg older than this one cannot open it");
  return Status::Ok();
}

}  // namespace causalkg
