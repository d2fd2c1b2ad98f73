#include "engine/storage/codec.hpp"

#include <bit>
#include <cstring>

namespace causalkg::codec {

void PutU32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xff));
}

void PutU64(std::string& out, std::uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xff));
}

std::uint32_t GetU32(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return (std::uint32_t{u[0]} << 24) | (std::uint32_t{u[1]} << 16) | (std::uint32_t{u[2]} << 8) |
         std::uint32_t{u[3]};
}

std::uint64_t GetU64(const char* p) { return (std::uint64_t{GetU32(p)} << 32) | GetU32(p + 4); }

std::string EncodeU64Value(std::uint64_t v) {
  std::string value;
  PutU64(value, v);
  return value;
}

std::optional<std::uint64_t> DecodeU64Value(std::string_view value) {
  if (value.size() != 8) return std::nullopt;
  return GetU64(value.data());
}

std::string PolarityKey(TermId relation) {
  std::string key(kPolarityKeyPrefix);
  PutU32(key, relation);
  return key;
}

std::optional<TermId> DecodePolarityKey(std::string_view key) {
  if (key.size() != kPolarityKeyPrefix.size() + 4 || !key.starts_with(kPolarityKeyPrefix))
    return std::nullopt;
  return GetU32(key.data() + kPolarityKeyPrefix.size());
}

std::string EncodePolarity(Polarity polarity) {
  return std::string(1, static_cast<char>(polarity));
}

std::optional<Polarity> DecodePolarity(std::string_view value) {
  if (value.size() != 1) return std::nullopt;
  switch (static_cast<std::int8_t>(value[0])) {
    case 1:
      return Polarity::kPositive;
    case -1:
      return Polarity::kNegative;
    case 2:
      return Polarity::kUnknown;
    case 0:
      return Polarity::kNone;
    default:
      return std::nullopt;
  }
}

std::string SourceErrorsKey(std::string_view source_id) {
  std::string key(kSourceErrorsKeyPrefix);
  key += source_id;
  return key;
}

std::optional<std::string_view> DecodeSourceErrorsKey(std::string_view key) {
  if (!key.starts_with(kSourceErrorsKeyPrefix)) return std::nullopt;
  return key.substr(kSourceErrorsKeyPrefix.size());
}

std::string EncodeSourceErrors(const SourceErrors& errors) {
  std::string out;
  for (const std::optional<double>* rate :
       {&errors.systematic, &errors.random, &errors.reliability}) {
    out.push_back(*rate ? 1 : 0);
    if (*rate) PutU64(out, std::bit_cast<std::uint64_t>(**rate));
  }
  return out;
}

bool DecodeSourceErrors(std::string_view record, SourceErrors& errors) {
  for (std::optional<double>* rate : {&errors.systematic, &errors.random, &errors.reliability}) {
    if (record.empty() || static_cast<unsigned char>(record[0]) > 1) return false;
    const bool present = record[0] == 1;
    record.remove_prefix(1);
    rate->reset();
    if (!present) continue;
    if (record.size() < 8) return false;
    const double value = std::bit_cast<double>(GetU64(record.data()));
    if (!(value >= 0 && value <= 1)) return false;
    *rate = value;
    record.remove_prefix(8);
  }
  return record.empty();
}

std::string EncodeTermId(TermId id) {
  std::string value;
  PutU32(value, id);
  return value;
}

std::optional<TermId> DecodeTermId(std::string_view value) {
  if (value.size() != 4) return std::nullopt;
  return GetU32(value.data());
}

std::string IdKey(TermId id) { return EncodeTermId(id); }

std::optional<TermId> DecodeIdKey(std::string_view key) { return DecodeTermId(key); }

std::string TriplePrefix(TermId first, TermId second, TermId third) {
  std::string key;
  key.reserve(kTripleKeySize);
  PutU32(key, first);
  if (second != kNoTerm) PutU32(key, second);
  if (second != kNoTerm && third != kNoTerm) PutU32(key, third);
  return key;
}

std::string TripleKey(Family ordering, const Triple& t) {
  switch (ordering) {
    case kPos:
      return TriplePrefix(t.relation, t.object, t.subject);
    case kOsp:
      return TriplePrefix(t.object, t.subject, t.relation);
    default:
      return TriplePrefix(t.subject, t.relation, t.object);
  }
}

