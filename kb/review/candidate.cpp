#include "kb/review/candidate.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "engine/common/visible_text.hpp"
#include "kb/ingest/json_parse.hpp"
#include "kb/ingest/json_records.hpp"

namespace causalkg::kb {

using nlohmann::json;

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// A phrase as a message quotes it: visible, and cut short when long.
std::string Quoted(std::string_view text) {
  constexpr std::size_t kShown = 60;
  std::string shown = Visible(text.substr(0, kShown));
  return "'" + shown + (text.size() > kShown ? "...'" : "'");
}

// Reads the fields of one candidate line; the first problem found ends it.
class CandidateFields {
 public:
  explicit CandidateFields(const json& object) : object_(object) {}

  const Status& status() const { return status_; }

  void RequiredString(const char* key, std::string& out) {
    const json* value = Find(key);
    if (value == nullptr) return Missing(key);
    if (!value->is_string() || value->get_ref<const std::string&>().empty()) {
      return Wrong(key, "must be a string that is not empty", *value);
    }
    out = value->get_ref<const std::string&>();
  }

  void OptionalString(const char* key, std::string& out) {
    const json* value = Find(key);
    if (value == nullptr || value->is_null()) return;
    if (!value->is_string()) return Wrong(key, "must be a string", *value);
    out = value->get_ref<const std::string&>();
  }

  void RequiredOffset(const char* key, std::uint64_t& out) {
    const json* value = Find(key);
    if (value == nullptr) return Missing(key);
    ReadOffset(key, *value, out);
  }

  void OptionalOffset(const char* key, std::optional<std::uint64_t>& out) {
    const json* value = Find(key);
    if (value == nullptr || value->is_null()) return;
    std::uint64_t offset = 0;
    ReadOffset(key, *value, offset);
    if (status_.ok()) out = offset;
  }

  void Sign(char& out) {
    const json* value = Find("sign");
    if (value == nullptr) return Missing("sign");
    if (value->is_string()) {
      const std::string& text = value->get_ref<const std::string&>();
      if (text == "+" || text == "-" || text == "?") {
        out = text[0];
        return;
      }
    }
    Fail("field 'sign' must be \"+\", \"-\" or \"?\", not " + Visible(value->dump()));
  }

  void Confidence(std::optional<double>& out) {
    const json* value = Find("confidence");
    if (value == nullptr || value->is_null()) return;
    if (!value->is_number() || value->get<double>() < 0 || value->get<double>() > 1) {
      return Fail("field 'confidence' must be a number between 0 and 1, not " +
                  (value->is_number() ? Visible(value->dump()) : JsonTypeName(*value)));
    }
    out = value->get<double>();
  }

  void Negated(bool& out) {
    const json* value = Find("negated");
    if (value == nullptr || value->is_null()) return;
    if (!value->is_boolean()) return Wrong("negated", "must be true or false", *value);
    out = value->get<bool>();
  }

  void Fail(std::string message) {
    if (status_.ok()) status_ = Status::Load(std::move(message));
  }

