// Status and Result<T>: how every fallible call in causalkg reports failure.
//
// Each stage has its own kind of error, printed with a fixed prefix
// ("Parse error:", "Name error:", "Load error:", "Storage error:", ...), then
// one sentence naming the thing, then an optional hint. A status may point
// into the statement text (offset) or into a file (file, line, column).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace causalkg {

enum class ErrorKind { kNone, kParse, kName, kQuery, kLoad, kStorage, kUsage, kInternal };

// What went wrong, for callers that act on it: a caller decides on the code,
// never on the message, which is for people and may be reworded. Most
// errors need no code of their own (kOther).
enum class StatusCode {
  kOther,
  kNotFound,   // a name, file or record that is not there
  kAmbiguous,  // a name that stands for several things
  kExists,     // something that was to be made is there already
  kInvalid,    // a value the store or the language cannot take as it is
  kLocked,     // the database is open for writing in another process
  kReadOnly,   // a write to a database this process opened read-only
  kCorrupt,    // stored data that cannot be read back as written
  kInternal,   // a fault of causalkg's own (every Internal error has it)
};

// The prefix printed before a message of this kind, e.g. "Load error".
const char* ErrorKindName(ErrorKind kind);

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(ErrorKind kind, std::string message, std::string hint = {}) {
    Status s;
    s.kind_ = kind;
    s.message_ = std::move(message);
    s.hint_ = std::move(hint);
    return s;
  }
  static Status Parse(std::string m, std::string h = {}) {
    return Error(ErrorKind::kParse, std::move(m), std::move(h));
  }
  static Status Name(std::string m, std::string h = {}) {
    return Error(ErrorKind::kName, std::move(m), std::move(h));
  }
  static Status Query(std::string m, std::string h = {}) {
    return Error(ErrorKind::kQuery, std::move(m), std::move(h));
  }
  static Status Load(std::string m, std::string h = {}) {
    return Error(ErrorKind::kLoad, std::move(m), std::move(h));
  }
  static Status Storage(std::string m, std::string h = {}) {
    return Error(ErrorKind::kStorage, std::move(m), std::move(h));
  }
  static Status Usage(std::string m, std::string h = {}) {
    return Error(ErrorKind::kUsage, std::move(m), std::move(h));
  }
  // A fault of causalkg's own (an exception it did not expect), said as such.
  static Status Internal(std::string m, std::string h = {}) {
    return Error(ErrorKind::kInternal, std::move(m), std::move(h)).WithCode(StatusCode::kInternal);
  }

  bool ok() const { return kind_ == ErrorKind::kNone; }
  ErrorKind kind() const { return kind_; }
  const std::string& message() const { return message_; }
  const std::string& hint() const { return hint_; }
  StatusCode code() const { return code_; }
  Status&& WithCode(StatusCode code) && {
    code_ = code;
    return std::move(*this);
  }

  // Where in the statement text the error is (a byte offset), if anywhere.
  const std::optional<std::size_t>& offset() const { return offset_; }
  Status&& AtOffset(std::size_t offset) && {
    offset_ = offset;
    return std::move(*this);
  }

  // Where in a file the error is: line and column are 1-based, 0 when unknown.
  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }
  std::size_t column() const { return column_; }
  Status&& InFile(std::string file, std::size_t line = 0, std::size_t column = 0) && {
    file_ = std::move(file);
    line_ = line;
    column_ = column;
    return std::move(*this);
  }

  // "Load error: claims.json, line 3, column 7: expected ..." (no hint).
  std::string ToString() const;

 private:
  ErrorKind kind_ = ErrorKind::kNone;
  StatusCode code_ = StatusCode::kOther;
  std::string message_;
  std::string hint_;
  std::optional<std::size_t> offset_;
  std::string file_;
  std::size_t line_ = 0;
  std::size_t column_ = 0;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : value_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(value_); }
  const Status& status() const { return std::get<Status>(value_); }
  Status TakeStatus() && { return std::get<Status>(std::move(value_)); }
  T& value() & { return std::get<T>(value_); }
  const T& value() const& { return std::get<T>(value_); }
  T&& value() && { return std::get<T>(std::move(value_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::variant<T, Status> value_;
};

}  // namespace causalkg

// Return early with the status of a failed call.
#define CAUSALKG_RETURN_IF_ERROR(expr)   \
  do {                                   \
    ::causalkg::Status status_ = (expr); \
    if (!status_.ok()) return status_;   \
  } while (false)
