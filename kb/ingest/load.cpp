#include "kb/ingest/load.hpp"

#include <filesystem>
#include <fstream>
#include <optional>

#include "engine/storage/load_phases.hpp"

namespace causalkg::kb {

namespace {

// The first bytes of the file, for its format's sniff.
Result<std::string> ReadHead(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Load("cannot open the file").InFile(path);
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  if (in.bad()) return Status::Load("reading the file failed").InFile(path);
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

// Reads the file `path` in `format` into `sink`, telling `progress` of the
// bytes read on top of `bytes_before`.
Status ReadFile(const Format& format, const std::string& path, ClaimSink& sink,
                const LoadOptions& options, std::uint64_t bytes_before, std::uint64_t bytes_total) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Load("cannot open the file").InFile(path);
  std::vector<char> buffer(1 << 20);
  in.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  FormatInput::Progress progress;
  if (options.progress) {
    progress = [&](std::uint64_t bytes) { options.progress(bytes_before + bytes, bytes_total); };
  }
  FormatInput input(path, in, std::move(progress));
  return format.read(input, sink);
}

const FormatRegistry& RegistryOf(const LoadOptions& options) {
  return options.formats != nullptr ? *options.formats : Formats();
}

}  // namespace

Result<LoadSummary> LoadFiles(Store& store, const std::vector<std::string>& paths,
                              const LoadOptions& options) {
  const FormatRegistry& formats = RegistryOf(options);
  if (!options.format.empty()) {
    auto named = formats.Choose({}, {}, options.format);
    if (!named.ok()) return std::move(named).TakeStatus();
  }
  std::uint64_t total = 0;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      return Status::Load("no such file").InFile(path);
    }
    total += std::filesystem::file_size(path, ec);
  }
  WriteSet write(store);
  ClaimSink sink(write);
  std::uint64_t done = 0;
  std::optional<LoadPhase> reading("read, parse, intern");
  for (const std::string& path : paths) {
    auto head = ReadHead(path);
    if (!head.ok()) return std::move(head).TakeStatus();
    auto format = formats.Choose(path, *head, options.format);
    if (!format.ok()) return std::move(format).TakeStatus();
    CAUSALKG_RETURN_IF_ERROR(ReadFile(**format, path, sink, options, done, total));
    std::error_code ec;
    done += std::filesystem::file_size(path, ec);
    if (options.progress) options.progress(done, total);
  }
  reading.reset();
  return sink.Commit();
}

Result<LoadSummary> LoadText(Store& store, std::string_view text, const std::string& name,
                             std::string_view format) {
  auto chosen = Formats().Choose(name, text.substr(0, kSniffBytes), format);
  if (!chosen.ok()) return std::move(chosen).TakeStatus();
  WriteSet write(store);
  ClaimSink sink(write);
  FormatInput input(name, text);
  CAUSALKG_RETURN_IF_ERROR((*chosen)->read(input, sink));
  return sink.Commit();
}

Result<LoadSummary> LoadDocumentText(Store& store, std::string_view text, const std::string& name) {
  return LoadText(store, text, name, "json");
}

Status StageJsonLines(WriteSet& write, const std::string& path, const LoadOptions& options,
                      std::uint64_t bytes_before, std::uint64_t bytes_total,
                      std::uint64_t& claims) {
  const Format* lines = Formats().Find("jsonl");
  if (lines == nullptr) return Status::Internal("the JSON Lines format is not registered");
  ClaimSink sink(write);
  CAUSALKG_RETURN_IF_ERROR(ReadFile(*lines, path, sink, options, bytes_before, bytes_total));
  claims += sink.claims();
  return Status::Ok();
}

}  // namespace causalkg::kb
