#include "kb/fast_claim.hpp"

#include <simdjson.h>

namespace causalkg::kb {

struct FastClaimReader::Parser {
  simdjson::ondemand::parser parser;
};

FastClaimReader::FastClaimReader() : parser_(std::make_unique<Parser>()) {}
FastClaimReader::~FastClaimReader() = default;

namespace {

// A string field: a non-empty string when `required`, else a string or
// null. False for anything else. What the string may hold is the write's
// to check (engine/field_rules.hpp), as for every other reader.
bool ReadString(simdjson::ondemand::value value, bool required, std::string_view& out) {
  if (!required && value.is_null()) return true;
  if (value.get_string().get(out) != simdjson::SUCCESS) return false;
  return !(required && out.empty());
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
      if (value.is_null()) continue;
      double c = 0;
      ok = value.get_double().get(c) == simdjson::SUCCESS && c >= 0.0 && c <= 1.0;
      fields.confidence = c;
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
