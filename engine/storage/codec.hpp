// The on-disk format of a causalkg store: every column family, key and value,
// here and nowhere else.
//
// DO NOT CHANGE anything marked "stored on disk": stores written before the
// change would read back as something else. A new layout needs a new format
// mark (kFormat) and a migration of the stores written under the old one
// (store_migration.cpp), and the layout it replaces stays here, read for the
// stores that carry the old mark.
//
// Notation: 'abc' is those bytes; u8, u32be, u64be are unsigned integers of
// 1, 4 and 8 bytes, most significant byte first, so that byte order is
// numeric order; i8 is one two's-complement byte; f64be is the bits of an
// IEEE-754 double as a u64be; strN is a length of N bits, big-endian, then
// that many bytes; bytes(x) is x's bytes to the end of the key or value; ''
// is nothing; X* is X zero or more times.
//
//   family (in the order the store opens them):
//     'default' 'term' 'id' 'label' 'spo' 'pos' 'osp' 'evidence' 'source' 'evidence_by_object'
//
//   default (metadata):
//     format_key    := 'format'                         -> 'causalkg/3'
//     next_term_key := 'next_term'                      -> u64be(next id)    absent: 1
//     count_key     := 'count/' count_name              -> u64be(count)      absent: 0
//     count_name    := 'nodes' | 'relations' | 'edges' | 'evidence' | 'sources'
//     polarity_key  := 'relation/' u32be(relation id)   -> i8(polarity)
//     source_errors_key := 'source_errors/' bytes(source id) -> source_errors   absent: none
//   term:      term_key     := bytes(name)                        -> u32be(id)
//   id:        id_key       := u32be(id)                          -> term_record
//   label:     label_key    := bytes(folded label) 0x00 u32be(id) -> ''
//   spo:       spo_key      := u32be(s) u32be(p) u32be(o)         -> ''
//   pos:       pos_key      := u32be(p) u32be(o) u32be(s)         -> ''
//   osp:       osp_key      := u32be(o) u32be(s) u32be(p)         -> ''
//   evidence:  evidence_key := spo_key u64be(fingerprint)         -> evidence_record
//   source:    source_key   := bytes(source id)                   -> bytes(JSON object text)
//   evidence_by_object:
//              by_object_key := u32be(o) u32be(p) u32be(s) u64be(fingerprint) -> evidence_digest
//
//   term_record     := u8(roles) i8(polarity) u8(polarity_declared) str16(name)
//                      (str8(language) str16(label))*
//   evidence_record := str16(source) str32(quote) str16(modality) confidence
//                      offset(start) offset(end) str16(page) str16(section) str16(url)
//                      u8(origin) str16(tool) u8(stance) (str16(attribute) attribute_value)*
//   confidence      := 0x00 | 0x01 f64be(confidence)
//   offset          := 0x00 | 0x01 u64be(byte offset)
//   evidence_digest := str16(source) str16(modality) confidence
//                      offset(start) offset(end) str16(page) str16(section) str16(url)
//                      u8(origin) str16(tool) u8(stance) (str16(attribute) attribute_value)*
//   origin          := 0x00 unspecified | 0x01 stated | 0x02 extracted | 0x03 inferred |
//                      0x04 imported
//   stance          := 0x00 supports | 0x01 refutes
//   attribute_value := 0x01 f64be(number) | 0x02 str32(text)
//   roles           := bit 0x01 node, bit 0x02 relation
//   polarity        := 0x01 positive | 0xff negative | 0x02 unknown (?: causal, sign not
//                      stated) | 0x00 none
//   fingerprint     := FNV-1a 64 of bytes(source) 0x1f bytes(quote)
//   source_errors   := rate(systematic) rate(random) rate(reliability)
//   rate            := 0x00 (not declared: the default of each piece's origin) |
//                      0x01 f64be(rate, 0..1)
//
// A source's error rates (engine/model/belief.hpp) are kept apart from its
// declaration's JSON text, which the engine does not read; a source that
// declares none has no source_errors_key, or one with no rate declared. The
// key came after the format mark 'causalkg/2' without changing it: it adds
// to the metadata, which readers look up by key and which every earlier
// causalkg leaves alone.
//
// Attributes follow in ascending order of their names, each name once; an
// empty page, section, url or tool is none.
//
// evidence_by_object holds, for every evidence_key, the same piece keyed by
// its claim's object first, so that the evidence of all the claims into a
// node is one prefix scan, as that of the claims out of it is one scan of
// evidence. Its value is the evidence_record without the quote (the bulk of
// a piece, and what no search weighs): a reader that needs the quote reads
// evidence. Every write that puts or deletes an evidence_key puts or deletes
// its by_object_key in the same atomic write.
//
// Format 'causalkg/1' (stores written before evidence had locators): the
// same but for its mark and its evidence record, which ends at confidence:
//
//   evidence_record_1 := str16(source) str32(quote) str16(modality) confidence
//
// Such a store is read as it is when opened read-only, and migrated when
// opened for writing: every evidence record rewritten as evidence_record,
// evidence_by_object built, and the mark set to 'causalkg/3', in one atomic
// write.
//
// Format 'causalkg/2' (stores written before evidence_by_object): the same
// but for its mark, and it has no evidence_by_object family (or, left by a
// migration that did not finish, an empty one). Read-only it is read as it
// is, the evidence of the claims into a node found through osp and
// evidence; opened for writing, evidence_by_object is built from evidence
// and the mark set to 'causalkg/3', in one atomic write.
//
// Every triple pattern with bound terms is a prefix of one ordering: s, sp,
// spo -> spo; p, po -> pos; o, os -> osp. The fingerprint makes the same
// evidence loaded twice the same key. No stored text holds a control
// character (engine/storage/field_rules.hpp), so neither the 0x00 after a
// label nor the 0x1f between source and quote can be part of a text. A term
// has a label_key for its id and for each of its labels, case-folded
// (engine/common/text_fold.hpp), and a relation has a polarity_key from its
// first write on.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/common/status.hpp"
#include "engine/model/model.hpp"

