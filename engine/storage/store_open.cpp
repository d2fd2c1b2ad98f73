// Opening a store: creating one only where there is none, refusing a folder
// that holds something else or a damaged store without touching it, and
// never dropping a write causalkg confirmed without saying so.
//
// An existing store is first opened read-only, which writes no file, and
// checked: RocksDB reads it whole (the write-ahead log included: a damaged
// log is an error, not a tail silently dropped), it carries causalkg's
// format mark, and it holds every write causalkg confirmed. Only then is it
// opened for writing, when that is asked for.
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "engine/storage/acknowledged_writes.hpp"
#include "engine/storage/codec.hpp"
#include "engine/storage/store.hpp"
#include "engine/storage/store_folder.hpp"
#include "engine/storage/store_internals.hpp"
#include "engine/storage/store_logger.hpp"
#include "engine/storage/writer_lock.hpp"

namespace causalkg {

namespace {

namespace fs = std::filesystem;

rocksdb::ColumnFamilyOptions FamilyOptions(int family,
                                           const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions options;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.whole_key_filtering = true;
  if (family == codec::kSpo || family == codec::kPos || family == codec::kOsp ||
      family == codec::kEvidence || family == codec::kEvidenceByObject) {
    // Every scan of an ordering starts from a bound first term: a 4-byte
    // prefix bloom lets a seek skip files that hold no triple of that term.
    options.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(4));
  }
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  options.compression = rocksdb::kLZ4Compression;
  return options;
}

// RocksDB says a lock held elsewhere with a plain IO error, as it says many
// other failures: whether it was the lock is asked of the lock itself.
bool IsLockError(const std::string& path, const rocksdb::Status& s) {
  return s.IsIOError() && HeldForWriting(path);
}

Status HeldByAnotherWriter(const std::string& path) {
  return Status::Storage("the database at " + path + " is open for writing in another process",
                         "close the other causalkg session, or use a read-only command "
                         "(query with a read statement, export, stats)")
      .WithCode(StatusCode::kLocked);
}

// Why RocksDB would not open an existing store.
Status Refusal(const std::string& path, const rocksdb::Status& s) {
  if (s.IsInvalidArgument()) {
    // Its column families or settings are not causalkg's.
    return Status::Storage(path + " holds a RocksDB database that is not a causalkg database (" +
                               s.ToString() + "); causalkg has not changed it",
                           "name a new or empty folder with --db DIR (or $CAUSALKG_DB)");
  }
  if (s.IsNoSpace()) {
    return Status::Storage("the disk that holds the database at " + path +
                               " is full, so it cannot be opened for writing (" + s.ToString() +
                               "); the database is as it was",
                           "free some space on that disk and run the command again");
  }
  if (s.IsCorruption() || s.IsPathNotFound()) {
    return DamagedStore(path, "RocksDB cannot read it back (" + s.ToString() + ")");
  }
  return StorageError(path, "opening", s);
}

Status MadeMeanwhile(const std::string& path) {
  return Status::Storage("another causalkg process made a database at " + path +
                             " while this one was making it; causalkg has not changed it",
                         "run the command again: it will open that database")
      .WithCode(StatusCode::kExists);
}

Status LostWrites(const std::string& path, bool known, const rocksdb::Status& detail) {
  std::string what =
      known ? "its write-ahead log is cut short or missing, so writes that causalkg confirmed are "
              "not in it"
            : "its write-ahead log is damaged: the writes recorded after the damage cannot be "
              "read, and whether causalkg had confirmed one of them is not known";
  if (!detail.ok()) what += " (" + detail.ToString() + ")";
  return Status::Storage(
             "the database at " + path + " is damaged: " + what + "; causalkg has not changed it",
             "to keep what is intact, export it as of before the damage (causalkg --db " + path +
                 " export -o claims.json), move the folder aside (mv " + path + " " + path +
                 ".damaged) and load the export into a new database (causalkg --db " + path +
                 " --empty load claims.json); or load an export made before the damage")
      .WithCode(StatusCode::kCorrupt);
}

// A format mark as it may be shown: another program's bytes are not.
std::string Shown(const std::string& mark) {
  const bool printable = mark.size() <= 40 && std::all_of(mark.begin(), mark.end(), [](char c) {
                           return c >= 0x20 && c < 0x7f;
                         });
  return printable ? "'" + mark + "'" : "an unknown one";
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, OpenMode mode,
                                           bool create_if_missing) {
  auto contents = InspectStoreFolder(path);
  if (!contents.ok()) return std::move(contents).TakeStatus();
  const bool read_only = mode == OpenMode::kReadOnly;
  if (*contents == FolderContents::kNothing) {
    if (read_only || !create_if_missing) {
      return Status::Storage(
          "there is no causalkg database at " + path,
          "create one with a command that writes, e.g. `causalkg --db " + path + " load FILE`");
    }
    return Create(path);
  }

  std::unique_ptr<Store> store(new Store());
  store->path_ = path;
  store->read_only_ = read_only;
  bool torn_tail = false;
  // A store that seems to lack a confirmed write is looked at again: a
  // writer in another process may have moved its log on while it was read.
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (attempt > 0) {
      store->CloseRocks();
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    CAUSALKG_RETURN_IF_ERROR(store->OpenChecked(torn_tail));
    if (store->damage_.ok()) break;
  }
  if (read_only) {
    CAUSALKG_RETURN_IF_ERROR(store->LoadMetadata());
    return store;
  }
  if (!store->damage_.ok()) return store->damage_;

  store->CloseRocks();
  // A torn tail past every confirmed write is a write that was never
  // confirmed (a crash in the middle of it): dropping it loses nothing.
  const rocksdb::Status s = store->rocks_->Open(path, false, torn_tail, false);
  if (IsLockError(path, s)) return HeldByAnotherWriter(path);
  if (!s.ok()) return Refusal(path, s);
  CAUSALKG_RETURN_IF_ERROR(store->LoadMetadata());
  if (store->rocks_->families[codec::kEvidenceByObject] == nullptr &&
      store->version_ == codec::kCurrentVersion) {
    // An empty store of a causalkg before the family (not marked then) gets
    // it now; a store marked as having it that lacks it is damaged.
    if (!store->unmarked_) {
      return DamagedStore(path, std::string("its format '") + codec::kFormat +
                                    "' has the family evidence_by_object, which it lacks");
    }
    const rocksdb::Status added = store->rocks_->AddFamily(codec::kEvidenceByObject);
    if (!added.ok()) return StorageError(path, "opening", added);
  }
  if (store->unmarked_) CAUSALKG_RETURN_IF_ERROR(store->WriteFormatMark());
  if (store->version_ != codec::kCurrentVersion) CAUSALKG_RETURN_IF_ERROR(store->Migrate());
  // A store without a record (made by an earlier causalkg), or one whose
  // torn tail was dropped, is recorded as it now stands.
  const std::uint64_t reached = store->rocks_->db->GetLatestSequenceNumber();
  if (ReadAcknowledged(path) != reached) RecordAcknowledged(path, reached);
  // Files staged by a load that was killed before its ingest are garbage.
  std::error_code ec;
  fs::remove_all(store->StagingDir(), ec);
  return store;
}

Result<std::unique_ptr<Store>> Store::Create(const std::string& path) {
  std::error_code ec;
  const bool folder_existed = fs::exists(path, ec);
  fs::create_directories(path, ec);
  if (ec) return Status::Storage("cannot create the database folder " + path + ": " + ec.message());
  std::unique_ptr<Store> store(new Store());
  store->path_ = path;
  const rocksdb::Status s = store->rocks_->Open(path, false, false, true);
  if (IsLockError(path, s)) return HeldByAnotherWriter(path);  // being created by another process
  // RocksDB refuses to make a database that exists (error_if_exists): another
  // process made it since the folder was found empty.
  if (s.IsInvalidArgument()) return MadeMeanwhile(path);
  Status made = s.ok() ? store->WriteFormatMark() : StorageError(path, "creating", s);
  if (made.ok()) made = store->LoadMetadata();
  if (!made.ok()) {
    store->CloseRocks();
    // The folder held nothing before: what it holds now is this attempt's
    // half-made database.
    RemoveNewStore(path, folder_existed);
    return made;
  }
  return store;
}

Status Store::OpenChecked(bool& torn_tail) {
  // Read before the store: a commit by another process in between then
  // only adds to what the store holds.
  const std::optional<std::uint64_t> acknowledged = ReadAcknowledged(path_);
  rocksdb::Status s = rocks_->Open(path_, true, false, false);
  rocksdb::Status log_damage;
  if (s.IsCorruption() && rocks_->Open(path_, true, true, false).ok()) {
    // It reads up to the damage: the damage is in the write-ahead log.
    log_damage = s;
    s = rocksdb::Status::OK();
  }
  if (!s.ok()) return Refusal(path_, s);
  CAUSALKG_RETURN_IF_ERROR(CheckFormat());
  torn_tail = !log_damage.ok();
  const std::uint64_t reached = rocks_->db->GetLatestSequenceNumber();
  const bool lost = acknowledged ? reached < *acknowledged : torn_tail;
  damage_ = lost ? LostWrites(path_, acknowledged.has_value(), log_damage) : Status::Ok();
  return Status::Ok();
}

rocksdb::Status RocksHandles::Open(const std::string& path, bool read_only, bool drop_torn_tail,
                                   bool create) {
  rocksdb::DBOptions options;
  options.create_if_missing = create;
  options.error_if_exists = create;
  options.create_missing_column_families = create;
  // Only a writer keeps a log file: readers must not write into the folder.
  options.info_log = NewStoreLogger(read_only ? std::string() : path + "/LOG");
  options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  options.max_background_jobs = 2;
  // Its table files are opened in the opening thread: a thread each (16 a
  // column family by default) cost more than the few files of a store.
  options.max_file_opening_threads = 1;
  options.wal_recovery_mode = drop_torn_tail ? rocksdb::WALRecoveryMode::kPointInTimeRecovery
                                             : rocksdb::WALRecoveryMode::kAbsoluteConsistency;
  // Table files are read through a memory map: a look-up then reads a
  // block where the page cache holds it. Read with pread, each block the
  // 64 MB block cache does not hold was copied out of the kernel into a new
  // allocation, and at ten million claims (files of 200 MB) most look-ups
  // missed that cache: the copies and allocations were half a look-up's time.
  options.allow_mmap_reads = true;
  if (!cache) cache = rocksdb::NewLRUCache(64 << 20);
  // A store of a format before 'causalkg/3' has no evidence_by_object: it
  // is opened without it (its migration adds it, AddFamily).
  int opened = static_cast<int>(codec::kFamilies.size());
  if (!create) {
    std::vector<std::string> names;
    if (rocksdb::DB::ListColumnFamilies(options, path, &names).ok() &&
        std::find(names.begin(), names.end(), codec::kFamilies[codec::kEvidenceByObject]) ==
            names.end()) {
      opened = codec::kEvidenceByObject;
    }
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (int i = 0; i < opened; ++i) {
    descriptors.emplace_back(codec::kFamilies[i], FamilyOptions(i, cache));
  }
  families.clear();
  db = nullptr;
  const rocksdb::Status s =
      read_only ? rocksdb::DB::OpenForReadOnly(options, path, descriptors, &families, &db)
                : rocksdb::DB::Open(options, path, descriptors, &families, &db);
  if (!s.ok()) {
    db = nullptr;
    families.clear();
    return s;
  }
  families.resize(codec::kFamilies.size(), nullptr);  // a family not opened: null
  iterators = std::make_unique<IteratorPool>(db, families);
  if (!read_only) writing = std::make_unique<WritingMark>(path);
  return s;
}

rocksdb::Status RocksHandles::AddFamily(int family) {
  if (families[family] != nullptr) return rocksdb::Status::OK();
  const rocksdb::Status s = db->CreateColumnFamily(FamilyOptions(family, cache),
                                                   codec::kFamilies[family], &families[family]);
  if (s.ok()) iterators = std::make_unique<IteratorPool>(db, families);
  return s;
}

rocksdb::Status RocksHandles::DropFamily(int family) {
  if (families[family] == nullptr) return rocksdb::Status::OK();
  rocksdb::Status s = db->DropColumnFamily(families[family]);
  db->DestroyColumnFamilyHandle(families[family]).PermitUncheckedError();
  families[family] = nullptr;
  iterators = std::make_unique<IteratorPool>(db, families);
  return s;
}

void RocksHandles::Close() {
  iterators.reset();  // iterators go before the database they read
  if (db == nullptr) return;
  for (auto* family : families) {
    if (family != nullptr) db->DestroyColumnFamilyHandle(family);
  }
  families.clear();
  db->Close().PermitUncheckedError();
  delete db;
  db = nullptr;
  writing.reset();  // after the lock is let go
}

void Store::CloseRocks() { rocks_->Close(); }

Store::~Store() { CloseRocks(); }

Status Store::CheckFormat() {
  auto format = Get(codec::kMeta, codec::kFormatKey);
  if (!format.ok()) return std::move(format).TakeStatus();
  if (format->has_value()) {
    if (auto version = codec::VersionOfMark(**format)) {
      version_ = *version;
      return Status::Ok();
    }
    return Status::Storage("the database at " + path_ + " is in the format " + Shown(**format) +
                               ", which this causalkg does not read; causalkg has not changed it",
                           std::string("open it with the causalkg that made it, or load an export "
                                       "of it into a new database (this causalkg reads ") +
                               codec::kFormat1 + ", " + codec::kFormat2 + " and " + codec::kFormat +
                               ")");
  }
  // Stores were once marked at their first write, so an empty one may lack
  // the mark; a store with data and no mark is not causalkg's.
  auto empty = HoldsNothing();
  if (!empty.ok()) return std::move(empty).TakeStatus();
  if (!*empty) {
    return DamagedStore(path_,
                        "it has no causalkg format mark, so it is another program's database or "
                        "its metadata is lost");
  }
  unmarked_ = true;
  version_ = codec::kCurrentVersion;
  return Status::Ok();
}

Result<bool> Store::HoldsNothing() const {
  for (auto* family : rocks_->families) {
    if (family == nullptr) continue;
    std::unique_ptr<rocksdb::Iterator> it(rocks_->db->NewIterator(rocksdb::ReadOptions(), family));
    it->SeekToFirst();
    if (it->Valid()) return false;
    if (!it->status().ok()) return StorageError(path_, "reading", it->status());
  }
  return true;
}

Status Store::WriteFormatMark() {
  rocksdb::WriteOptions options;
  options.sync = true;
  const rocksdb::Status s = rocks_->db->Put(
      options, rocks_->families[codec::kMeta],
      rocksdb::Slice(codec::kFormatKey.data(), codec::kFormatKey.size()), codec::kFormat);
  if (!s.ok()) return StorageError(path_, "marking the database as causalkg's", s);
  unmarked_ = false;
  RecordAcknowledged(path_, rocks_->db->GetLatestSequenceNumber());
  return Status::Ok();
}

}  // namespace causalkg
