// Output for stdout that is published only when whole: written first to an
// unnamed temporary file, then copied out, so that a command failing half
// way never leaves half a document in a pipe.
#pragma once

#include <cstdio>
#include <ostream>
#include <streambuf>

namespace causalkg::cli {

class StagedStdout {
 public:
  StagedStdout();
  ~StagedStdout();
  StagedStdout(const StagedStdout&) = delete;
  StagedStdout& operator=(const StagedStdout&) = delete;

  // False when no temporary file could be made.
  bool ok() const { return file_ != nullptr; }
  // Where to write; only when ok().
  std::ostream& stream() { return stream_; }
  // Copies what was written to stdout; false when writing either failed.
  bool Publish();

 private:
  // A stream buffer that writes to the C stdio file.
  class FileBuffer : public std::streambuf {
   public:
    explicit FileBuffer(std::FILE* file) : file_(file) {}

   protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

   private:
    std::FILE* file_;
  };

  std::FILE* file_;
  FileBuffer buffer_;
  std::ostream stream_;
};

}  // namespace causalkg::cli
