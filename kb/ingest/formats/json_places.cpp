#include "kb/ingest/formats/json_places.hpp"

#include "kb/ingest/json_position.hpp"

namespace causalkg::kb::maps {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// A walk over JSON text known to be valid.
class Walker {
 public:
  explicit Walker(std::string_view text) : text_(text) {}

  std::size_t SkipBlanks(std::size_t at) const {
    while (at < text_.size() &&
           (text_[at] == ' ' || text_[at] == '\t' || text_[at] == '\n' || text_[at] == '\r')) {
      ++at;
    }
    return at;
  }

  // Past the string that opens at `at` (its quote).
  std::size_t SkipString(std::size_t at) const {
    for (++at; at < text_.size(); ++at) {
      if (text_[at] == '\\') {
        ++at;
      } else if (text_[at] == '"') {
        return at + 1;
      }
    }
    return text_.size();
  }

  // Past the value that starts at `at`. Nesting is counted, not recursed
  // into, so a value nested however deep costs no stack.
  std::size_t SkipValue(std::size_t at) const {
    std::size_t depth = 0;
    while (at < text_.size()) {
      const char c = text_[at];
      if (c == '"') {
        at = SkipString(at);
        if (depth == 0) return at;
        continue;
      }
      if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (depth == 0) return at;  // the end of the enclosing value
        if (--depth == 0) return at + 1;
      } else if (depth == 0 &&
                 (c == ',' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
        return at;  // the end of a number or literal
      }
      ++at;
    }
    return at;
  }

  // The members (key text with its quotes, value offset) or items (empty
  // key) of the object or array at `at`, each handed to `visit`.
  template <typename Visit>
  void ForEachChild(std::size_t at, Visit visit) const {
    if (at >= text_.size() || (text_[at] != '{' && text_[at] != '[')) return;
    const bool object = text_[at] == '{';
    std::size_t i = SkipBlanks(at + 1);
    while (i < text_.size() && text_[i] != '}' && text_[i] != ']') {
      std::string_view key;
      if (object) {
        const std::size_t key_end = SkipString(i);
        key = text_.substr(i + 1, key_end - i - 2);
        i = SkipBlanks(SkipBlanks(key_end) + 1);  // past the ':'
      }
      visit(key, i);
      i = SkipBlanks(SkipValue(i));
      if (i < text_.size() && text_[i] == ',') i = SkipBlanks(i + 1);
    }
  }

  char At(std::size_t at) const { return at < text_.size() ? text_[at] : '\0'; }

 private:
  std::string_view text_;
};

std::size_t StartOf(std::string_view text) {
  return text.substr(0, kByteOrderMark.size()) == kByteOrderMark ? kByteOrderMark.size() : 0;
}

}  // namespace

std::optional<std::size_t> ValueOffset(std::string_view text, const std::vector<JsonStep>& path) {
  const Walker walk(text);
  std::optional<std::size_t> at = walk.SkipBlanks(StartOf(text));
  for (const JsonStep& step : path) {
    std::optional<std::size_t> found;
    if (const auto* key = std::get_if<std::string_view>(&step)) {
      if (walk.At(*at) != '{') return std::nullopt;
      // Keys are compared as written: a key spelled with escapes is not
      // found, and the message goes without a line.
      walk.ForEachChild(*at, [&](std::string_view member, std::size_t value) {
        if (member == *key) found = value;
      });
    } else {
      if (walk.At(*at) != '[') return std::nullopt;
      std::size_t index = 0;
      const std::size_t wanted = std::get<std::size_t>(step);
      walk.ForEachChild(*at, [&](std::string_view, std::size_t value) {
        if (index++ == wanted) found = value;
      });
    }
    if (!found) return std::nullopt;
    at = found;
  }
  return at;
}

std::vector<std::size_t> ItemOffsets(std::string_view text, const std::vector<JsonStep>& path) {
  std::vector<std::size_t> items;
  const std::optional<std::size_t> array = ValueOffset(text, path);
  if (!array) return items;
  const Walker walk(text);
  if (walk.At(*array) != '[') return items;
  walk.ForEachChild(*array, [&](std::string_view, std::size_t value) { items.push_back(value); });
  return items;
}

Status AtOffset(Status status, const std::string& file, std::string_view text,
                std::optional<std::size_t> offset) {
  if (!offset) return std::move(status).InFile(file);
  // Lines and columns are counted without the byte order mark, as an
  // editor shows the file.
  const std::size_t start = StartOf(text);
  const std::string_view body = text.substr(start);
  const std::size_t at = *offset >= start ? *offset - start : 0;
  return std::move(status).InFile(file, LineOf(body, at), ColumnOf(body, at));
}

}  // namespace causalkg::kb::maps
