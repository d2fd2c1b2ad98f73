// The on-disk format: each key and value is the bytes the grammar at the top
// of engine/storage/codec.hpp says, and that grammar names what the code writes.
#include "engine/storage/codec.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <regex>

#include "codec_bytes.hpp"
#include "engine/common/text_fold.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::Hex;
using testing::Shown;

TEST_CASE("metadata keys and values are the bytes the grammar says", "[codec]") {
  CHECK(codec::kFormat == std::string("causalkg/3"));
  CHECK(codec::kFormat2 == std::string("causalkg/2"));
  CHECK(codec::kFormat1 == std::string("causalkg/1"));
  CHECK(codec::VersionOfMark("causalkg/3") == codec::FormatVersion::k3);
  CHECK(codec::VersionOfMark("causalkg/2") == codec::FormatVersion::k2);
  CHECK(codec::VersionOfMark("causalkg/1") == codec::FormatVersion::k1);
  CHECK_FALSE(codec::VersionOfMark("causalkg/4"));
  for (auto version :
       {codec::FormatVersion::k1, codec::FormatVersion::k2, codec::FormatVersion::k3})
    CHECK(codec::VersionOfMark(codec::MarkOf(version)) == version);
  CHECK(codec::kFormatKey == "format");
  CHECK(codec::kNextTermKey == "next_term");
  CHECK_BYTES(codec::EncodeU64Value(0x0102030405060708), Hex("01 02 03 04 05 06 07 08"));
  CHECK(codec::DecodeU64Value(Hex("00 00 00 00 00 00 01 00")) == 256);
  CHECK_FALSE(codec::DecodeU64Value(Hex("00 00 01 00")));  // a u32 is not a next_term

  std::vector<std::string> counts;
  for (const codec::CountKey& count : codec::kCountKeys) counts.emplace_back(count.key);
  CHECK(counts == std::vector<std::string>{"count/nodes", "count/relations", "count/edges",
                                           "count/evidence", "count/sources"});
  StoreCounts c{1, 2, 3, 4, 5};
  for (std::size_t i = 0; i < codec::kCountKeys.size(); ++i)
    CHECK(c.*codec::kCountKeys[i].field == i + 1);

  CHECK_BYTES(codec::PolarityKey(0x01020304), "relation/" + Hex("01 02 03 04"));
  CHECK(codec::DecodePolarityKey("relation/" + Hex("00 00 00 2a")) == TermId{42});
  CHECK_FALSE(codec::DecodePolarityKey("relation/" + Hex("00 2a")));
  CHECK_FALSE(codec::DecodePolarityKey("count/nodes"));
  CHECK_BYTES(codec::EncodePolarity(Polarity::kPositive), Hex("01"));
  CHECK_BYTES(codec::EncodePolarity(Polarity::kNegative), Hex("ff"));
  CHECK_BYTES(codec::EncodePolarity(Polarity::kUnknown), Hex("02"));
  CHECK_BYTES(codec::EncodePolarity(Polarity::kNone), Hex("00"));
  CHECK(codec::DecodePolarity(Hex("ff")) == Polarity::kNegative);
  CHECK(codec::DecodePolarity(Hex("02")) == Polarity::kUnknown);
  CHECK_FALSE(codec::DecodePolarity(Hex("03")));
}

TEST_CASE("dictionary, triple and evidence keys are the bytes the grammar says", "[codec]") {
  CHECK_BYTES(codec::EncodeTermId(258), Hex("00 00 01 02"));
  CHECK(codec::DecodeTermId(Hex("00 00 01 02")) == TermId{258});
  CHECK_BYTES(codec::IdKey(258), Hex("00 00 01 02"));
  CHECK_BYTES(codec::LabelKey("social cohesion", 7), "social cohesion" + Hex("00 00 00 00 07"));
  // The fold of a label is part of its key: it must not change.
  CHECK(FoldCase("  Sociale  SAMENHANG ") == "sociale samenhang");
  CHECK(FoldCase("ÉCOLE Ωmega Пример") == "école ωmega пример");
  CHECK(codec::LabelKeyId("social cohesion" + Hex("00 00 00 00 07")) == 7);

  const Triple t{1, 2, 3};
  CHECK_BYTES(codec::TripleKey(codec::kSpo, t), Hex("00 00 00 01 00 00 00 02 00 00 00 03"));
  CHECK_BYTES(codec::TripleKey(codec::kPos, t), Hex("00 00 00 02 00 00 00 03 00 00 00 01"));
  CHECK_BYTES(codec::TripleKey(codec::kOsp, t), Hex("00 00 00 03 00 00 00 01 00 00 00 02"));
  for (auto ordering : {codec::kSpo, codec::kPos, codec::kOsp})
    CHECK(codec::DecodeTripleKey(ordering, codec::TripleKey(ordering, t)) == t);

  // FNV-1a 64 of "notes-2024" 0x1f "many hands", worked out apart from the code.
  CHECK(codec::Fingerprint("notes-2024", "many hands") == 0x2ede71a3d21f6ddfull);
  Evidence e;
  e.source = "notes-2024";
  e.quote = "many hands";
  CHECK_BYTES(codec::EvidenceKey(t, e),
              codec::TripleKey(codec::kSpo, t) + Hex("2e de 71 a3 d2 1f 6d df"));
}

