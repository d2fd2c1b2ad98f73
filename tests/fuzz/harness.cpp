#include "harness.hpp"

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "engine/storage/codec.hpp"

namespace causalkg::fuzz {

namespace fs = std::filesystem;

namespace {

// How many in-place resets between two reopenings of the seeded copy.
constexpr std::size_t kReopenEvery = 2000;

const std::string kScratchPrefix = "causalkg-fuzz-";

// A crash ends the process without exit handlers, leaving its scratch
// directory behind (RocksDB preallocates its logs: tens of megabytes). The
// next run removes those whose process is gone.
void RemoveScratchDirsOfDeadProcesses(const fs::path& tmp) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(tmp, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(kScratchPrefix, 0) != 0) continue;
    const pid_t pid = static_cast<pid_t>(std::atol(name.c_str() + kScratchPrefix.size()));
    if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
  }
}

void RemoveScratchDir() {
  std::error_code ec;
  fs::remove_all(ScratchDir(), ec);
}

void CheckRocksDb(const rocksdb::Status& status, std::string_view what) {
  if (!status.ok()) Fail(std::string(what) + ": " + status.ToString());
}

std::unique_ptr<rocksdb::Iterator> EveryKey(const Store& store, int family) {
  rocksdb::ReadOptions options;
  options.total_order_seek = true;  // some families have a prefix extractor
  std::unique_ptr<rocksdb::Iterator> it(store.db()->NewIterator(options, store.family(family)));
  it->SeekToFirst();
  return it;
}

}  // namespace

void Fail(std::string_view what) {
  std::cerr << "\nfuzz check failed: " << what << std::endl;
  std::abort();
}

void CheckOk(const Status& status, std::string_view what) {
  if (!status.ok()) Fail(std::string(what) + ": " + status.ToString());
}

const std::string& ScratchDir() {
  // Never destroyed: the exit handler that removes it runs after static
  // destructors would have.
  static const std::string* dir = [] {
    const fs::path tmp = fs::temp_directory_path();
    RemoveScratchDirsOfDeadProcesses(tmp);
    std::string pattern =
        (tmp / (kScratchPrefix + std::to_string(::getpid()) + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) Fail("cannot make a scratch directory " + pattern);
    auto* made = new std::string(pattern);
    std::atexit(RemoveScratchDir);
    return made;
  }();
  return *dir;
}

void WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  Check(static_cast<bool>(out), "cannot write " + path);
}

void MakeArtifactPrefixAbsolute(int* argc, char*** argv) {
  const std::string here = fs::current_path().string() + "/";
  // libFuzzer keeps using the argument vector: it lives as long as the process.
  static std::vector<std::string> args;
  static std::vector<char*> pointers;
  bool has_prefix = false;
  for (int i = 0; i < *argc; ++i) {
    std::string arg = (*argv)[i];
    for (const std::string flag : {"-artifact_prefix=", "-exact_artifact_path="}) {
      if (arg.rfind(flag, 0) == 0) {
        has_prefix = has_prefix || flag == "-artifact_prefix=";
        const std::string path = arg.substr(flag.size());
        if (!path.empty() && path[0] != '/') arg = flag + here + path;
      }
    }
    args.push_back(arg);
  }
  if (!has_prefix) args.push_back("-artifact_prefix=" + here);
  for (std::string& arg : args) pointers.push_back(arg.data());
  pointers.push_back(nullptr);
  *argc = static_cast<int>(args.size());
  *argv = pointers.data();
}

ResettableStore::ResettableStore(const std::string& name, const std::function<Status(Store&)>& seed)
    : template_dir_(ScratchDir() + "/" + name + "-seeded"), live_dir_(ScratchDir() + "/" + name) {
  {
    auto opened = Store::Open(template_dir_, OpenMode::kReadWrite);
    CheckOk(opened.ok() ? Status::Ok() : opened.status(), "opening the seeded store");
    Store& seeded = **opened;
    CheckOk(seed(seeded), "seeding the store");
    for (std::size_t family = 0; family < codec::kFamilies.size(); ++family) {
      auto& keys = keys_.emplace_back();
      for (auto it = EveryKey(seeded, static_cast<int>(family)); it->Valid(); it->Next()) {
        keys.emplace(it->key().ToString(), it->value().ToString());
        CheckRocksDb(it->status(), "reading the seeded store");
      }
    }
    counts_ = seeded.counts();
    next_term_ = seeded.next_term();
    for (TermId id = 0; id < next_term_; ++id) polarities_.push_back(seeded.RelationPolarity(id));
  }  // closed here, so that its files are complete before they are copied
  Reopen();
}

ResettableStore::~ResettableStore() = default;

void ResettableStore::Reset() {
  if (++resets_ % kReopenEvery == 0) {
    Reopen();
  } else {
    RestoreInPlace();
  }
}

void ResettableStore::Reopen() {
  store_.reset();
  std::error_code ec;
  fs::remove_all(live_dir_, ec);
  fs::copy(template_dir_, live_dir_, fs::copy_options::recursive, ec);
  Check(!ec, "copying the seeded store: " + ec.message());
  auto opened = Store::Open(live_dir_, OpenMode::kReadWrite);
  CheckOk(opened.ok() ? Status::Ok() : opened.status(), "opening the scratch store");
  store_ = std::move(opened).value();
}

void ResettableStore::RestoreInPlace() {
  rocksdb::WriteBatch batch;
  for (std::size_t family = 0; family < keys_.size(); ++family) {
    rocksdb::ColumnFamilyHandle* handle = store_->family(static_cast<int>(family));
    const auto& seeded = keys_[family];
    auto want = seeded.begin();
    // A merge of two sorted sequences: the store's keys and the seeded ones.
    // RocksDB's default comparator orders keys as std::string does.
    for (auto it = EveryKey(*store_, static_cast<int>(family)); it->Valid(); it->Next()) {
      const std::string key = it->key().ToString();
      for (; want != seeded.end() && want->first < key; ++want) {
        CheckRocksDb(batch.Put(handle, want->first, want->second), "staging a reset");
      }
      if (want != seeded.end() && want->first == key) {
        if (it->value() != rocksdb::Slice(want->second)) {
          CheckRocksDb(batch.Put(handle, key, want->second), "staging a reset");
        }
        ++want;
      } else {
        CheckRocksDb(batch.Delete(handle, key), "staging a reset");
      }
      CheckRocksDb(it->status(), "reading the store to reset it");
    }
    for (; want != seeded.end(); ++want) {
      CheckRocksDb(batch.Put(handle, want->first, want->second), "staging a reset");
    }
  }
  if (batch.Count() > 0) {
    CheckRocksDb(store_->db()->Write(rocksdb::WriteOptions(), &batch), "resetting the store");
  }
  std::vector<std::pair<TermId, Polarity>> polarities;
  for (TermId id = 0; id < std::max(next_term_, store_->next_term()); ++id) {
    polarities.emplace_back(id, id < polarities_.size() ? polarities_[id] : Polarity::kNone);
  }
  store_->AfterCommit(counts_, next_term_, polarities);
}

}  // namespace causalkg::fuzz
