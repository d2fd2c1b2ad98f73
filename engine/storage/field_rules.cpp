#include "engine/storage/field_rules.hpp"

#include <cstdint>
#include <cstring>

#include "engine/common/utf8.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/storage/codec.hpp"

namespace causalkg::fields {

// Every limit fits the field's length prefix in its record, so that no
// accepted text can be written truncated.
static_assert(kMaxIdBytes <= codec::MaxBytesOfWidth(codec::kTermNameWidth));
static_assert(kMaxLabelBytes <= codec::MaxBytesOfWidth(codec::kLabelWidth));
static_assert(kMaxLanguageBytes <= codec::MaxBytesOfWidth(codec::kLanguageWidth));
static_assert(kMaxSourceIdBytes <= codec::MaxBytesOfWidth(codec::kSourceWidth));
static_assert(kMaxModalityBytes <= codec::MaxBytesOfWidth(codec::kModalityWidth));
static_assert(kMaxQuoteBytes <= codec::MaxBytesOfWidth(codec::kQuoteWidth));
static_assert(kMaxPageBytes <= codec::MaxBytesOfWidth(codec::kPageWidth));
static_assert(kMaxSectionBytes <= codec::MaxBytesOfWidth(codec::kSectionWidth));
static_assert(kMaxUrlBytes <= codec::MaxBytesOfWidth(codec::kUrlWidth));
static_assert(kMaxToolBytes <= codec::MaxBytesOfWidth(codec::kToolWidth));
static_assert(kMaxAttributeNameBytes <= codec::MaxBytesOfWidth(codec::kAttributeNameWidth));
static_assert(kMaxAttributeTextBytes <= codec::MaxBytesOfWidth(codec::kAttributeTextWidth));

namespace {

struct FieldInfo {
  std::size_t max_bytes;
  const char* noun;    // "the id 'x' is ..."
  const char* plural;  // "ids hold at most ..."
  bool non_empty;
  bool line_breaks;  // tab, line feed and carriage return allowed
};

FieldInfo InfoOf(Field field) {
  switch (field) {
    case Field::kId:
      return {kMaxIdBytes, "id", "ids", true, false};
    case Field::kLabel:
      return {kMaxLabelBytes, "label", "labels", false, false};
    case Field::kLanguage:
      return {kMaxLanguageBytes, "language tag", "language tags", true, false};
    case Field::kSourceId:
      return {kMaxSourceIdBytes, "source id", "source ids", false, false};
    case Field::kModality:
      return {kMaxModalityBytes, "modality", "modalities", false, false};
    case Field::kQuote:
      return {kMaxQuoteBytes, "quote", "quotes", false, true};
    case Field::kSourceRecord:
      // JSON text written by the loader: escapes keep it free of controls.
      return {kMaxSourceRecordBytes, "source record", "source records", false, true};
    case Field::kPage:
      return {kMaxPageBytes, "page", "pages", false, false};
    case Field::kSection:
      return {kMaxSectionBytes, "section", "sections", false, false};
    case Field::kUrl:
      return {kMaxUrlBytes, "url", "urls", false, false};
    case Field::kTool:
      return {kMaxToolBytes, "tool", "tools", false, false};
    case Field::kAttributeName:
      return {kMaxAttributeNameBytes, "attribute name", "attribute names", true, false};
    case Field::kAttributeText:
      return {kMaxAttributeTextBytes, "attribute text", "attribute texts", false, true};
  }
  return {0, "text", "texts", true, false};
}

enum class Fault { kNone, kInvalidUtf8, kControl };

struct Scan {
  Fault fault = Fault::kNone;
  std::size_t at = 0;    // the byte where the fault starts
  char32_t control = 0;  // the control character found
};

bool IsContinuation(unsigned char c) { return (c & 0xc0) == 0x80; }

// True when none of the 8 bytes at `p` is >= 0x80, < 0x20 or 0x7f: the
// commonest run of plain text, checked a word at a time.
bool PlainWord(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const std::uint64_t below_space = (v - 0x20 * kOnes) & ~v & kHigh;
  const std::uint64_t del = v ^ (0x7f * kOnes);
  const std::uint64_t is_del = (del - kOnes) & ~del & kHigh;
  return ((v & kHigh) | below_space | is_del) == 0;
}

// The first fault in `text`, following the well-formed UTF-8 table of the
// Unicode standard (Table 3-7).
Scan ScanText(std::string_view text, bool line_breaks) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && PlainWord(text.data() + i)) {
      i += 8;
      continue;
    }
    const unsigned char c = s[i];
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7f) {
        if (!(line_breaks && (c == '\t' || c == '\n' || c == '\r'))) return {Fault::kControl, i, c};
      }
      ++i;
      continue;
    }
    const std::size_t length = Utf8SequenceLength(text, i);
    if (length == 0) return {Fault::kInvalidUtf8, i, 0};
    // U+0080-U+009F, the C1 controls: 0xc2 0x80-0x9f.
    if (c == 0xc2 && s[i + 1] <= 0x9f) return {Fault::kControl, i, char32_t(s[i + 1])};
    i += length;
  }
  return {};
}

std::string Hex(unsigned value, int digits) {
  static const char* kDigits = "0123456789ABCDEF";
  std::string out(digits, '0');
  for (int k = digits - 1; k >= 0; --k, value >>= 4) out[k] = kDigits[value & 0xf];
  return out;
}

}  // namespace

const char* NounOf(Field field) { return InfoOf(field).noun; }

std::size_t MaxBytes(Field field) { return InfoOf(field).max_bytes; }

std::string WithThousands(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out += ',';
    out += digits[k];
  }
  return out;
}

std::string Problem(Field field, std::string_view text) {
  const FieldInfo info = InfoOf(field);
  if (text.size() > info.max_bytes) {
    return "is " + WithThousands(text.size()) + " bytes; " + info.plural + " hold at most " +
           WithThousands(info.max_bytes) + " bytes";
  }
  if (info.non_empty && text.empty()) {
    return std::string("is empty; ") + info.plural + " need at least one character";
  }
  const Scan scan = ScanText(text, info.line_breaks);
  switch (scan.fault) {
    case Fault::kNone:
      return {};
    case Fault::kInvalidUtf8:
      return "is not valid UTF-8 (byte " + std::to_string(scan.at + 1) + " is 0x" +
             Hex(static_cast<unsigned char>(text[scan.at]), 2) + "); " + info.plural +
             " are UTF-8 text";
    case Fault::kControl:
      return "contains the control character U+" + Hex(scan.control, 4) + " at byte " +
             std::to_string(scan.at + 1) + "; " + info.plural +
             (info.line_breaks ? " may hold tab, line feed and carriage return but no other "
                                 "control characters"
                               : " may not hold control characters");
  }
  return {};
}

std::string Excerpt(std::string_view text) {
  constexpr std::size_t kMaxCharacters = 40;
  // The first 40 characters (a character is a UTF-8 lead byte and what
  // follows it; a stray byte counts as one), shown with their escapes.
  std::size_t end = 0, characters = 0;
  while (end < text.size() && characters < kMaxCharacters) {
    ++end;
    while (end < text.size() && IsContinuation(static_cast<unsigned char>(text[end]))) {
      ++end;
    }
    ++characters;
  }
  return "'" + Visible(text.substr(0, end)) + (end < text.size() ? "..." : "") + "'";
}

}  // namespace causalkg::fields