namespace causalkg::codec {

// The format marks this causalkg reads, the one it writes last. Stored on
// disk: do not change.
inline constexpr const char* kFormat1 = "causalkg/1";
inline constexpr const char* kFormat2 = "causalkg/2";
inline constexpr const char* kFormat = "causalkg/3";

// The layouts of the formats it reads (the records and families that differ
// between them).
enum class FormatVersion : std::uint8_t { k1 = 1, k2 = 2, k3 = 3 };
inline constexpr FormatVersion kCurrentVersion = FormatVersion::k3;
// The mark of a format this causalkg reads.
const char* MarkOf(FormatVersion version);
// The version a format mark names; nullopt for a mark this causalkg does not read.
std::optional<FormatVersion> VersionOfMark(std::string_view mark);

// Column family names, in the order the store opens them. Stored on disk: do
// not change, reorder or remove one (a new one goes at the end).
inline constexpr std::array<const char*, 10> kFamilies = {
    "default", "term", "id",       "label",  "spo",
    "pos",     "osp",  "evidence", "source", "evidence_by_object"};
enum Family : int {
  kMeta = 0,
  kTerm,
  kId,
  kLabel,
  kSpo,
  kPos,
  kOsp,
  kEvidence,
  kSource,
  kEvidenceByObject
};

// --- integers -----------------------------------------------------------------
void PutU32(std::string& out, std::uint32_t v);
void PutU64(std::string& out, std::uint64_t v);
std::uint32_t GetU32(const char* p);
std::uint64_t GetU64(const char* p);

// --- metadata (family default) --------------------------------------------------
// Keys of the metadata. Stored on disk: do not change.
inline constexpr std::string_view kFormatKey = "format";
inline constexpr std::string_view kNextTermKey = "next_term";
inline constexpr std::string_view kPolarityKeyPrefix = "relation/";
inline constexpr std::string_view kSourceErrorsKeyPrefix = "source_errors/";

// The count_key of each count the store keeps, with its field.
struct CountKey {
  std::string_view key;  // stored on disk: do not change
  std::uint64_t StoreCounts::*field;
};
inline constexpr std::array<CountKey, 5> kCountKeys = {{
    {"count/nodes", &StoreCounts::nodes},
    {"count/relations", &StoreCounts::relations},
    {"count/edges", &StoreCounts::edges},
    {"count/evidence", &StoreCounts::evidence},
    {"count/sources", &StoreCounts::sources},
}};

// The value of next_term_key and of each count_key; nullopt when `value` is
// not 8 bytes.
std::string EncodeU64Value(std::uint64_t v);
std::optional<std::uint64_t> DecodeU64Value(std::string_view value);

std::string PolarityKey(TermId relation);
// The relation of a polarity_key; nullopt for any other key.
std::optional<TermId> DecodePolarityKey(std::string_view key);
std::string EncodePolarity(Polarity polarity);
// Nullopt for a value that is not one of the three polarities.
std::optional<Polarity> DecodePolarity(std::string_view value);

std::string SourceErrorsKey(std::string_view source_id);
// The source id of a source_errors_key; nullopt for any other key.
std::optional<std::string_view> DecodeSourceErrorsKey(std::string_view key);
std::string EncodeSourceErrors(const SourceErrors& errors);
// Returns false on a corrupt record.
bool DecodeSourceErrors(std::string_view record, SourceErrors& errors);

// --- the dictionary (families term, id, label) ------------------------------------
// term_key is the name itself; its value the id.
std::string EncodeTermId(TermId id);
// Nullopt when `value` is not 4 bytes.
std::optional<TermId> DecodeTermId(std::string_view value);

std::string IdKey(TermId id);
// Nullopt when `key` is not 4 bytes.
std::optional<TermId> DecodeIdKey(std::string_view key);

std::string LabelKey(std::string_view folded_label, TermId id);
std::string LabelPrefix(std::string_view folded_label);
TermId LabelKeyId(std::string_view key);

// --- triples (families spo, pos, osp) ------------------------------------------
inline constexpr std::size_t kTripleKeySize = 12;
// Keys of the three orderings: the ids in that ordering's order.
std::string TripleKey(Family ordering, const Triple& t);
// `key` holds at least kTripleKeySize bytes.
Triple DecodeTripleKey(Family ordering, std::string_view key);

// The prefix to scan in `ordering` for its first one, two or three ids
// (kNoTerm for those not bound).
std::string TriplePrefix(TermId first, TermId second = kNoTerm, TermId third = kNoTerm);

// --- evidence and sources (families evidence, source) -------------------------------
inline constexpr std::size_t kEvidenceKeySize = kTripleKeySize + 8;
// Stored on disk (in every evidence key): do not change.
std::uint64_t Fingerprint(std::string_view source, std::string_view quote);
std::string EvidenceKey(const Triple& t, const Evidence& e);
// The key of the evidence of `t` with `fingerprint`, written over `key`.
void EvidenceKeyInto(const Triple& t, std::uint64_t fingerprint, std::string& key);
// The by_object_key of the evidence of `t` with `fingerprint`, written over `key`.
void EvidenceByObjectKeyInto(const Triple& t, std::uint64_t fingerprint, std::string& key);
// The claim of a by_object_key; `key` holds kEvidenceKeySize bytes.
Triple DecodeEvidenceByObjectKey(std::string_view key);
// The by_object_key of the evidence_key `key` (kEvidenceKeySize bytes), written over `out`.
void EvidenceByObjectKeyOf(std::string_view key, std::string& out);
// source_key is the source id itself; its value the JSON object text.
// The record of a source known only by the id its evidence names:
// {"id":"..."}, as a declaration of the id alone is stored. `id` holds no
// control character (engine/storage/field_rules.hpp), so escaping quotes
// and backslashes makes it JSON.
std::string SourceRecordOfId(std::string_view id);

// --- records ------------------------------------------------------------------
// The width in bytes of each strN field of the records above, and the most
// bytes a field of that width holds. The limits a write is held to
// (engine/storage/field_rules.hpp) are checked against these at compile time.
// Stored on disk: do not change.
inline constexpr int kTermNameWidth = 2;
inline constexpr int kLanguageWidth = 1;
inline constexpr int kLabelWidth = 2;
inline constexpr int kSourceWidth = 2;
inline constexpr int kQuoteWidth = 4;
inline constexpr int kModalityWidth = 2;
inline constexpr int kPageWidth = 2;
inline constexpr int kSectionWidth = 2;
inline constexpr int kUrlWidth = 2;
inline constexpr int kToolWidth = 2;
inline constexpr int kAttributeNameWidth = 2;
inline constexpr int kAttributeTextWidth = 4;
constexpr std::uint64_t MaxBytesOfWidth(int width) { return (std::uint64_t{1} << (8 * width)) - 1; }

// The stored values of the roles and polarities, as the model spells them.
static_assert(kRoleNode == 0x01 && kRoleRelation == 0x02, "roles are stored on disk");
static_assert(static_cast<std::int8_t>(Polarity::kPositive) == 1 &&
                  static_cast<std::int8_t>(Polarity::kNegative) == -1 &&
                  static_cast<std::int8_t>(Polarity::kUnknown) == 2 &&
                  static_cast<std::int8_t>(Polarity::kNone) == 0,
              "polarities are stored on disk");
static_assert(static_cast<int>(EvidenceOrigin::kUnspecified) == 0 &&
                  static_cast<int>(EvidenceOrigin::kStated) == 1 &&
                  static_cast<int>(EvidenceOrigin::kExtracted) == 2 &&
                  static_cast<int>(EvidenceOrigin::kInferred) == 3 &&
                  static_cast<int>(EvidenceOrigin::kImported) == 4,
              "origins are stored on disk");
static_assert(static_cast<int>(Stance::kSupports) == 0 && static_cast<int>(Stance::kRefutes) == 1,
              "stances are stored on disk");

// A Storage error (code kInvalid), writing nothing, when a field is longer
// than its width holds: a length cut to its low bytes would read back as
// another record.
Result<std::string> EncodeTermRecord(std::string_view name, const TermInfo& info);
// Returns false on a corrupt record.
bool DecodeTermRecord(std::string_view record, std::string& name, TermInfo& info);

// An evidence_record, of the format this causalkg writes.
Result<std::string> EncodeEvidence(const Evidence& e);
// Reads `record` as the evidence record of a store of `version`; returns
// false on a corrupt record.
bool DecodeEvidence(std::string_view record, FormatVersion version, Evidence& e);
// The evidence_digest of an evidence_record (of the format this causalkg
// writes), written over `digest`: its bytes but the quote's. False on a
// corrupt record.
bool DigestOfRecord(std::string_view record, std::string& digest);
// Reads an evidence_digest into `e`, whose quote it empties; false on a
// corrupt digest.
bool DecodeEvidenceDigest(std::string_view digest, Evidence& e);

// --- scans ----------------------------------------------------------------------
// The first key past every key that starts with `prefix`: the prefix with
// its last byte that can grow grown by one; "" when there is none (all
// bytes 0xff: the scan has no upper bound).
std::string PrefixUpperBound(std::string_view prefix);

}  // namespace causalkg::codec
