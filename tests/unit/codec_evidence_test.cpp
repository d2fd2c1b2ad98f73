// The evidence record of each format, byte for byte as the grammar at the top
// of engine/storage/codec.hpp says: evidence_record (every field used) and
// evidence_record_1, which stores marked 'causalkg/1' hold.
#include <catch2/catch.hpp>
#include <cstdio>
#include <regex>

#include "codec_bytes.hpp"
#include "engine/storage/codec.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::Hex;
using testing::Shown;

Evidence EveryField() {
  Evidence e;
  e.source = "s";
  e.quote = "q";
  e.modality = "can";
  e.confidence = 0.75;
  e.locator.start = 0x0102;
  e.locator.end = 0x0203;
  e.locator.page = "14";
  e.locator.section = "2.1";
  e.locator.url = "u";
  e.origin = EvidenceOrigin::kImported;
  e.tool = "vensim";
  e.stance = Stance::kRefutes;
  // Given out of order; stored by name.
  e.attributes.emplace("weight", 0.5);
  e.attributes.emplace("delay", std::string("DELAY1"));
  return e;
}

TEST_CASE("an evidence record with every field is the bytes the grammar says", "[codec]") {
  const Evidence e = EveryField();
  auto record = codec::EncodeEvidence(e);
  REQUIRE(record.ok());
  CHECK_BYTES(*record,
              Hex("00 01") + "s" + Hex("00 00 00 01") + "q" + Hex("00 03") + "can" +
                  Hex("01 3f e8 00 00 00 00 00 00") +  // confidence 0.75
                  Hex("01 00 00 00 00 00 00 01 02") +  // start
                  Hex("01 00 00 00 00 00 00 02 03") +  // end
                  Hex("00 02") + "14" + Hex("00 03") + "2.1" + Hex("00 01") + "u" +
                  Hex("04") +                                                    // imported
                  Hex("00 06") + "vensim" +                                      // tool
                  Hex("01") +                                                    // refutes
                  Hex("00 05") + "delay" + Hex("02 00 00 00 06") + "DELAY1" +    // a text
                  Hex("00 06") + "weight" + Hex("01 3f e0 00 00 00 00 00 00"));  // 0.5
  Evidence back;
  REQUIRE(codec::DecodeEvidence(*record, codec::FormatVersion::k2, back));
  CHECK(back == e);
  // Cut anywhere, it is no record.
  for (std::size_t n = 0; n < record->size(); ++n) {
    Evidence cut;
    const std::string_view prefix(record->data(), n);
    // A record may end after any whole attribute: there the cut is a record.
    const bool whole = n == record->size() - (2 + 6 + 1 + 8) ||
                       n == record->size() - (2 + 6 + 1 + 8) - (2 + 5 + 1 + 4 + 6);
    INFO(n);
    CHECK(codec::DecodeEvidence(prefix, codec::FormatVersion::k2, cut) == whole);
  }
}

TEST_CASE("each origin, stance and kind of attribute value has its byte", "[codec]") {
  const std::pair<EvidenceOrigin, const char*> origins[] = {{EvidenceOrigin::kUnspecified, "00"},
                                                            {EvidenceOrigin::kStated, "01"},
                                                            {EvidenceOrigin::kExtracted, "02"},
                                                            {EvidenceOrigin::kInferred, "03"},
                                                            {EvidenceOrigin::kImported, "04"}};
  for (const auto& [origin, byte] : origins) {
    Evidence e;
    e.origin = origin;
    auto record = codec::EncodeEvidence(e);
    REQUIRE(record.ok());
    // source, quote, modality, confidence, start, end, page, section, url: all empty.
    CHECK_BYTES(*record, Hex("00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00") + Hex(byte) +
                             Hex("00 00 00"));
    Evidence back;
    REQUIRE(codec::DecodeEvidence(*record, codec::FormatVersion::k2, back));
    CHECK(back.origin == origin);
  }
  Evidence e;
  e.stance = Stance::kRefutes;
  auto record = codec::EncodeEvidence(e);
  REQUIRE(record.ok());
  CHECK(record->back() == 0x01);
  // A byte past the last origin or stance, or an unknown kind of value, is corrupt.
  std::string bad_origin = *record, bad_stance = *record;
  bad_origin[17] = 0x05;
  bad_stance.back() = 0x02;
  Evidence back;
  CHECK_FALSE(codec::DecodeEvidence(bad_origin, codec::FormatVersion::k2, back));
  CHECK_FALSE(codec::DecodeEvidence(bad_stance, codec::FormatVersion::k2, back));
  CHECK_FALSE(codec::DecodeEvidence(*record + Hex("00 01") + "w" + Hex("03"),
                                    codec::FormatVersion::k2, back));
  // Attributes out of order, or named twice, are no record the code writes.
  const std::string a = Hex("00 01") + "a" + Hex("01 00 00 00 00 00 00 00 00");
  const std::string b = Hex("00 01") + "b" + Hex("01 00 00 00 00 00 00 00 00");
  CHECK(codec::DecodeEvidence(*record + a + b, codec::FormatVersion::k2, back));
  CHECK_FALSE(codec::DecodeEvidence(*record + b + a, codec::FormatVersion::k2, back));
  CHECK_FALSE(codec::DecodeEvidence(*record + a + a, codec::FormatVersion::k2, back));
}

