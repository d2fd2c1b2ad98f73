// The family evidence_by_object of format 'causalkg/3', byte for byte as the
// grammar at the top of engine/storage/codec.hpp says: its keys (the
// evidence key with the claim's object first) and its values (the evidence
// record without the quote).
#include <catch2/catch.hpp>
#include <regex>

#include "codec_bytes.hpp"
#include "engine/storage/codec.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::Hex;

Evidence EveryField() {
  Evidence e;
  e.source = "s";
  e.quote = "a quote";
  e.modality = "can";
  e.confidence = 0.75;
  e.locator.start = 0x0102;
  e.locator.page = "14";
  e.locator.url = "u";
  e.origin = EvidenceOrigin::kExtracted;
  e.tool = "vensim";
  e.stance = Stance::kRefutes;
  e.attributes.emplace("weight", 0.5);
  e.attributes.emplace("delay", std::string("DELAY1"));
  return e;
}

TEST_CASE("a by_object_key is the claim's object, relation, subject and fingerprint", "[codec]") {
  const Triple t{0x01020304, 0x0a0b0c0d, 0x11121314};
  const Evidence e = EveryField();
  std::string key;
  codec::EvidenceByObjectKeyInto(t, codec::Fingerprint(e.source, e.quote), key);
  std::string fingerprint;
  codec::PutU64(fingerprint, codec::Fingerprint(e.source, e.quote));
  CHECK_BYTES(key, Hex("11 12 13 14 0a 0b 0c 0d 01 02 03 04") + fingerprint);
  CHECK(key.size() == codec::kEvidenceKeySize);
  CHECK(codec::DecodeEvidenceByObjectKey(key) == t);
  // The same as the key of the evidence family, its ends swapped.
  std::string from_evidence_key;
  codec::EvidenceByObjectKeyOf(codec::EvidenceKey(t, e), from_evidence_key);
  CHECK_BYTES(from_evidence_key, key);
  // The keys of a node's incoming claims share the node's prefix.
  CHECK(key.substr(0, 4) == codec::TriplePrefix(t.object));
}

TEST_CASE("an evidence_digest is the evidence record without its quote", "[codec]") {
  const Evidence e = EveryField();
  auto record = codec::EncodeEvidence(e);
  REQUIRE(record.ok());
  std::string digest;
  REQUIRE(codec::DigestOfRecord(*record, digest));
  Evidence without_quote = e;
  without_quote.quote.clear();
  auto record_without_quote = codec::EncodeEvidence(without_quote);
  REQUIRE(record_without_quote.ok());
  // str16(source) str32(quote) ... less the quote's length and bytes.
  CHECK_BYTES(digest, record_without_quote->substr(0, 3) + record_without_quote->substr(7));
  Evidence back;
  back.quote = "left over";
  REQUIRE(codec::DecodeEvidenceDigest(digest, back));
  CHECK(back == without_quote);
  // A record cut in its source or quote has no digest; a digest cut short
  // of its fixed fields is none.
  for (std::size_t n = 0; n < 3 + 4 + e.quote.size(); ++n) {
    INFO(n);
    CHECK_FALSE(codec::DigestOfRecord(std::string_view(*record).substr(0, n), digest));
  }
  REQUIRE(codec::DigestOfRecord(*record, digest));
  for (std::size_t n = 0; n < 20; ++n) {
    INFO(n);
    CHECK_FALSE(codec::DecodeEvidenceDigest(std::string_view(digest).substr(0, n), back));
  }
}

TEST_CASE("the grammar in codec.hpp names the evidence by object", "[codec]") {
  const std::string header = testing::ReadFile(CAUSALKG_SOURCE_DIR "/engine/storage/codec.hpp");
  const std::string grammar = header.substr(0, header.find("#pragma once"));
  auto rule = [&](const std::string& pattern) {
    INFO(pattern);
    CHECK(std::regex_search(grammar, std::regex(pattern)));
  };
  rule(
      "by_object_key := u32be\\(o\\) u32be\\(p\\) u32be\\(s\\) u64be\\(fingerprint\\) -> "
      "evidence_digest");
  rule("evidence_digest := str16\\(source\\) str16\\(modality\\) confidence");
  rule("Format 'causalkg/2'");
  CHECK(std::string(codec::kFamilies[codec::kEvidenceByObject]) == "evidence_by_object");
}

}  // namespace
}  // namespace causalkg
