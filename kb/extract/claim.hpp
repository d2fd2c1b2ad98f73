// A causal claim found in one sentence, in token positions; the candidate
// (candidate.hpp) is what it becomes in the file's bytes.
#pragma once

#include <string_view>
#include <vector>

#include "kb/extract/lexicon.hpp"

namespace causalkg::kb::extract {

// Tokens [first, last) of a sentence.
struct Span {
  int first = 0;
  int last = 0;
  bool empty() const { return first >= last; }
  int size() const { return last - first; }
  friend bool operator==(const Span&, const Span&) = default;
};

// A cause or an effect: the phrase as written, and the words to name it by.
// They differ only for a coordination of adjectives: "social and digital
// inequality" is written once and names two things (social inequality,
// digital inequality).
struct Side {
  Span span;
  std::vector<int> words;  // token positions, in order
};

// The rules, as the candidates' `rule` field names them.
namespace rules {
inline constexpr std::string_view kVerb = "verb";                  // X increases Y
inline constexpr std::string_view kVerbFinal = "verb-final";       // dat X Y vergroot
inline constexpr std::string_view kPassive = "passive";            // Y is increased by X
inline constexpr std::string_view kInfluence = "influence";        // X has influence on Y
inline constexpr std::string_view kNominal = "nominal";            // the effect of X on Y
inline constexpr std::string_view kChain = "chain";                // ..., which in turn weakens Y
inline constexpr std::string_view kCoordination = "coordination";  // X increases A and B
inline constexpr std::string_view kConnective = "connective";      // Y because X
inline constexpr std::string_view kMarker = "marker";              // Y due to X
inline constexpr std::string_view kPurpose = "purpose";            // X to Y
inline constexpr std::string_view kParticiple = "participle";      // X, demanding Y; X, killing Y
inline constexpr std::string_view kComparison = "comparison";      // as with Z, X increases Y
inline constexpr std::string_view kRoot = "root";                  // the roots of Y
// A rule that relates two clauses or a phrase and a clause, not a verb and
// its arguments: its claims are no event of the clause they lie in.
inline bool RelatesClauses(std::string_view rule) {
  return rule == kConnective || rule == kMarker || rule == kPurpose || rule == kParticiple;
}
}  // namespace rules

struct Claim {
  Side cause;
  Side effect;
  int sign = 1;  // +1, -1, 0 (?)
  bool negated = false;
  bool hedged = false;
  std::string_view rule;
  const LexiconEntry* entry = nullptr;  // the cue's entry: its relation
  Span cue;                             // the cue's tokens, first to last
  int subject_sign = 1;  // what the subject brought to the sign (chain.hpp: Subject::sign)
  // -1 when the cause's own words say it falls (Low wages increase turnover):
  // the effect then moves against the claim's sign (turnover rises).
  int cause_turn = 1;
  // English verb claims: -1 when the effect's own words say it falls (leads
  // to lower prices, a fall in demand), else 1; 0 where no verb read it.
  int effect_turn = 0;
};

// How much a candidate of each rule is to be believed, before hedges: in
// English the rule's share of right candidates on the development sets'
// tuning halves (bench/RESULTS.md), in Dutch a first calibration on the
// project's own test texts; the review's accept rates are to refine both.
double BaseConfidence(std::string_view rule, Language language);

}  // namespace causalkg::kb::extract
