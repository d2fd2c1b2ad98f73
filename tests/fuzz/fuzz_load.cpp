// Fuzzes the loader: any bytes, as a JSON document and as a JSON Lines file,
// loaded into an empty store. A load must succeed or fail with a message and
// leave the store as it was; what it stored must read back: the store
// exports, and loading that export into another empty store gives the same
// export again.
// fuzz_load_paths.cpp checks that the two load paths store the same.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "harness.hpp"
#include "kb/export/export.hpp"
#include "kb/ingest/load.hpp"

using namespace causalkg;

namespace {

Status NoSeed(Store&) { return Status::Ok(); }

fuzz::ResettableStore& EmptyStore() {
  static fuzz::ResettableStore* store = new fuzz::ResettableStore("load", NoSeed);
  return *store;
}

// Where loaded exports are loaded again.
fuzz::ResettableStore& RoundTripStore() {
  static fuzz::ResettableStore* store = new fuzz::ResettableStore("round-trip", NoSeed);
  return *store;
}

std::string ExportOf(const Store& store, std::string_view what) {
  std::ostringstream out;
  fuzz::CheckOk(kb::Export(store, kb::ExportFormat::kJson, out),
                std::string(what) + " loaded, but the store does not export");
  return out.str();
}

// Checks the promises of one load into EmptyStore() and puts it back.
void CheckLoad(const Result<kb::LoadSummary>& loaded, std::string_view what) {
  Store& store = EmptyStore().store();
  if (!loaded.ok()) {
    fuzz::Check(!loaded.status().message().empty(),
                std::string(what) + " failed without a message");
    fuzz::Check(store.counts() == StoreCounts{},
                std::string(what) + " failed, and yet the store changed");
    return;
  }
  const std::string exported = ExportOf(store, what);
  EmptyStore().Reset();

  auto again = kb::LoadDocumentText(RoundTripStore().store(), exported, "export.json");
  fuzz::CheckOk(again.ok() ? Status::Ok() : again.status(),
                std::string("the export of ") + std::string(what) + " does not load");
  const std::string reexported = ExportOf(RoundTripStore().store(), "an export");
  RoundTripStore().Reset();
  fuzz::Check(reexported == exported, std::string("the export of ") + std::string(what) +
                                          " loads as a different store:\n" + exported +
                                          "\nexported again:\n" + reexported);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  EmptyStore();
  RoundTripStore();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  CheckLoad(kb::LoadDocumentText(EmptyStore().store(), text, "input.json"), "a JSON document");

  static const std::string lines_path = fuzz::ScratchDir() + "/input.jsonl";
  fuzz::WriteFile(lines_path, text);
  CheckLoad(kb::LoadFiles(EmptyStore().store(), {lines_path}), "a JSON Lines file");
  return 0;
}
