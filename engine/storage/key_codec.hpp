// The on-disk layout of a causalkg store: column families, keys and values.
//
//   column family   key                                   value
//   default         "format"                              "causalkg/1"
//                   "next_term"                           u32
//                   "count/" name                         u64   (nodes, relations, edges, evidence,
//                   sources)
//   term            name bytes                            u32 id
//   id              u32 id                                term-record
//   label           folded-label 0x00 u32 id              (empty)
//   spo             u32 s  u32 p  u32 o                   (empty)
//   pos             u32 p  u32 o  u32 s                   (empty)
//   osp             u32 o  u32 s  u32 p                   (empty)
//   evidence        u32 s  u32 p  u32 o  u64 fingerprint  evidence-record
//   source          source id bytes                       JSON object text
//
//   term-record     := u8 roles  i8 polarity  u8 polarity_declared  str16 name
//                      { str8 language  str16 label }*
//   evidence-record := str16 source  str32 quote  str16 modality
//                      u8 has_confidence  [f64 confidence]
//   strN            := uN length, then that many bytes
//
// Integers are fixed-width big-endian, so that byte order is numeric order
// and every triple pattern with bound terms is a prefix of one ordering:
// s, sp, spo -> spo; p, po -> pos; o, os -> osp.
// The fingerprint hashes source and quote, so that the same evidence loaded
// twice is the same key. No stored text holds a control character
// (engine/storage/field_rules.hpp), so neither the 0x00 after a label nor the 0x1f
// between source and quote in the fingerprint can be part of a text.
// DO NOT CHANGE any of this without a format bump.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/common/status.hpp"
#include "engine/model/model.hpp"

namespace causalkg::codec {

inline constexpr const char* kFormat = "causalkg/1";

// Column family names, in the order the store opens them.
inline constexpr std::array<const char*, 9> kFamilies = {
    "default", "term", "id", "label", "spo", "pos", "osp", "evidence", "source"};
enum Family : int { kMeta = 0, kTerm, kId, kLabel, kSpo, kPos, kOsp, kEvidence, kSource };

void PutU32(std::string& out, std::uint32_t v);
void PutU64(std::string& out, std::uint64_t v);
std::uint32_t GetU32(const char* p);
std::uint64_t GetU64(const char* p);

std::string IdKey(TermId id);

// Keys of the three orderings: the ids in that ordering's order.
std::string TripleKey(Family ordering, const Triple& t);
Triple DecodeTripleKey(Family ordering, std::string_view key);

// The ids of `t` bound in `mask` order: the prefix to scan in `ordering`.
std::string TriplePrefix(Family ordering, TermId first, TermId second = kNoTerm,
                         TermId third = kNoTerm);

std::uint64_t Fingerprint(std::string_view source, std::string_view quote);
std::string EvidenceKey(const Triple& t, const Evidence& e);

// The first key past every key that starts with `prefix`: the prefix with
// its last byte that can grow grown by one; "" when there is none (all
// bytes 0xff: the scan has no upper bound).
std::string PrefixUpperBound(std::string_view prefix);

std::string LabelKey(std::string_view folded_label, TermId id);
std::string LabelPrefix(std::string_view folded_label);
TermId LabelKeyId(std::string_view key);

// The width in bytes of each strN field of the records above, and the most
// bytes a field of that width holds. The limits a write is held to
// (engine/storage/field_rules.hpp) are checked against these at compile time.
inline constexpr int kTermNameWidth = 2;
inline constexpr int kLanguageWidth = 1;
inline constexpr int kLabelWidth = 2;
inline constexpr int kSourceWidth = 2;
inline constexpr int kQuoteWidth = 4;
inline constexpr int kModalityWidth = 2;
constexpr std::uint64_t MaxBytesOfWidth(int width) { return (std::uint64_t{1} << (8 * width)) - 1; }

// A Storage error, writing nothing, when a field is longer than its width
// holds: a length cut to its low bytes would read back as another record.
Result<std::string> EncodeTermRecord(std::string_view name, const TermInfo& info);
// Returns false on a corrupt record.
bool DecodeTermRecord(std::string_view record, std::string& name, TermInfo& info);

Result<std::string> EncodeEvidence(const Evidence& e);
bool DecodeEvidence(std::string_view record, Evidence& e);

}  // namespace causalkg::codec