 private:
  const json* Find(const char* key) const {
    if (!status_.ok()) return nullptr;
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  void Missing(const char* key) {
    Fail(std::string("field '") + key +
         "' is missing; a candidate needs cause, effect, sign, "
         "quote, start, end, subject, relation and object");
  }

  void Wrong(const char* key, const char* what, const json& value) {
    Fail(std::string("field '") + key + "' " + what + ", not " + JsonTypeName(value) +
         (value.is_string() ? " that is empty" : ""));
  }

  void ReadOffset(const char* key, const json& value, std::uint64_t& out) {
    if (!value.is_number_unsigned()) {
      return Fail(std::string("field '") + key +
                  "' must be a byte offset (an integer of 0 or more), not " +
                  (value.is_number() ? Visible(value.dump()) : JsonTypeName(value)));
    }
    out = value.get<std::uint64_t>();
  }

  const json& object_;
  Status status_;
};

// FNV-1a, 64 bits: a stable hash of the fields that identify a candidate.
std::string FingerprintOf(const Candidate& c) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  auto add = [&](std::string_view part) {
    for (unsigned char byte : part) {
      hash ^= byte;
      hash *= 0x100000001b3ULL;
    }
    hash ^= 0x1f;  // a separator no field can forge by running into the next
    hash *= 0x100000001b3ULL;
  };
  add(std::to_string(c.start));
  add(std::to_string(c.end));
  add(c.quote);
  add(c.cause);
  add(c.effect);
  add(std::string_view(&c.sign, 1));
  add(c.rule);
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

// Where `phrase` is in the quote: by its offsets in the file when the
// candidate gives them and they lie in the quote, else the first place it
// stands, outside `avoid`.
std::optional<QuoteSpan> SpanOf(const Candidate& c, const std::string& phrase,
                                std::optional<std::uint64_t> begin,
                                std::optional<std::uint64_t> end,
                                const std::optional<QuoteSpan>& avoid) {
  if (begin && end && c.start <= *begin && *begin <= *end && *end <= c.end &&
      *end - c.start <= c.quote.size()) {
    return QuoteSpan{static_cast<std::size_t>(*begin - c.start),
                     static_cast<std::size_t>(*end - c.start)};
  }
  std::size_t from = 0;
  while (true) {
    const std::size_t at = c.quote.find(phrase, from);
    if (at == std::string::npos) return std::nullopt;
    const QuoteSpan span{at, at + phrase.size()};
    if (!avoid || span.end <= avoid->begin || span.begin >= avoid->end) return span;
    from = at + 1;
  }
}

Status ReadCandidate(const json& value, Candidate& c, std::vector<std::string>& warnings,
                     const std::string& place) {
  if (!value.is_object()) {
    return Status::Load("a candidate must be a JSON object, not " + JsonTypeName(value));
  }
  CandidateFields fields(value);
  fields.RequiredString("cause", c.cause);
  fields.RequiredString("effect", c.effect);
  fields.Sign(c.sign);
  fields.RequiredString("quote", c.quote);
  fields.RequiredOffset("start", c.start);
  fields.RequiredOffset("end", c.end);
  fields.RequiredString("subject", c.subject);
  fields.RequiredString("relation", c.relation);
  fields.RequiredString("object", c.object);
  fields.OptionalString("modality", c.modality);
  fields.Confidence(c.confidence);
  fields.OptionalString("rule", c.rule);
  fields.Negated(c.negated);
  fields.OptionalString("lang", c.lang);
  fields.OptionalString("source", c.source);
  std::optional<std::uint64_t> cause_start, cause_end, effect_start, effect_end;
  fields.OptionalOffset("cause_start", cause_start);
  fields.OptionalOffset("cause_end", cause_end);
  fields.OptionalOffset("effect_start", effect_start);
  fields.OptionalOffset("effect_end", effect_end);
  if (fields.status().ok() && c.start > c.end) {
    fields.Fail("field 'start' (" + std::to_string(c.start) + ") is past field 'end' (" +
                std::to_string(c.end) + ")");
  }
  if (!fields.status().ok()) return fields.status();

  if (c.end - c.start != c.quote.size()) {
    warnings.push_back(place + ": the quote is " + std::to_string(c.quote.size()) +
                       " bytes, but start..end spans " + std::to_string(c.end - c.start) +
                       "; its offsets may not point at it");
  }
  c.cause_span = SpanOf(c, c.cause, cause_start, cause_end, std::nullopt);
  c.effect_span = SpanOf(c, c.effect, effect_start, effect_end, c.cause_span);
  if (!c.cause_span) {
    warnings.push_back(place + ": the cause " + Quoted(c.cause) + " is not in the quote");
  }
  if (!c.effect_span) {
    warnings.push_back(place + ": the effect " + Quoted(c.effect) + " is not in the quote");
  }
  return Status::Ok();
}

}  // namespace

Result<CandidateFile> ReadCandidates(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status::Load("no such file").InFile(path).WithCode(StatusCode::kNotFound);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Load("cannot open the file").InFile(path);
  CandidateFile file;
  file.path = path;
  std::map<std::string, int> seen;  // fingerprints, to number repeats
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.rfind(kByteOrderMark, 0) == 0) line.erase(0, kByteOrderMark.size());
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    json value;
    CAUSALKG_RETURN_IF_ERROR(ParseJson(line, path, number, {kMaxLineDepth}, value));
    Candidate c;
    c.line = number;
    c.number = file.candidates.size() + 1;
    const std::string place = path + ", line " + std::to_string(number);
    Status read = ReadCandidate(value, c, file.warnings, place);
    if (!read.ok()) return std::move(read).InFile(path, number);
    c.fingerprint = FingerprintOf(c);
    // The same statement twice in a file is two candidates: the second is
    // told apart by its count.
    if (const int repeat = ++seen[c.fingerprint]; repeat > 1) {
      c.fingerprint += "-" + std::to_string(repeat);
    }
    file.candidates.push_back(std::move(c));
  }
  if (in.bad()) {
    return Status::Load("reading failed after line " + std::to_string(number)).InFile(path);
  }
  return file;
}

}  // namespace causalkg::kb
