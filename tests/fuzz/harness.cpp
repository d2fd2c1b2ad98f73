#include "harness.hpp"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

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
    auto image = store_testing::StoreImage::Of(seeded);
    CheckOk(image.ok() ? Status::Ok() : image.status(), "reading the seeded store");
    seeded_ = std::move(image).value();
  }  // closed here, so that its files are complete before they are copied
  Reopen();
}

ResettableStore::~ResettableStore() = default;

void ResettableStore::Reset() {
  if (++resets_ % kReopenEvery == 0) {
    Reopen();
  } else {
    CheckOk(seeded_->RestoreInto(*store_), "resetting the store");
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

}  // namespace causalkg::fuzz
