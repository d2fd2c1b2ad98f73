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

// An optional number: a number, or null for none. False for anything else.
bool ReadOptionalNumber(simdjson::ondemand::value value, std::optional<double>& out) {
  double number = 0;
  if (ReadNumber(value, number)) {
    out = number;
    return true;
  }
  if (!IsNull(value)) return false;
  out.reset();
  return true;
}

// "page": a string, a number (a page number) or null.
bool ReadPage(simdjson::ondemand::value value, EvidenceRecord& evidence) {
  evidence.page = {};
  evidence.page_number.reset();
  if (value.get_string().get(evidence.page) == simdjson::SUCCESS) return true;
  return ReadOptionalNumber(value, evidence.page_number);
}

// "attributes": an object of numbers and strings, or null. The last
// "attributes" of a line counts, whole, as in the general reader.
bool ReadAttributes(simdjson::ondemand::value value, std::vector<AttributeRecord>& out) {
  out.clear();
  simdjson::ondemand::object object;
  if (value.get_object().get(object) != simdjson::SUCCESS) return IsNull(value);
  for (auto field : object) {
    AttributeRecord attribute;
    simdjson::ondemand::value item;
    if (field.unescaped_key().get(attribute.name) != simdjson::SUCCESS ||
        field.value().get(item) != simdjson::SUCCESS)
      return false;
    double number = 0;
    if (item.get_string().get(attribute.text) == simdjson::SUCCESS) {
      out.push_back(attribute);
    } else if (ReadNumber(item, number)) {
      attribute.number = number;
      out.push_back(attribute);
    } else {
      return false;  // the general reader words what the value is
    }
  }
  return true;
}

// The fields of a piece of evidence past the commonest four; false for a
// key that is none of them.
bool ReadDetail(std::string_view key, simdjson::ondemand::value value, FastClaimFields& fields,
                bool& ok) {
  EvidenceRecord& e = fields.evidence;
  if (key == "start")
    ok = ReadOptionalNumber(value, e.start);
  else if (key == "end")
    ok = ReadOptionalNumber(value, e.end);
  else if (key == "page")
    ok = ReadPage(value, e);
  else if (key == "section")
    ok = ReadString(value, false, e.section);
  else if (key == "url")
    ok = ReadString(value, false, e.url);
  else if (key == "origin")
    ok = ReadString(value, false, e.origin);
  else if (key == "tool")
    ok = ReadString(value, false, e.tool);
  else if (key == "stance")
    ok = ReadString(value, false, e.stance);
  else if (key == "attributes")
    ok = ReadAttributes(value, fields.attributes);
  else
    return false;
  return true;
}

}  // namespace

std::size_t FastClaimReader::Padding() { return simdjson::SIMDJSON_PADDING; }

bool FastClaimReader::Read(std::string& line, FastClaimFields& fields) {
  line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  return Read(std::string_view(line), line.capacity(), fields);
}

bool FastClaimReader::Read(std::string_view line, std::size_t readable, FastClaimFields& fields) {
  fields.subject = fields.relation = fields.object = {};
  fields.evidence = EvidenceRecord{};
  fields.attributes.clear();
  const auto first = line.find_first_not_of(" \t\r"), last = line.find_last_not_of(" \t\r");
  if (first == std::string::npos || line[first] != '{' || line[last] != '}') return false;
  if (readable < line.size() + simdjson::SIMDJSON_PADDING) return false;
  simdjson::padded_string_view padded(line.data(), line.size(), readable);
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
      ok = ReadString(value, false, fields.evidence.source);
    else if (key == "quote")
      ok = ReadString(value, false, fields.evidence.quote);
    else if (key == "modality")
      ok = ReadString(value, false, fields.evidence.modality);
    else if (key == "confidence") {
      double c = 0;
      if (ReadNumber(value, c)) {
        ok = c >= 0.0 && c <= 1.0;
        fields.evidence.confidence = c;
      } else if (IsNull(value)) {
        fields.evidence.confidence.reset();
      } else {
        return false;
      }
    } else if (!ReadDetail(key, value, fields, ok)) {
      return false;  // unknown keys go to the general reader, which checks all of the line
    }
    if (!ok) return false;
  }
  // Past the object there must be nothing: the document has no location left.
  if (document.current_location().error() != simdjson::OUT_OF_BOUNDS) return false;
  fields.evidence.attributes = fields.attributes;
  return !fields.subject.empty() && !fields.relation.empty() && !fields.object.empty();
}

}  // namespace causalkg::kb
