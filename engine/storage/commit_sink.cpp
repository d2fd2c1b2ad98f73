#include "engine/storage/commit_sink.hpp"

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/write_batch.h>
#include <unistd.h>

#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

#include "engine/storage/codec.hpp"
#include "engine/storage/load_phases.hpp"
#include "engine/storage/store_internals.hpp"

namespace causalkg {

namespace {

rocksdb::Slice ToSlice(std::string_view s) { return {s.data(), s.size()}; }

class BatchSink final : public CommitSink {
 public:
  explicit BatchSink(const Store& store) : store_(store) {}
  Status Put(int family, std::string_view key, std::string_view value) override {
    return Check(batch_.Put(StoreInternals::Family(store_, family), ToSlice(key), ToSlice(value)));
  }
  Status Delete(int family, std::string_view key) override {
    return Check(batch_.Delete(StoreInternals::Family(store_, family), ToSlice(key)));
  }
  Status Finish() override {
    rocksdb::WriteOptions options;
    options.sync = true;
    return Check(StoreInternals::Db(store_).Write(options, &batch_));
  }

 private:
  Status Check(const rocksdb::Status& s) {
    if (s.ok()) return Status::Ok();
    return StorageError(store_.path(), "writing", s);
  }
  const Store& store_;
  rocksdb::WriteBatch batch_;
};

class IngestSink final : public CommitSink {
 public:
  explicit IngestSink(const Store& store)
      : store_(store),
        dir_(StoreInternals::StagingDir(store) + "/" + std::to_string(::getpid())),
        writers_(codec::kFamilies.size()) {}

  ~IngestSink() override {
    writers_.clear();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  Status Put(int family, std::string_view key, std::string_view value) override {
    rocksdb::SstFileWriter* writer = nullptr;
    CAUSALKG_RETURN_IF_ERROR(WriterFor(family, writer));
    return Check(writer->Put(ToSlice(key), ToSlice(value)), "staging");
  }

  Status Delete(int family, std::string_view key) override {
    rocksdb::SstFileWriter* writer = nullptr;
    CAUSALKG_RETURN_IF_ERROR(WriterFor(family, writer));
    return Check(writer->Delete(ToSlice(key)), "staging");
  }

  bool ParallelFamilies() const override { return true; }

  Status Finish() override {
    // Finishing a file compresses and writes its last blocks: one thread a file.
    std::vector<rocksdb::Status> finished(writers_.size());
    {
      LoadPhase phase("files finished");
      std::vector<std::thread> finishing;
      for (std::size_t family = 0; family < writers_.size(); ++family) {
        if (writers_[family])
          finishing.emplace_back([&, family] { finished[family] = writers_[family]->Finish(); });
      }
      for (std::thread& t : finishing) t.join();
    }
    std::vector<rocksdb::IngestExternalFileArg> args;
    for (std::size_t family = 0; family < writers_.size(); ++family) {
      if (!writers_[family]) continue;
      CAUSALKG_RETURN_IF_ERROR(Check(finished[family], "staging"));
      rocksdb::IngestExternalFileArg arg;
      arg.column_family = StoreInternals::Family(store_, static_cast<int>(family));
      arg.external_files = {FileFor(static_cast<int>(family))};
      arg.options.move_files = true;
      args.push_back(std::move(arg));
    }
    if (args.empty()) return Status::Ok();
    LoadPhase phase("ingested");
    return Check(StoreInternals::Db(store_).IngestExternalFiles(args), "ingesting staged files");
  }

 private:
  std::string FileFor(int family) const { return dir_ + "/" + codec::kFamilies[family] + ".sst"; }

  Status WriterFor(int family, rocksdb::SstFileWriter*& writer) {
    if (!writers_[family]) {
      std::lock_guard<std::mutex> lock(opening_);  // families may be opened from several threads
      std::error_code ec;
      std::filesystem::create_directories(dir_, ec);
      if (ec) return Status::Storage("cannot create " + dir_ + ": " + ec.message());
      rocksdb::DB& db = StoreInternals::Db(store_);
      rocksdb::ColumnFamilyHandle* handle = StoreInternals::Family(store_, family);
      // The family's own options, so that a staged file carries the same
      // table format, bloom and prefix filters as the files RocksDB writes
      // itself: a seek then skips it as it would skip theirs.
      rocksdb::Options options(db.GetDBOptions(), db.GetOptions(handle));
      // Staged files are written once under the clock of a bulk load; the
      // keys are short ids that compress little. Compaction recompresses.
      options.compression = rocksdb::kNoCompression;
      writers_[family] =
          std::make_unique<rocksdb::SstFileWriter>(rocksdb::EnvOptions(), options, handle);
      CAUSALKG_RETURN_IF_ERROR(Check(writers_[family]->Open(FileFor(family)), "staging"));
    }
    writer = writers_[family].get();
    return Status::Ok();
  }

  Status Check(const rocksdb::Status& s, const char* doing) {
    if (s.ok()) return Status::Ok();
    return StorageError(store_.path(), doing, s);
  }

  const Store& store_;
  std::string dir_;
  std::vector<std::unique_ptr<rocksdb::SstFileWriter>> writers_;
  std::mutex opening_;
};

}  // namespace

std::unique_ptr<CommitSink> MakeBatchSink(const Store& store) {
  return std::make_unique<BatchSink>(store);
}

std::unique_ptr<CommitSink> MakeIngestSink(const Store& store) {
  return std::make_unique<IngestSink>(store);
}

}  // namespace causalkg
