#include "kb/json_position.hpp"

#include <algorithm>
#include <string>

#include "engine/text_fold.hpp"

namespace causalkg::kb {

namespace {

std::size_t Clamp(std::string_view text, std::size_t offset) {
  // nlohmann reports one past the offending byte.
  return std::min(offset > 0 ? offset - 1 : 0, text.size());
}

}  // namespace

std::size_t LineOf(std::string_view text, std::size_t offset) {
  const std::size_t at = Clamp(text, offset);
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n'));
}

std::size_t ColumnOf(std::string_view text, std::size_t offset) {
  const std::size_t at = Clamp(text, offset);
  const std::size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
  const std::size_t start = (line_start == std::string_view::npos || at == 0) ? 0 : line_start + 1;
  return 1 + Utf8Length(text.substr(start, at - start));
}

Status MalformedJson(std::string_view text, const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing ..."
  if (auto colon = what.find(": ", what.find("parse error")); colon != std::string::npos) {
    what = what.substr(colon + 2);
  }
  if (what.rfind("syntax error while parsing ", 0) == 0) what = what.substr(27);
  return Status::Load("malformed JSON: " + what);
}

}  // namespace causalkg::kb
