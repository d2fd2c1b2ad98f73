#include "engine/common/status.hpp"

namespace causalkg {

const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kNone:
      return "OK";
    case ErrorKind::kParse:
      return "Parse error";
    case ErrorKind::kName:
      return "Name error";
    case ErrorKind::kQuery:
      return "Query error";
    case ErrorKind::kLoad:
      return "Load error";
    case ErrorKind::kStorage:
      return "Storage error";
    case ErrorKind::kUsage:
      return "Usage error";
    case ErrorKind::kInternal:
      return "Internal error";
  }
  return "Error";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out = ErrorKindName(kind_);
  out += ": ";
  if (!file_.empty()) {
    out += file_;
    if (line_ > 0) out += ", line " + std::to_string(line_);
    if (column_ > 0) out += ", column " + std::to_string(column_);
    out += ": ";
  }
  out += message_;
  return out;
}

}  // namespace causalkg