Triple DecodeTripleKey(Family ordering, std::string_view key) {
  const TermId a = GetU32(key.data()), b = GetU32(key.data() + 4), c = GetU32(key.data() + 8);
  switch (ordering) {
    case kPos:
      return {c, a, b};
    case kOsp:
      return {b, c, a};
    default:
      return {a, b, c};
  }
}

std::uint64_t Fingerprint(std::string_view source, std::string_view quote) {
  // FNV-1a, 64 bit: stable across platforms and releases, which a key needs.
  std::uint64_t h = 14695981039346656037ull;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
  };
  mix(source);
  mix(std::string_view("\x1f", 1));
  mix(quote);
  return h;
}

std::string EvidenceKey(const Triple& t, const Evidence& e) {
  std::string key;
  EvidenceKeyInto(t, Fingerprint(e.source, e.quote), key);
  return key;
}

void EvidenceKeyInto(const Triple& t, std::uint64_t fingerprint, std::string& key) {
  key.clear();
  PutU32(key, t.subject);
  PutU32(key, t.relation);
  PutU32(key, t.object);
  PutU64(key, fingerprint);
}

void EvidenceByObjectKeyInto(const Triple& t, std::uint64_t fingerprint, std::string& key) {
  key.clear();
  PutU32(key, t.object);
  PutU32(key, t.relation);
  PutU32(key, t.subject);
  PutU64(key, fingerprint);
}

Triple DecodeEvidenceByObjectKey(std::string_view key) {
  return {GetU32(key.data() + 8), GetU32(key.data() + 4), GetU32(key.data())};
}

void EvidenceByObjectKeyOf(std::string_view key, std::string& out) {
  // s p o fingerprint -> o p s fingerprint: the same bytes, the ends swapped.
  out.assign(key.substr(8, 4));
  out.append(key.substr(4, 4));
  out.append(key.substr(0, 4));
  out.append(key.substr(kTripleKeySize, 8));
}

std::string SourceRecordOfId(std::string_view id) {
  std::string record = "{\"id\":\"";
  for (char c : id) {
    if (c == '"' || c == '\\') record.push_back('\\');
    record.push_back(c);
  }
  return record + "\"}";
}

std::string PrefixUpperBound(std::string_view prefix) {
  std::string upper(prefix);
  while (!upper.empty() && static_cast<unsigned char>(upper.back()) == 0xff) upper.pop_back();
  if (!upper.empty())
    upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
  return upper;
}

std::string LabelPrefix(std::string_view folded_label) {
  std::string key(folded_label);
  key.push_back('\0');
  return key;
}

std::string LabelKey(std::string_view folded_label, TermId id) {
  std::string key = LabelPrefix(folded_label);
  PutU32(key, id);
  return key;
}

TermId LabelKeyId(std::string_view key) { return GetU32(key.data() + key.size() - 4); }

namespace {

// Appends `s` with its length in `width` bytes; false, appending nothing,
// when the length does not fit.
bool PutStr(std::string& out, std::string_view s, int width) {
  if (s.size() > MaxBytesOfWidth(width)) return false;
  for (int shift = 8 * (width - 1); shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((s.size() >> shift) & 0xff));
  out.append(s);
  return true;
}

Status TooLong(const char* record, const char* field, std::size_t size, int width) {
  return Status::Storage(std::string("a ") + record + " cannot hold a " + field + " of " +
                         std::to_string(size) + " bytes (at most " +
                         std::to_string(MaxBytesOfWidth(width)) + "); nothing was written")
      .WithCode(StatusCode::kInvalid);
}

// The length of `width` bytes at `at` of `in`; past the end of `in`, more
// than `in` holds.
std::size_t ReadLength(std::string_view in, std::size_t at, int width) {
  if (at + width > in.size()) return in.size() + 1;
  std::size_t n = 0;
  for (int i = 0; i < width; ++i) n = (n << 8) | static_cast<unsigned char>(in[at + i]);
  return n;
}

// Reads a length-prefixed string; false when the record is too short.
bool GetStr(std::string_view& in, int width, std::string& out) {
  if (in.size() < static_cast<std::size_t>(width)) return false;
  std::size_t n = 0;
  for (int i = 0; i < width; ++i) n = (n << 8) | static_cast<unsigned char>(in[i]);
  in.remove_prefix(width);
  if (in.size() < n) return false;
  out.assign(in.substr(0, n));
  in.remove_prefix(n);
  return true;
}

}  // namespace

