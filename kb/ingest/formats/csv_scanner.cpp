#include "kb/ingest/formats/csv_scanner.hpp"

#include <algorithm>
#include <cstring>

#include "engine/common/text_fold.hpp"
#include "engine/storage/field_rules.hpp"

namespace causalkg::kb::csv {

namespace {

constexpr std::size_t kBlockBytes = 4 << 20;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

// The UTF-8 character that starts at `p` (a byte, when it is no valid start).
std::string_view CharAt(const char* p, const char* end) {
  const auto lead = static_cast<unsigned char>(*p);
  const std::size_t length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return {p, std::min<std::size_t>(length, static_cast<std::size_t>(end - p))};
}

}  // namespace

Scanner::Scanner(std::istream& in, std::string file, char delimiter)
    : in_(in), file_(std::move(file)), buffer_(kBlockBytes) {
  SetDelimiter(delimiter);
  record_ = next_ = end_ = buffer_.data();
}

void Scanner::SetDelimiter(char delimiter) {
  delimiter_ = delimiter;
  std::fill(std::begin(special_), std::end(special_), false);
  special_[static_cast<unsigned char>(delimiter)] = true;
  special_[static_cast<unsigned char>('\n')] = true;
  // A quote inside a field that does not start with one is refused in CSV,
  // as RFC 4180 has it, and kept in TSV, whose writers often leave quotes
  // as they are.
  special_[static_cast<unsigned char>('"')] = delimiter != '\t';
}

Result<std::string_view> Scanner::Head() {
  if (!started_) CAUSALKG_RETURN_IF_ERROR(Refill());
  return std::string_view(next_, static_cast<std::size_t>(end_ - next_));
}

std::string Scanner::DelimiterName(char delimiter) {
  if (delimiter == '\t') return "a tab";
  return std::string("'") + delimiter + "'";
}

Status Scanner::Refill() {
  // Keep the unread bytes: a record cut by the end of the block.
  const std::size_t kept = static_cast<std::size_t>(end_ - next_);
  base_ += static_cast<std::size_t>(next_ - buffer_.data());
  std::memmove(buffer_.data(), next_, kept);
  if (kept == buffer_.size()) buffer_.resize(buffer_.size() * 2);  // one record fills the block
  char* fill = buffer_.data() + kept;
  in_.read(fill, static_cast<std::streamsize>(buffer_.size() - kept));
  if (in_.bad()) {
    return Status::Load("reading the file failed after line " + std::to_string(next_line_ - 1))
        .InFile(file_);
  }
  const auto got = static_cast<std::size_t>(in_.gcount());
  eof_ = got < buffer_.size() - kept;
  record_ = next_ = buffer_.data();
  end_ = fill + got;
  if (!started_) {
    started_ = true;
    if (std::string_view(next_, end_ - next_).substr(0, kByteOrderMark.size()) == kByteOrderMark) {
      next_ += kByteOrderMark.size();
    }
  }
  return Status::Ok();
}

Result<bool> Scanner::Next(std::vector<std::string_view>& fields) {
  for (;;) {
    if (next_ == end_) {
      if (eof_) return false;
      CAUSALKG_RETURN_IF_ERROR(Refill());
      continue;
    }
    record_ = next_;
    line_ = next_line_;
    Status error;
    const Scan scan = ScanRecord(error);
    if (scan == Scan::kError) return error;
    if (scan == Scan::kNeedMore) {
      CAUSALKG_RETURN_IF_ERROR(Refill());
      continue;
    }
    if (spans_.size() == 1 && spans_[0].start == spans_[0].begin &&
        IsBlank({spans_[0].begin, static_cast<std::size_t>(spans_[0].end - spans_[0].begin)})) {
      continue;  // a blank line
    }
    fields.clear();
    unquoted_.clear();
    bool reserved = false;
    for (const Span& span : spans_) {
      std::string_view text(span.begin, static_cast<std::size_t>(span.end - span.begin));
      if (span.doubled_quotes) {
        // Views into unquoted_ must not move: room for the whole record first.
        if (!reserved) unquoted_.reserve(static_cast<std::size_t>(record_end_ - record_));
        reserved = true;
        const std::size_t from = unquoted_.size();
        for (std::size_t i = 0; i < text.size(); ++i) {
          unquoted_ += text[i];
          if (text[i] == '"') ++i;  // the second quote of a pair
        }
        text = std::string_view(unquoted_).substr(from);
      }
      fields.push_back(text);
    }
    return true;
  }
}

Scanner::Scan Scanner::ScanRecord(Status& error) {
  spans_.clear();
  const char* p = record_;
  std::size_t line_breaks = 0;  // inside quoted fields
  for (;;) {
    // Blanks before an opening quote, and after the closing one, are let
    // be: hand-written tables put a space after each comma.
    const char* first = p;
    while (first < end_ && *first == ' ') ++first;
    if (first == end_ && !eof_) return Scan::kNeedMore;
    if (first < end_ && *first == '"') {
      const char* opening = first;
      const char* q = opening + 1;
      bool doubled = false;
      const char* closing = nullptr;
      while (closing == nullptr) {
        const auto* r = static_cast<const char*>(std::memchr(q, '"', end_ - q));
        if (r == nullptr) {
          if (!eof_) return Scan::kNeedMore;
          error =
              ErrorAt(opening, "a quoted field is never closed: no quote after this one ends it",
                      "end the field with a quote, and write each quote inside it twice (\"\")");
          return Scan::kError;
        }
        if (r + 1 == end_ && !eof_) return Scan::kNeedMore;  // "" or the end of the field?
        if (r + 1 < end_ && r[1] == '"') {
          doubled = true;
          q = r + 2;
          continue;
        }
        closing = r;
      }
      line_breaks += static_cast<std::size_t>(std::count(opening, closing, '\n'));
      spans_.push_back({opening, opening + 1, closing, doubled});
      p = closing + 1;
      while (p < end_ && *p == ' ') ++p;
      if (p == end_ && !eof_) return Scan::kNeedMore;
      if (p == end_) {  // the end of the file
        record_end_ = p;
        break;
      }
      if (*p == delimiter_) {
        ++p;
        continue;
      }
      if (*p == '\n' || (*p == '\r' && p + 1 < end_ && p[1] == '\n')) {
        record_end_ = p;
        p += *p == '\r' ? 2 : 1;
        break;
      }
      if (*p == '\r' && p + 1 == end_) {
        if (!eof_) return Scan::kNeedMore;
        record_end_ = p;
        p = end_;
        break;
      }
      error = ErrorAt(p,
                      "text after a closing quote: expected " + DelimiterName(delimiter_) +
                          " or the end of the line, not " + fields::Excerpt(CharAt(p, end_)),
                      "put the whole field in quotes, and write each quote inside it twice (\"\")");
      return Scan::kError;
    }
    const char* q = p;
    while (q < end_ && !special_[static_cast<unsigned char>(*q)]) ++q;
    if (q == end_) {
      if (!eof_) return Scan::kNeedMore;
      spans_.push_back({p, p, q, false});
      record_end_ = q;
      p = q;
      break;
    }
    if (*q == '"') {
      error = ErrorAt(q, "a quote inside a field that does not start with one",
                      "put the whole field in quotes, and write each quote inside it twice (\"\")");
      return Scan::kError;
    }
    if (*q == delimiter_) {
      spans_.push_back({p, p, q, false});
      p = q + 1;
      continue;
    }
    const char* text_end = (q > p && q[-1] == '\r') ? q - 1 : q;  // CRLF
    spans_.push_back({p, p, text_end, false});
    record_end_ = text_end;
    p = q + 1;
    break;
  }
  next_ = p;
  // The record's own line break, when it has one, starts the next line.
  const bool broken = p > record_ && p[-1] == '\n';
  next_line_ = line_ + line_breaks + (broken ? 1 : 0);
  return Scan::kRecord;
}

Place Scanner::Where(const char* at) const {
  Place place{line_, 0};
  const char* line_start = record_;
  for (const char* c = record_; c < at; ++c) {
    if (*c == '\n') {
      ++place.line;
      line_start = c + 1;
    }
  }
  place.column = Utf8Length({line_start, static_cast<std::size_t>(at - line_start)}) + 1;
  return place;
}

Place Scanner::FieldPlace(std::size_t index) const {
  return index < spans_.size() ? Where(spans_[index].start) : EndPlace();
}

Place Scanner::EndPlace() const { return Where(record_end_); }

Status Scanner::ErrorAt(const char* at, std::string message, std::string hint) const {
  const Place place = Where(at);
  return Status::Load(std::move(message), std::move(hint)).InFile(file_, place.line, place.column);
}

}  // namespace causalkg::kb::csv