TEST_CASE("an evidence_record_1 reads as the evidence it was, and only as one", "[codec]") {
  const std::string old = Hex("00 01") + "s" + Hex("00 00 00 01") + "q" + Hex("00 03") + "can" +
                          Hex("01 3f e8 00 00 00 00 00 00");
  Evidence e = EveryField();  // decoding clears what the old record lacks
  REQUIRE(codec::DecodeEvidence(old, codec::FormatVersion::k1, e));
  Evidence expected;
  expected.source = "s";
  expected.quote = "q";
  expected.modality = "can";
  expected.confidence = 0.75;
  CHECK(e == expected);
  // The old record is cut short as a new one, and a new one too long as an old one.
  CHECK_FALSE(codec::DecodeEvidence(old, codec::FormatVersion::k2, e));
  auto current = codec::EncodeEvidence(expected);
  REQUIRE(current.ok());
  CHECK_FALSE(codec::DecodeEvidence(*current, codec::FormatVersion::k1, e));
  CHECK_FALSE(codec::DecodeEvidence(old.substr(0, old.size() - 1), codec::FormatVersion::k1, e));
}

TEST_CASE("a field longer than its width holds is refused, not cut", "[codec]") {
  auto too_long = [](auto set) {
    Evidence e;
    set(e);
    auto record = codec::EncodeEvidence(e);
    return !record.ok() && record.status().kind() == ErrorKind::kStorage;
  };
  const std::string u16(codec::MaxBytesOfWidth(2) + 1, 'x');
  CHECK(too_long([&](Evidence& e) { e.locator.page = u16; }));
  CHECK(too_long([&](Evidence& e) { e.locator.section = u16; }));
  CHECK(too_long([&](Evidence& e) { e.locator.url = u16; }));
  CHECK(too_long([&](Evidence& e) { e.tool = u16; }));
  CHECK(too_long([&](Evidence& e) { e.attributes.emplace(u16, 1.0); }));
  CHECK_FALSE(too_long([&](Evidence& e) { e.attributes.emplace("note", u16); }));
}

TEST_CASE("the grammar in codec.hpp names the evidence records of both formats", "[codec]") {
  const std::string header = testing::ReadFile(CAUSALKG_SOURCE_DIR "/engine/storage/codec.hpp");
  const std::string grammar = header.substr(0, header.find("#pragma once"));
  auto rule = [&](const std::string& pattern) {
    INFO(pattern);
    CHECK(std::regex_search(grammar, std::regex(pattern)));
  };
  auto str = [](int width, const std::string& what) {
    return "str" + std::to_string(8 * width) + "\\(" + what + "\\)";
  };
  rule("evidence_record := " + str(codec::kSourceWidth, "source") + " " +
       str(codec::kQuoteWidth, "quote") + " " + str(codec::kModalityWidth, "modality") +
       " confidence\\s*//\\s*offset\\(start\\) offset\\(end\\) " + str(codec::kPageWidth, "page") +
       " " + str(codec::kSectionWidth, "section") + " " + str(codec::kUrlWidth, "url") +
       "\\s*//\\s*u8\\(origin\\) " + str(codec::kToolWidth, "tool") + " u8\\(stance\\) \\(" +
       str(codec::kAttributeNameWidth, "attribute") + " attribute_value\\)\\*");
  rule("attribute_value := 0x01 f64be\\(number\\) \\| 0x02 " +
       str(codec::kAttributeTextWidth, "text"));
  rule("evidence_record_1 := " + str(codec::kSourceWidth, "source") + " " +
       str(codec::kQuoteWidth, "quote") + " " + str(codec::kModalityWidth, "modality") +
       " confidence\n");
  rule(
      "origin +:= 0x00 unspecified \\| 0x01 stated \\| 0x02 extracted \\| 0x03 inferred \\|"
      "\\s*//\\s*0x04 imported");
  rule("stance +:= 0x00 supports \\| 0x01 refutes");
  rule("'causalkg/1'");
  rule("format_key +:= 'format' +-> '" + std::string(codec::kFormat) + "'");
}

}  // namespace
}  // namespace causalkg
