// The records of delimited text (CSV, TSV) as RFC 4180 writes them: fields
// split by a delimiter, records by a line break (LF or CRLF), a field in
// double quotes holding delimiters, line breaks and doubled quotes (""). In
// a field split by tabs that does not start with a quote, a quote is text.
//
// Built for files of millions of rows: the scanner reads a stream in large
// blocks into one buffer and gives each record's fields as views into it, so
// a row costs no allocation. A field with doubled quotes is undoubled into a
// scratch buffer that is reused. The views live until the next call.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/common/status.hpp"

namespace causalkg::kb::csv {

// Where something is in the file: 1-based line, and column in characters.
struct Place {
  std::size_t line = 0;
  std::size_t column = 0;
};

class Scanner {
 public:
  // Reads `in`, from its current position, as records of fields split by
  // `delimiter`; `file` names it in errors. A byte order mark at its start
  // is skipped; columns are counted without it.
  Scanner(std::istream& in, std::string file, char delimiter);

  // The first bytes of the input (a block of them, or all of a smaller
  // input), to choose the delimiter by; read before the first Next().
  Result<std::string_view> Head();
  void SetDelimiter(char delimiter);
  char delimiter() const { return delimiter_; }

  // The next record that is not a blank line into `fields` (cleared
  // first); false at the end of the input. An error names the line and
  // column: a quote never closed, text after a closing quote, a quote
  // inside a field that is not quoted, or a failed read.
  Result<bool> Next(std::vector<std::string_view>& fields);

  // The line the record last read starts on.
  std::size_t line() const { return line_; }
  // Where field `index` of the record last read starts (its opening quote,
  // when quoted), and where the record ends (just past its last character,
  // before the line break). Worked out when asked, since only messages
  // need them; valid until the next Next().
  Place FieldPlace(std::size_t index) const;
  Place EndPlace() const;

  // Bytes of the input consumed so far, for progress.
  std::size_t bytes_read() const {
    return base_ + static_cast<std::size_t>(next_ - buffer_.data());
  }

  // ',' as "','", a tab as "a tab": for messages.
  static std::string DelimiterName(char delimiter);

 private:
  enum class Scan { kRecord, kNeedMore, kError };
  struct Span {
    const char* start;  // the opening quote of a quoted field
    const char* begin;
    const char* end;
    bool doubled_quotes;
  };

  Scan ScanRecord(Status& error);
  Status Refill();
  Status ErrorAt(const char* at, std::string message, std::string hint = {}) const;
  Place Where(const char* at) const;

  std::istream& in_;
  std::string file_;
  char delimiter_;
  bool special_[256] = {};  // bytes that end an unquoted field's run
  std::vector<char> buffer_;
  const char* record_ = nullptr;      // start of the record being read
  const char* next_ = nullptr;        // start of the record after it
  const char* end_ = nullptr;         // end of the bytes in the buffer
  const char* record_end_ = nullptr;  // end of the last record's text, before its line break
  bool eof_ = false;
  bool started_ = false;
  std::vector<Span> spans_;
  std::string unquoted_;       // doubled quotes undoubled, for the record last read
  std::size_t line_ = 0;       // the line the record last read starts on
  std::size_t next_line_ = 1;  // the line the next record starts on
  std::size_t base_ = 0;       // bytes of the input before the buffer's first
};

}  // namespace causalkg::kb::csv
