#include "kb/ingest/fast_claim.hpp"

#include <simdjson.h>

#include <charconv>

namespace causalkg::kb {

struct FastClaimReader::Parser {
  simdjson::ondemand::parser parser;
};

FastClaimReader::FastClaimReader() : parser_(std::make_unique<Parser>()) {}
FastClaimReader::~FastClaimReader() = default;

namespace {

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether `value` is exactly null, read from its text (which simdjson ends
// at the next token, spaces included). Not simdjson's is_null(): its result
// converts to bool by throwing on what is no value at all (`"quote":
// n"x"`), and taking its error code instead slowed the reader by a third.
// `value` is taken by value, as everywhere here: taking its address keeps
// the compiler from passing it in registers, which costs as much.
bool IsNull(simdjson::ondemand::value value) {
  const std::string_view token = value.raw_json_token();
  return token.substr(0, 4) == "null" && (token.size() == 4 || IsJsonSpace(token[4]));
}

// A string field: a non-empty string when `required`, else a string or
// null (null clears an earlier value of a repeated key, as in the general
// reader, where the last one counts). False for anything else. What the
// string may hold is the write's to check (engine/storage/field_rules.hpp), as for
// every other reader.
bool ReadString(simdjson::ondemand::value value, bool required, std::string_view& out) {
  if (value.get_string().get(out) == simdjson::SUCCESS) return !(required && out.empty());
  // A value of another type is still there to be read as one.
  if (required || !IsNull(value)) return false;
  out = {};
  return true;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Whether `token` is exactly a JSON number, and whether it is an integer
// (no fraction, no exponent).
bool IsJsonNumber(std::string_view token, bool& integer) {
  std::size_t i = 0;
  const std::size_t n = token.size();
  if (i < n && token[i] == '-') ++i;
  if (i < n && token[i] == '0') {
    ++i;
  } else {
    if (i >= n || !IsDigit(token[i])) return false;
    while (i < n && IsDigit(token[i])) ++i;
  }
  integer = true;
  if (i < n && token[i] == '.') {
    integer = false;
    ++i;
    if (i >= n || !IsDigit(token[i])) return false;
    while (i < n && IsDigit(token[i])) ++i;
  }
  if (i < n && (token[i] == 'e' || token[i] == 'E')) {
    integer = false;
    ++i;
    if (i < n && (token[i] == '+' || token[i] == '-')) ++i;
    if (i >= n || !IsDigit(token[i])) return false;
    while (i < n && IsDigit(token[i])) ++i;
  }
  return i == n;
}

// A number read from its text, rounded correctly, so that it is the double
// the general reader makes of the same text. simdjson's own get_double (3.0)
// goes wrong past 19 significant digits. False for a number out of range,
// over- or underflowing: the general reader decides those.
bool ReadNumber(simdjson::ondemand::value value, double& out) {
  std::string_view token = value.raw_json_token();
  while (!token.empty() && IsJsonSpace(token.back())) token.remove_suffix(1);
  bool integer = false;
  if (!IsJsonNumber(token, integer)) return false;
  const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), out);
  if (error != std::errc() || end != token.data() + token.size()) return false;
  // The general reader holds an integer as one, and -0 as the integer 0.
  if (integer && out == 0) out = 0.0;
  return true;
}

}  // namespace

bool FastClaimReader::Read(std::string& line, FastClaimFields& fields) {
  fields = FastClaimFields{};
  const auto first = line.find_first_not_of(" \t\r"), last = line.find_last_not_of(" \t\r");
  if (first == std::string::npos || line[first] != '{' || line[last] != '}') return false;
  line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  simdjson::padded_string_view padded(line.data(), line.size(), line.capacity());
  simdjson::ondemand::document document;
  if (parser_->parser.iterate(padded).get(document) != simdjson::SUCCESS) return false;
  simdjson::ondemand::object object;
  if (document.get_object().get(object) != simdjson::SUCCESS) return false;
  for (auto field : object) {
    std::string_view key;
    if (field.unescaped_key().get(key) != simdjson::SUCCESS) return false;
    simdjson::ondemand::value value;
    if (field.value().get(value) != simdjson::SUCCESS) return false;
    bool ok = true;
    if (key == "subject")
      ok = ReadString(value, true, fields.subject);
    else if (key == "relation")
      ok = ReadString(value, true, fields.relation);
    else if (key == "object")
      ok = ReadString(value, true, fields.object);
    else if (key == "source")
      ok = ReadString(value, false, fields.source);
    else if (key == "quote")
      ok = ReadString(value, false, fields.quote);
    else if (key == "modality")
      ok = ReadString(value, false, fields.modality);
    else if (key == "confidence") {
      double c = 0;
      if (ReadNumber(value, c)) {
        ok = c >= 0.0 && c <= 1.0;
        fields.confidence = c;
      } else if (IsNull(value)) {
        fields.confidence.reset();
      } else {
        return false;
      }
    } else {
      return false;  // unknown keys go to the general reader, which checks all of the line
    }
    if (!ok) return false;
  }
  // Past the object there must be nothing: the document has no location left.
  if (document.current_location().error() != simdjson::OUT_OF_BOUNDS) return false;
  return !fields.subject.empty() && !fields.relation.empty() && !fields.object.empty();
}

}  // namespace causalkg::kb