Result<std::string> EncodeTermRecord(std::string_view name, const TermInfo& info) {
  std::string out;
  out.push_back(static_cast<char>(info.roles));
  out.push_back(static_cast<char>(info.polarity));
  out.push_back(info.polarity_declared ? 1 : 0);
  if (!PutStr(out, name, kTermNameWidth))
    return TooLong("term record", "name", name.size(), kTermNameWidth);
  for (const auto& [language, label] : info.labels) {
    if (!PutStr(out, language, kLanguageWidth))
      return TooLong("term record", "language tag", language.size(), kLanguageWidth);
    if (!PutStr(out, label, kLabelWidth))
      return TooLong("term record", "label", label.size(), kLabelWidth);
  }
  return out;
}

bool DecodeTermRecord(std::string_view in, std::string& name, TermInfo& info) {
  if (in.size() < 3) return false;
  info.roles = static_cast<std::uint8_t>(in[0]);
  info.polarity = static_cast<Polarity>(static_cast<std::int8_t>(in[1]));
  info.polarity_declared = in[2] != 0;
  in.remove_prefix(3);
  if (!GetStr(in, kTermNameWidth, name)) return false;
  info.labels.clear();
  while (!in.empty()) {
    std::string language, label;
    if (!GetStr(in, kLanguageWidth, language) || !GetStr(in, kLabelWidth, label)) return false;
    info.labels.emplace(std::move(language), std::move(label));
  }
  return true;
}

Result<std::string> EncodeEvidence(const Evidence& e) {
  static constexpr const char* kRecord = "piece of evidence";
  std::string out;
  if (!PutStr(out, e.source, kSourceWidth))
    return TooLong(kRecord, "source id", e.source.size(), kSourceWidth);
  if (!PutStr(out, e.quote, kQuoteWidth))
    return TooLong(kRecord, "quote", e.quote.size(), kQuoteWidth);
  if (!PutStr(out, e.modality, kModalityWidth))
    return TooLong(kRecord, "modality", e.modality.size(), kModalityWidth);
  out.push_back(e.confidence ? 1 : 0);
  if (e.confidence) PutU64(out, std::bit_cast<std::uint64_t>(*e.confidence));
  for (const std::optional<std::uint64_t>& offset : {e.locator.start, e.locator.end}) {
    out.push_back(offset ? 1 : 0);
    if (offset) PutU64(out, *offset);
  }
  if (!PutStr(out, e.locator.page, kPageWidth))
    return TooLong(kRecord, "page", e.locator.page.size(), kPageWidth);
  if (!PutStr(out, e.locator.section, kSectionWidth))
    return TooLong(kRecord, "section", e.locator.section.size(), kSectionWidth);
  if (!PutStr(out, e.locator.url, kUrlWidth))
    return TooLong(kRecord, "url", e.locator.url.size(), kUrlWidth);
  out.push_back(static_cast<char>(e.origin));
  if (!PutStr(out, e.tool, kToolWidth)) return TooLong(kRecord, "tool", e.tool.size(), kToolWidth);
  out.push_back(static_cast<char>(e.stance));
  for (const auto& [name, value] : e.attributes) {
    if (!PutStr(out, name, kAttributeNameWidth))
      return TooLong(kRecord, "attribute name", name.size(), kAttributeNameWidth);
    if (const double* number = std::get_if<double>(&value)) {
      out.push_back(1);
      PutU64(out, std::bit_cast<std::uint64_t>(*number));
    } else {
      const std::string& text = std::get<std::string>(value);
      out.push_back(2);
      if (!PutStr(out, text, kAttributeTextWidth))
        return TooLong(kRecord, "attribute text", text.size(), kAttributeTextWidth);
    }
  }
  return out;
}

