// The things a causalkg store holds: terms, triples, evidence, and what the
// store knows about a term (its roles, a relation's polarity, its labels).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace causalkg {

// Every node and relation name is stored once and referred to by its id.
// 32 bits keep keys short (12 bytes a triple); 4 billion terms is the limit.
using TermId = std::uint32_t;
inline constexpr TermId kNoTerm = 0;  // ids start at 1

// A relation's polarity. Non-causal relations (addresses, is_a) have none;
// a causal relation whose sign is not stated (influences, depends_on) has
// kUnknown, written `?`. The values are the byte the store keeps
// (engine/storage), so they never change.
enum class Polarity : std::int8_t { kNone = 0, kPositive = 1, kNegative = -1, kUnknown = 2 };

// "+", "-", "?", or "" for kNone.
const char* PolarityText(Polarity p);
// The causal polarity a claims file or a statement writes as "+", "-" or
// "?"; nullopt for any other text (kNone has no text of its own).
std::optional<Polarity> CausalPolarityFromText(std::string_view text);

// The sign of a causal step, and the net sign of a chain: +1, -1, or
// kUnknownSign (0) for `?`. A chain's net sign is the product of its steps'
// signs, an integer multiply with no branch: + and - multiply as usual, and
// 0 absorbs, so a chain with one `?` step is `?`.
inline constexpr int kPositiveSign = 1;
inline constexpr int kNegativeSign = -1;
inline constexpr int kUnknownSign = 0;
// The sign of a step along a relation of causal polarity `p` (kNone, which
// no chain follows, gives kUnknownSign too).
inline int SignOf(Polarity p) {
  // Indexed by the polarity's byte, masked to two bits: kNone 0, kPositive
  // 1, kUnknown 2, kNegative 0xff -> 3. Called once an edge read, no branch.
  constexpr int kSigns[4] = {kUnknownSign, kPositiveSign, kUnknownSign, kNegativeSign};
  return kSigns[static_cast<std::uint8_t>(p) & 3];
}
// The polarity of a step of sign `sign` (+1, -1 or 0): kPositive,
// kNegative or kUnknown.
inline Polarity PolarityOfSign(int sign) {
  constexpr Polarity kPolarities[3] = {Polarity::kNegative, Polarity::kUnknown,
                                       Polarity::kPositive};
  return kPolarities[sign + 1];
}
// "+", "-" or "?".
const char* SignText(int sign);

struct Triple {
  TermId subject = kNoTerm;
  TermId relation = kNoTerm;
  TermId object = kNoTerm;
  friend bool operator==(const Triple&, const Triple&) = default;
  friend auto operator<=>(const Triple&, const Triple&) = default;
};

// Where in its source a piece of evidence stands. Every part is optional.
struct Locator {
  // Byte offsets of the quote in the source's text, start <= end when both
  // are given.
  std::optional<std::uint64_t> start, end;
  std::string page;     // "14", "xii"; a page given as a number is kept as its digits
  std::string section;  // "2.3", "Methods"
  std::string url;
  bool empty() const { return !start && !end && page.empty() && section.empty() && url.empty(); }
  friend bool operator==(const Locator&, const Locator&) = default;
};

// How a piece of evidence came to be: stated in the text it quotes,
// extracted from it by a reader or a program, inferred (by an importer, from
// a model's equations, say), or imported from a named tool. The values are
// the byte the store keeps (engine/storage), so they never change.
enum class EvidenceOrigin : std::uint8_t {
  kUnspecified = 0,
  kStated = 1,
  kExtracted = 2,
  kInferred = 3,
  kImported = 4,
};

// "stated", "extracted", "inferred", "imported"; "" for kUnspecified.
const char* OriginText(EvidenceOrigin origin);
// One of the four names; nullopt for any other text.
std::optional<EvidenceOrigin> OriginFromText(std::string_view text);

// Whether a piece of evidence speaks for its claim or against it. The values
// are the byte the store keeps.
enum class Stance : std::uint8_t { kSupports = 0, kRefutes = 1 };

// "supports" or "refutes".
const char* StanceText(Stance stance);
std::optional<Stance> StanceFromText(std::string_view text);

// A free attribute's value, as the tool it came from gave it: a number (a
// weight, a belief) or a text (a delay written as an expression).
using AttributeValue = std::variant<double, std::string>;
// Attributes by name: ordered, so that equal pieces compare, store and print
// alike whatever order they were given in.
using Attributes = std::map<std::string, AttributeValue, std::less<>>;

// One piece of support for a triple: where a claim comes from.
struct Evidence {
  std::string source;                // a source id, e.g. "scp-2025"; may be empty
  std::string quote;                 // verbatim words from the source; may be empty
  std::string modality;              // e.g. "can"; may be empty
  std::optional<double> confidence;  // 0..1
  Locator locator;
  EvidenceOrigin origin = EvidenceOrigin::kUnspecified;
  std::string tool;  // the tool it was imported from: "vensim", "indra:reach"; may be empty
  Stance stance = Stance::kSupports;
  Attributes attributes;
  // Whether it says nothing at all: a claim added bare has no evidence.
  bool empty() const {
    return source.empty() && quote.empty() && modality.empty() && !confidence && locator.empty() &&
           origin == EvidenceOrigin::kUnspecified && tool.empty() && stance == Stance::kSupports &&
           attributes.empty();
  }
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

// What a source declares of its error rates, each in 0..1 (how they weigh
// its evidence: engine/model/belief.hpp). What it leaves out takes the
// default of each piece's origin. `reliability` is the belief one plain
// assertion of the source would have alone, and stands for the random
// error it implies; a source declares it or `random`, not both.
struct SourceErrors {
  std::optional<double> systematic;
  std::optional<double> random;
  std::optional<double> reliability;
  bool empty() const { return !systematic && !random && !reliability; }
  friend bool operator==(const SourceErrors&, const SourceErrors&) = default;
};

// A source of claims, as declared in a JSON document. `json` keeps every
// declared field (title, publisher, date, language, url, ...) as JSON text.
struct SourceInfo {
  std::string id;
  std::string json;  // the declaration as a JSON object
  // Its error rates, kept apart from `json` so that the engine, which reads
  // no JSON, can weigh its evidence. None declared: the defaults.
  SourceErrors errors{};
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
