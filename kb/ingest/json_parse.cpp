#include "kb/ingest/json_parse.hpp"

#include <algorithm>
#include <vector>

#include "kb/ingest/json_position.hpp"

namespace causalkg::kb {

using nlohmann::json;

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr int kNumberOverflow = 406;  // nlohmann's out_of_range id for it

// Builds the value as nlohmann's own DOM parser does (a repeated key keeps
// its last value), but refuses to open a level past `max_depth`, and keeps
// the first error instead of throwing it.
class BoundedDomBuilder {
 public:
  BoundedDomBuilder(json& root, std::size_t max_depth) : root_(root), max_depth_(max_depth) {}

  bool null() { return Put(nullptr) != nullptr; }
  bool boolean(bool value) { return Put(value) != nullptr; }
  bool number_integer(json::number_integer_t value) { return Put(value) != nullptr; }
  bool number_unsigned(json::number_unsigned_t value) { return Put(value) != nullptr; }
  bool number_float(json::number_float_t value, const json::string_t&) {
    return Put(value) != nullptr;
  }
  bool string(json::string_t& value) { return Put(std::move(value)) != nullptr; }
  bool binary(json::binary_t& value) { return Put(json::binary(std::move(value))) != nullptr; }
  bool start_object(std::size_t) { return Open(json::value_t::object); }
  bool key(json::string_t& key) {
    slot_ = &(*open_.back())[key];
    return true;
  }
  bool end_object() { return Close(); }
  bool start_array(std::size_t) { return Open(json::value_t::array); }
  bool end_array() { return Close(); }
  bool parse_error(std::size_t position, const std::string& last_token, const json::exception& e) {
    error_position_ = position;
    error_token_ = last_token;
    error_id_ = e.id;
    error_what_ = e.what();
    return false;
  }

  bool too_deep() const { return too_deep_; }
  std::size_t deepest() const { return deepest_; }
  std::size_t error_position() const { return error_position_; }
  const std::string& error_token() const { return error_token_; }
  int error_id() const { return error_id_; }
  const std::string& error_what() const { return error_what_; }

 private:
  // Places `value` where the parser is (the root, the end of the open array,
  // or the slot of the last key) and returns where it went.
  json* Put(json&& value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    *slot_ = std::move(value);
    return slot_;
  }
  bool Open(json::value_t type) {
    if (open_.size() >= max_depth_) {
      too_deep_ = true;
      return false;
    }
    open_.push_back(Put(json(type)));
    deepest_ = std::max(deepest_, open_.size());
    return true;
  }
  bool Close() {
    open_.pop_back();
    return true;
  }

  json& root_;
  const std::size_t max_depth_;
  std::vector<json*> open_;  // the arrays and objects not yet closed, outermost first
  json* slot_ = nullptr;
  bool too_deep_ = false;
  std::size_t deepest_ = 0;
  std::size_t error_position_ = 0;
  std::string error_token_;
  int error_id_ = 0;
  std::string error_what_;
};

// The offset of the bracket that opens nesting level `level` in `text`,
// which is valid JSON up to there.
std::size_t OpeningOfLevel(std::string_view text, std::size_t level) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth == level) return i;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return text.size();
}

// A token as quoted in a message: a number of a megabyte shows its start.
std::string Shortened(std::string_view token) {
  constexpr std::size_t kShown = 40;
  if (token.size() <= kShown) return std::string(token);
  return std::string(token.substr(0, kShown)) + "...";
}

std::string TooDeepMessage(std::size_t max_depth) {
  return "JSON nested too deeply: more than " + std::to_string(max_depth) +
         " levels of arrays and objects (a claim, node, relation or source may hold " +
         std::to_string(kMaxItemDepth) + ", counting itself)";
}

// `status` placed at byte `offset` of `text`, which starts on line
// `first_line` of `file`.
Status At(Status status, std::string_view text, std::size_t offset, const std::string& file,
          std::size_t first_line) {
  return std::move(status).InFile(file, first_line + LineOf(text, offset) - 1,
                                  ColumnOf(text, offset));
}

}  // namespace

Status ParseJson(std::string_view text, const std::string& file, std::size_t first_line,
                 const JsonTextOptions& options, json& out, std::size_t* depth) {
  const std::size_t skipped =
      options.allow_bom && text.substr(0, kByteOrderMark.size()) == kByteOrderMark
          ? kByteOrderMark.size()
          : 0;
  const std::string_view body = text.substr(skipped);
  // Columns are counted without the byte order mark, as an editor shows it.
  auto fail = [&](std::size_t offset, std::string message) {
    out = nullptr;
    return At(Status::Load(std::move(message)), body, offset, file, first_line);
  };
  // nlohmann skips a byte order mark wherever its input starts, which for a
  // line of JSON Lines is not the start of a file.
  if (body.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    return fail(0, "malformed JSON: a byte order mark may only begin a file");
  }

  BoundedDomBuilder builder(out, options.max_depth);
  const bool parsed = json::sax_parse(body.begin(), body.end(), &builder);

  std::size_t offset = 0;
  std::string message;
  if (parsed) {
    offset = body.size();
  } else if (builder.too_deep()) {
    offset = OpeningOfLevel(body, options.max_depth + 1);
    message = TooDeepMessage(options.max_depth);
  } else if (builder.error_id() == kNumberOverflow) {
    // The parser stopped just past the number.
    offset =
        builder.error_position() - std::min(builder.error_position(), builder.error_token().size());
    message = "number out of range: " + Shortened(builder.error_token()) +
              " does not fit in a double, whose largest magnitude is about 1.8e308";
  } else {
    offset = TokenStart(body, builder.error_position(), builder.error_what());
    message = DescribeParseError(builder.error_what());
  }
  // nlohmann reads a NUL byte as the end of its input: one at or before where
  // it stopped is the real problem, whatever follows it unread.
  if (const std::size_t nul = body.find('\0'); nul != std::string_view::npos && nul <= offset) {
    return fail(nul, parsed
                         ? "malformed JSON: unexpected NUL byte after the JSON value"
                         : "malformed JSON: unexpected NUL byte (a string writes it as \\u0000)");
  }
  if (!parsed) return fail(offset, std::move(message));
  if (depth != nullptr) *depth = builder.deepest();
  return Status::Ok();
}

Status NestedTooDeeply(std::string_view text, const std::string& file, std::size_t first_line,
                       std::size_t max_depth) {
  return At(Status::Load(TooDeepMessage(max_depth)), text, OpeningOfLevel(text, max_depth + 1),
            file, first_line);
}

}  // namespace causalkg::kb
