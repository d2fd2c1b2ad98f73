// Belief in a claim from its evidence, as INDRA's SimpleScorer reckons it
// (docs/belief.md has the formula, the defaults and a worked example).
//
// Every source of evidence errs in two ways: systematically (all its pieces
// wrong together: the reader misread the text, the model is wrong) with
// probability `systematic`, and at random (one piece wrong on its own) with
// probability `random`. A claim is wrong only if every source that supports
// it is wrong, so for its supporting pieces grouped by source s, each piece
// i with random error r_i,
//
//   support = 1 - PRODUCT over s of (systematic_s + PRODUCT over i of r_i)
//
// and the pieces that refute it give `refute` the same way; the claim's
// belief is support * (1 - refute). Nothing here reads a store: the callers
// hand in the pieces and what the sources declare.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/model.hpp"

namespace causalkg {

// The two error rates of a source, each in 0..1.
struct ErrorRates {
  double systematic = 0;
  double random = 0;
  friend bool operator==(const ErrorRates&, const ErrorRates&) = default;
};

// What the sources of a store declare, by source id; a source not here
// declares nothing.
using SourceErrorTable = std::map<std::string, SourceErrors, std::less<>>;

// What is wrong with the rates `errors` declares, in words that follow the
// source's name ("gives both a reliability and a random error ..."), or ""
// when nothing is: each lies in 0..1; a reliability stands for a random
// error, so a source gives one of them; its systematic and random errors add
// up to at most 1 (they are the chances of two ways of being wrong).
std::string ErrorRatesProblem(const SourceErrors& errors);

// The rates of a source that declares nothing, by how its piece came:
// stated, imported or unspecified 0.05 and 0.30; extracted by a program
// 0.10 and 0.40; inferred from a model's equations 0.05 and 0.20.
ErrorRates DefaultErrorRates(EvidenceOrigin origin);

// The rates that weigh a piece of `origin` from a source that declares
// `declared`.
ErrorRates ErrorRatesOf(const SourceErrors& declared, EvidenceOrigin origin);

// How much a modality lets a piece count: 1 for none and for an assertion
// ("is", "does", ...), kHedgeWeight for a hedge ("can", "may", "might",
// "possibly"; Dutch "kan", "kunnen", "mogelijk", ...). A modality of
// several words is a hedge when one of them is.
inline constexpr double kHedgeWeight = 0.75;
double ModalityWeight(std::string_view modality);

// The random error of one piece from a source of rates `rates`: 1 -
// confidence when the piece has one (its author's judgement, which already
// weighs its modality), else 1 - (1 - random) * ModalityWeight(modality).
double RandomErrorOf(const Evidence& piece, const ErrorRates& rates);

struct Belief {
  double support = 0;  // from the pieces that support the claim
  double refute = 0;   // from the pieces that refute it; 0 when none does
  double value = 0;    // support * (1 - refute)
  friend bool operator==(const Belief&, const Belief&) = default;
};

// The belief of a claim from its pieces of evidence given one at a time,
// holding one running product a source: for a claim whose pieces are
// streamed from the store, however many there are.
class BeliefTally {
 public:
  // `sources` must outlive the tally.
  explicit BeliefTally(const SourceErrorTable& sources) : sources_(sources) {}
  void Add(const Evidence& piece);
  // The belief of the pieces added so far (BeliefOf).
  Belief Result() const;
  // Forgets the pieces added, keeping what it has allocated: one tally
  // weighs claim after claim.
  void Clear() {
    groups_[0].clear();
    groups_[1].clear();
  }

 private:
  struct SourceGroup {
    std::string source;
    double systematic = 0;
    double random_product = 1;  // of its pieces' random errors
  };
  const SourceErrorTable& sources_;
  std::vector<SourceGroup> groups_[2];  // by stance: supports, refutes
};

// The belief of a claim whose evidence is `pieces`, its sources declaring
// `sources`. Pieces group by their source id (the empty id is one unnamed
// source); a group's systematic error is its source's, or the largest
// default of its pieces' origins. A claim with no supporting piece (added
// bare, or known only from pieces that refute it) was still asserted by
// whoever put it in the store: its support is that of one plain piece from
// an unnamed source, 0.65.
Belief BeliefOf(std::span<const Evidence> pieces, const SourceErrorTable& sources);

// The belief of a chain: the product of its steps' beliefs (1 for none).
double ChainBelief(std::span<const double> steps);

}  // namespace causalkg
