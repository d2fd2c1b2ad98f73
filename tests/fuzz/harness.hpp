// What the fuzz targets share: a scratch directory for the process, a store
// that is put back to a known state between inputs, and checks that stop the
// run so that libFuzzer keeps the input that broke a promise.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/model.hpp"
#include "engine/storage/store.hpp"
#include "engine/storage/testing/store_testing.hpp"

namespace causalkg::fuzz {

// Prints `what` and aborts: libFuzzer reports a crash and saves the input.
[[noreturn]] void Fail(std::string_view what);

// Fails with `what` unless `ok`.
inline void Check(bool ok, std::string_view what) {
  if (!ok) Fail(what);
}
// Fails with `what` and the status's message unless it is ok.
void CheckOk(const Status& status, std::string_view what);

// A directory of this process's own under $TMPDIR (else /tmp), made on first
// use and removed when the process exits normally.
const std::string& ScratchDir();

// Writes `bytes` to `path`, replacing it.
void WriteFile(const std::string& path, std::string_view bytes);

// Makes libFuzzer's artifact prefix absolute (adding "-artifact_prefix=<the
// current directory>/" when there is none), for a target that changes its
// current directory while an input runs: a crash there must still leave its
// reproducer where the user looks for it. Call from LLVMFuzzerInitialize.
void MakeArtifactPrefixAbsolute(int* argc, char*** argv);

// A store that can be put back to the state `seed` left it in, so that every
// input meets the same store and a crash reproduces from its input alone.
//
// Opening a RocksDB database takes tens of milliseconds, far longer than an
// input runs, so Reset() does not reopen: it writes back the seeded store's
// entries (kept in memory) over whatever an input changed, and the store
// reads its metadata again. Now and then it reopens a copy of the seeded
// store instead, so that nothing the in-place reset might miss can build up.
class ResettableStore {
 public:
  // `name` is a directory in ScratchDir(); `seed` fills the new store.
  ResettableStore(const std::string& name, const std::function<Status(Store&)>& seed);
  ~ResettableStore();

  Store& store() { return *store_; }
  void Reset();

 private:
  void Reopen();

  std::string template_dir_;
  std::string live_dir_;
  std::unique_ptr<Store> store_;
  std::optional<store_testing::StoreImage> seeded_;  // every entry of the seeded store
  std::size_t resets_ = 0;
};

}  // namespace causalkg::fuzz
