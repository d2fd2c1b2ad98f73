// The formats causalkg reads claims from, and how a file's format is chosen.
//
// A format is a name (as `causalkg load --format NAME` gives it), the file
// extensions it owns, a sniff that says how well the first bytes of a file
// fit it, and a reader that turns the input into records for a ClaimSink.
// The formats causalkg knows are listed once, in kb/ingest/formats.cpp;
// adding one is its reader file and a line there (see kb/README.md).
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "kb/ingest/claim_sink.hpp"

namespace causalkg::kb {

// How well the first bytes of a file fit a format.
enum class SniffScore : std::uint8_t {
  kNo,       // they cannot be this format
  kWeak,     // they could be, as they could be others
  kStrong,   // they look like it
  kCertain,  // they say so (a marker, a shape only this format has)
};

// What a reader reads: a file as a stream, or text already in memory.
class FormatInput {
 public:
  using Progress = std::function<void(std::uint64_t bytes_read)>;

  // A file open in `in`, read from its start; `progress`, when given, is
  // told now and then how much of it has been read.
  FormatInput(std::string name, std::istream& in, Progress progress = {});
  // Text in memory, under `name`.
  FormatInput(std::string name, std::string_view text);
  ~FormatInput();
  FormatInput(const FormatInput&) = delete;
  FormatInput& operator=(const FormatInput&) = delete;

  // The file as the user named it; every message of a reader names it.
  const std::string& name() const { return name_; }
  // The input from its first byte.
  std::istream& stream() { return *in_; }
  // All of it at once, for formats that are read whole: a file is read into
  // memory; text in memory is not copied.
  Result<std::string_view> Whole();
  void ReportProgress(std::uint64_t bytes_read) const {
    if (progress_) progress_(bytes_read);
  }

 private:
  class TextBuffer;
  std::string name_;
  std::unique_ptr<TextBuffer> text_buffer_;  // for text in memory
  std::unique_ptr<std::istream> text_stream_;
  std::istream* in_;
  Progress progress_;
  std::string whole_;
  std::string_view text_;
  bool in_memory_ = false;
};

struct Format {
  std::string name;                     // "jsonl": lower case, as --format gives it
  std::string description;              // "JSON Lines, one claim or declaration a line"
  std::vector<std::string> extensions;  // ".jsonl", ".ndjson": lower case, with the dot
  // How well `head`, the first bytes of a file (up to kSniffBytes, all of
  // a smaller file), fit this format.
  std::function<SniffScore(std::string_view head)> sniff;
  // Reads all of `input` into `sink`. An error names the input and, when
  // it can, the line and column.
  std::function<Status(FormatInput& input, ClaimSink& sink)> read;
};

// How many bytes of a file its sniff sees.
inline constexpr std::size_t kSniffBytes = 64 * 1024;

class FormatRegistry {
 public:
  // Adds `format`; an error when its name is taken (the registry is kept).
  Status Add(Format format);

  // The format named `name` (case-insensitive), or nullptr.
  const Format* Find(std::string_view name) const;

  // The format of the file `path` whose first bytes are `head`: the one
  // named `name` when it is not empty, else the one that owns the file's
  // extension, else the one whose sniff fits `head` best. Several owning
  // the extension are told apart by their sniffs; when none of them fits,
  // the first registered reads it. A Load error (code kNotFound or
  // kAmbiguous) that lists the known formats when none or more than one
  // fits.
  Result<const Format*> Choose(std::string_view path, std::string_view head,
                               std::string_view name = {}) const;

  // "json (.json), jsonl (.jsonl, .ndjson)": the formats, as messages list them.
  std::string Describe() const;

  const std::vector<Format>& formats() const { return formats_; }

 private:
  std::vector<Format> formats_;
};

// The formats causalkg reads (kb/ingest/formats.cpp).
const FormatRegistry& Formats();

}  // namespace causalkg::kb
