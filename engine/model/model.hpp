// The things a causalkg store holds: terms, triples, evidence, and what the
// store knows about a term (its roles, a relation's polarity, its labels).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace causalkg {

// Every node and relation name is stored once and referred to by its id.
// 32 bits keep keys short (12 bytes a triple); 4 billion terms is the limit.
using TermId = std::uint32_t;
inline constexpr TermId kNoTerm = 0;  // ids start at 1

// A relation's polarity. Non-causal relations (addresses, is_a) have none.
enum class Polarity : std::int8_t { kNone = 0, kPositive = 1, kNegative = -1 };

// "+", "-" or "" for kNone.
const char* PolarityText(Polarity p);
inline int PolarityFactor(Polarity p) { return static_cast<int>(p); }

struct Triple {
  TermId subject = kNoTerm;
  TermId relation = kNoTerm;
  TermId object = kNoTerm;
  friend bool operator==(const Triple&, const Triple&) = default;
  friend auto operator<=>(const Triple&, const Triple&) = default;
};

// One piece of support for a triple: where a claim comes from.
struct Evidence {
  std::string source;                // a source id, e.g. "scp-2025"; may be empty
  std::string quote;                 // verbatim words from the source; may be empty
  std::string modality;              // e.g. "can"; may be empty
  std::optional<double> confidence;  // 0..1
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

// Labels by language code ("en", "nl"): searchable names of a term.
using Labels = std::map<std::string, std::string>;

// What a term is used as. A term can be both (rarely).
enum TermRole : std::uint8_t { kRoleNode = 1, kRoleRelation = 2 };

// What the store knows about a term beyond its name.
struct TermInfo {
  std::uint8_t roles = 0;  // TermRole bits
  // For relations: whether a polarity was given (declared or built in);
  // an undeclared relation outside the built-in vocabulary has none.
  bool polarity_declared = false;
  Polarity polarity = Polarity::kNone;
  Labels labels;
  friend bool operator==(const TermInfo&, const TermInfo&) = default;
};

// A source of claims, as declared in a JSON document. `fields` keeps every
// declared field (title, publisher, date, language, url, ...) as JSON text.
struct SourceInfo {
  std::string id;
  std::string json;  // the declaration as a JSON object
};

// Counts kept with the store, so that stats need no scan.
struct StoreCounts {
  std::uint64_t nodes = 0;
  std::uint64_t relations = 0;
  std::uint64_t edges = 0;
  std::uint64_t evidence = 0;
  std::uint64_t sources = 0;
  friend bool operator==(const StoreCounts&, const StoreCounts&) = default;
};

}  // namespace causalkg