TEST_CASE("term and evidence records are the bytes the grammar says", "[codec]") {
  TermInfo info;
  info.roles = kRoleRelation;
  info.polarity = Polarity::kNegative;
  info.polarity_declared = true;
  info.labels = {{"nl", "verzwakt"}, {"en", "weakens"}};
  auto record = codec::EncodeTermRecord("weakens", info);
  REQUIRE(record.ok());
  CHECK_BYTES(*record, Hex("02 ff 01 00 07") + "weakens" + Hex("02") + "en" + Hex("00 07") +
                           "weakens" + Hex("02") + "nl" + Hex("00 08") + "verzwakt");
  std::string name;
  TermInfo decoded;
  REQUIRE(codec::DecodeTermRecord(*record, name, decoded));
  CHECK(name == "weakens");
  CHECK(decoded == info);
  CHECK_FALSE(codec::DecodeTermRecord(record->substr(0, record->size() - 1), name, decoded));

  Evidence e;
  e.source = "s";
  e.quote = "q";
  e.modality = "can";
  e.confidence = 0.75;
  auto evidence = codec::EncodeEvidence(e);
  REQUIRE(evidence.ok());
  // No locator, origin, tool, stance or attributes: their bytes say none.
  const std::string nothing_more = Hex("00 00 00 00 00 00 00 00 00 00 00 00");
  CHECK_BYTES(*evidence, Hex("00 01") + "s" + Hex("00 00 00 01") + "q" + Hex("00 03") + "can" +
                             Hex("01 3f e8 00 00 00 00 00 00") + nothing_more);
  e.confidence.reset();
  auto without = codec::EncodeEvidence(e);
  REQUIRE(without.ok());
  CHECK_BYTES(*without, Hex("00 01") + "s" + Hex("00 00 00 01") + "q" + Hex("00 03") + "can" +
                            Hex("00") + nothing_more);
  Evidence back;
  REQUIRE(codec::DecodeEvidence(*evidence, codec::FormatVersion::k2, back));
  CHECK(back.quote == "q");
  CHECK(back.confidence == 0.75);
}

// The grammar at the top of codec.hpp, as text.
std::string Grammar() {
  const std::string header = testing::ReadFile(CAUSALKG_SOURCE_DIR "/engine/storage/codec.hpp");
  return header.substr(0, header.find("#pragma once"));
}

TEST_CASE("the grammar in codec.hpp names every family, key and width the code uses", "[codec]") {
  const std::string grammar = Grammar();
  std::string families;
  for (const char* family : codec::kFamilies) families += std::string(" '") + family + "'";
  CHECK_THAT(grammar, Catch::Contains("//    " + families + "\n"));

  auto rule = [&](const std::string& pattern) {
    INFO(pattern);
    CHECK(std::regex_search(grammar, std::regex(pattern)));
  };
  rule("format_key +:= '" + std::string(codec::kFormatKey) + "' +-> '" + codec::kFormat + "'");
  rule("next_term_key +:= '" + std::string(codec::kNextTermKey) + "' +-> u64be");
  rule("polarity_key +:= '" + std::string(codec::kPolarityKeyPrefix) +
       "' u32be\\(relation id\\) +-> i8\\(polarity\\)");
  rule("count_key +:= 'count/' count_name +-> u64be");
  for (const codec::CountKey& count : codec::kCountKeys) {
    CHECK_THAT(grammar, Catch::Contains("'" + std::string(count.key.substr(6)) + "'"));
  }
  rule("term_key +:= bytes\\(name\\) +-> u32be\\(id\\)");
  rule("label_key +:= bytes\\(folded label\\) 0x00 u32be\\(id\\)");
  rule("evidence_key := spo_key u64be\\(fingerprint\\)");
  // The widths of the strN fields.
  rule("u8\\(polarity_declared\\) str" + std::to_string(8 * codec::kTermNameWidth) + "\\(name\\)");
  rule("str" + std::to_string(8 * codec::kLanguageWidth) + "\\(language\\) str" +
       std::to_string(8 * codec::kLabelWidth) + "\\(label\\)");
  rule("evidence_record := str" + std::to_string(8 * codec::kSourceWidth) + "\\(source\\) str" +
       std::to_string(8 * codec::kQuoteWidth) + "\\(quote\\) str" +
       std::to_string(8 * codec::kModalityWidth) + "\\(modality\\)");
}

}  // namespace
}  // namespace causalkg
