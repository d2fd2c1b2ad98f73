// A file to read claims from: its bytes as given, checked to be UTF-8 text,
// and the readable view of them the sentence splitter works on
// (markup.hpp). Offsets into either are offsets into the file.
#pragma once

#include <string>
#include <string_view>

#include "engine/common/status.hpp"
#include "kb/extract/markup.hpp"

namespace causalkg::kb::extract {

struct SourceText {
  std::string name;   // the path as given, for messages and the candidates' `file`
  std::string bytes;  // the file, byte for byte
  std::string view;   // as long as `bytes`: markup blanked, wrapped lines joined
  TextFormat format = TextFormat::kPlain;
};

// The largest file extract reads: offsets are 32-bit in the sentence splitter.
inline constexpr std::size_t kMaxTextBytes = 0x7FFFFFF0;

// Refuses what is not UTF-8 text, with the byte offset (and line and column)
// of the first byte that says so: a NUL byte (a binary file) or a byte that
// does not begin a well-formed UTF-8 sequence. A UTF-8 byte order mark is
// allowed at the start.
Status CheckText(std::string_view bytes, const std::string& name);

// Reads and checks `path`; the format is FormatOf's.
Result<SourceText> ReadSourceText(const std::string& path);

// The same for text held in memory.
Result<SourceText> MakeSourceText(std::string bytes, const std::string& name, TextFormat format);

}  // namespace causalkg::kb::extract
