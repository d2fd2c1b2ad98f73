#include "cli/staged_stdout.hpp"

#include <iostream>

namespace causalkg::cli {

StagedStdout::StagedStdout() : file_(std::tmpfile()), buffer_(file_), stream_(&buffer_) {}

StagedStdout::~StagedStdout() {
  if (file_ != nullptr) std::fclose(file_);
}

bool StagedStdout::Publish() {
  stream_.flush();
  if (!stream_ || std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) return false;
  std::cout.flush();
  char block[1 << 16];
  for (std::size_t n; (n = std::fread(block, 1, sizeof block, file_)) > 0;) {
    if (std::fwrite(block, 1, n, stdout) != n) return false;
  }
  return !std::ferror(file_) && std::fflush(stdout) == 0;
}

StagedStdout::FileBuffer::int_type StagedStdout::FileBuffer::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  return std::fputc(c, file_) == EOF ? traits_type::eof() : c;
}

std::streamsize StagedStdout::FileBuffer::xsputn(const char* s, std::streamsize n) {
  return static_cast<std::streamsize>(std::fwrite(s, 1, static_cast<std::size_t>(n), file_));
}

int StagedStdout::FileBuffer::sync() { return std::fflush(file_) == 0 ? 0 : -1; }

}  // namespace causalkg::cli