namespace {

// An optional u64 (confidence's bits, an offset): 0x00, or 0x01 and 8 bytes.
bool GetOptionalU64(std::string_view& in, std::optional<std::uint64_t>& out) {
  if (in.empty() || static_cast<unsigned char>(in[0]) > 1) return false;
  const bool present = in[0] == 1;
  in.remove_prefix(1);
  out.reset();
  if (!present) return true;
  if (in.size() < 8) return false;
  out = GetU64(in.data());
  in.remove_prefix(8);
  return true;
}

bool GetByte(std::string_view& in, std::uint8_t most, std::uint8_t& out) {
  if (in.empty() || static_cast<unsigned char>(in[0]) > most) return false;
  out = static_cast<unsigned char>(in[0]);
  in.remove_prefix(1);
  return true;
}

// What evidence_record adds to evidence_record_1.
bool DecodeEvidenceTail(std::string_view in, Evidence& e) {
  if (!GetOptionalU64(in, e.locator.start) || !GetOptionalU64(in, e.locator.end) ||
      !GetStr(in, kPageWidth, e.locator.page) || !GetStr(in, kSectionWidth, e.locator.section) ||
      !GetStr(in, kUrlWidth, e.locator.url))
    return false;
  std::uint8_t origin = 0, stance = 0;
  if (!GetByte(in, static_cast<std::uint8_t>(EvidenceOrigin::kImported), origin) ||
      !GetStr(in, kToolWidth, e.tool) ||
      !GetByte(in, static_cast<std::uint8_t>(Stance::kRefutes), stance))
    return false;
  e.origin = static_cast<EvidenceOrigin>(origin);
  e.stance = static_cast<Stance>(stance);
  e.attributes.clear();
  std::string name;
  while (!in.empty()) {
    std::uint8_t kind = 0;
    if (!GetStr(in, kAttributeNameWidth, name) || !GetByte(in, 2, kind)) return false;
    // In ascending order, each name once, as they are written.
    if (!e.attributes.empty() && !(e.attributes.rbegin()->first < name)) return false;
    if (kind == 1) {
      if (in.size() < 8) return false;
      e.attributes.emplace_hint(e.attributes.end(), name, std::bit_cast<double>(GetU64(in.data())));
      in.remove_prefix(8);
    } else {
      std::string text;
      if (kind != 2 || !GetStr(in, kAttributeTextWidth, text)) return false;
      e.attributes.emplace_hint(e.attributes.end(), name, std::move(text));
    }
  }
  return true;
}

}  // namespace

bool DigestOfRecord(std::string_view record, std::string& digest) {
  // str16(source) str32(quote) rest -> str16(source) rest.
  const std::size_t source_end = kSourceWidth + ReadLength(record, 0, kSourceWidth);
  if (source_end + kQuoteWidth > record.size()) return false;
  const std::size_t quote_end =
      source_end + kQuoteWidth + ReadLength(record, source_end, kQuoteWidth);
  if (quote_end > record.size()) return false;
  digest.assign(record.substr(0, source_end));
  digest.append(record.substr(quote_end));
  return true;
}

bool DecodeEvidenceDigest(std::string_view in, Evidence& e) {
  if (!GetStr(in, kSourceWidth, e.source) || !GetStr(in, kModalityWidth, e.modality)) return false;
  e.quote.clear();
  std::optional<std::uint64_t> confidence;
  if (!GetOptionalU64(in, confidence)) return false;
  e.confidence.reset();
  if (confidence) e.confidence = std::bit_cast<double>(*confidence);
  return DecodeEvidenceTail(in, e);
}

bool DecodeEvidence(std::string_view in, FormatVersion version, Evidence& e) {
  if (!GetStr(in, kSourceWidth, e.source) || !GetStr(in, kQuoteWidth, e.quote) ||
      !GetStr(in, kModalityWidth, e.modality))
    return false;
  std::optional<std::uint64_t> confidence;
  if (!GetOptionalU64(in, confidence)) return false;
  e.confidence.reset();
  if (confidence) e.confidence = std::bit_cast<double>(*confidence);
  if (version == FormatVersion::k1) {
    e.locator = Locator{};
    e.origin = EvidenceOrigin::kUnspecified;
    e.tool.clear();
    e.stance = Stance::kSupports;
    e.attributes.clear();
    return in.empty();
  }
  return DecodeEvidenceTail(in, e);
}

const char* MarkOf(FormatVersion version) {
  switch (version) {
    case FormatVersion::k1:
      return kFormat1;
    case FormatVersion::k2:
      return kFormat2;
    case FormatVersion::k3:
      break;
  }
  return kFormat;
}

std::optional<FormatVersion> VersionOfMark(std::string_view mark) {
  if (mark == kFormat) return FormatVersion::k3;
  if (mark == kFormat2) return FormatVersion::k2;
  if (mark == kFormat1) return FormatVersion::k1;
  return std::nullopt;
}

}  // namespace causalkg::codec
