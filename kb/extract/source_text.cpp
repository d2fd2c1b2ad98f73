#include "kb/extract/source_text.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "engine/common/text_fold.hpp"
#include "engine/common/utf8.hpp"

namespace causalkg::kb::extract {

namespace {

// Line and column (1-based, the column in characters) of byte `offset`.
std::pair<std::size_t, std::size_t> LineAndColumn(std::string_view bytes, std::size_t offset) {
  std::size_t line = 1, line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, Utf8Length(bytes.substr(line_start, offset - line_start)) + 1};
}

std::string Hex(unsigned char byte) {
  char out[8];
  std::snprintf(out, sizeof out, "0x%02X", byte);
  return out;
}

}  // namespace

Status CheckText(std::string_view bytes, const std::string& name) {
  std::size_t i = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const std::size_t n = bytes.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x01 && c < 0x80) {
      ++i;
      continue;
    }
    if (c == 0) {
      auto [line, column] = LineAndColumn(bytes, i);
      return Status::Load("a NUL byte at byte offset " + std::to_string(i) +
                              ": this is a binary file, not text",
                          "extract reads UTF-8 text (plain, Markdown or HTML); convert other "
                          "documents to text first (for a PDF: pdftotext FILE)")
          .InFile(name, line, column)
          .WithCode(StatusCode::kInvalid);
    }
    const std::size_t length = Utf8SequenceLength(bytes, i);
    if (length == 0) {
      auto [line, column] = LineAndColumn(bytes, i);
      return Status::Load("byte " + Hex(c) + " at byte offset " + std::to_string(i) +
                              " is not UTF-8: the file is not UTF-8 text",
                          "convert it to UTF-8 first (for Latin-1: iconv -f latin1 -t utf-8 FILE)")
          .InFile(name, line, column)
          .WithCode(StatusCode::kInvalid);
    }
    i += length;
  }
  return Status::Ok();
}

Result<SourceText> MakeSourceText(std::string bytes, const std::string& name, TextFormat format) {
  if (bytes.size() > kMaxTextBytes) {
    return Status::Load("the file is larger than 2 GB, more than extract reads at once",
                        "split it into parts and extract each")
        .InFile(name);
  }
  CAUSALKG_RETURN_IF_ERROR(CheckText(bytes, name));
  SourceText text;
  text.name = name;
  text.format = format;
  text.view = ReadableView(bytes, format);
  text.bytes = std::move(bytes);
  return text;
}

Result<SourceText> ReadSourceText(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::Load("this is a folder, not a file", "name the text files in it").InFile(path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::Load("cannot open the file", "check its name and that it can be read")
        .InFile(path)
        .WithCode(StatusCode::kNotFound);
  }
  std::string bytes;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > kMaxTextBytes) break;
  }
  if (in.bad()) return Status::Load("cannot read the file").InFile(path);
  const TextFormat format = FormatOf(path, bytes);
  return MakeSourceText(std::move(bytes), path, format);
}

}  // namespace causalkg::kb::extract
