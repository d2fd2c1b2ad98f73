// The belief of a claim from its pieces of evidence (engine/model/belief.hpp,
// docs/belief.md), on hand-worked pieces, to a relative precision of 1e-9.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "engine/model/belief.hpp"

namespace causalkg {
namespace {

Approx Near(double expected) { return Approx(expected).epsilon(1e-9).margin(0); }

Evidence Piece(std::string source, std::optional<double> confidence, std::string modality = "",
               EvidenceOrigin origin = EvidenceOrigin::kUnspecified,
               Stance stance = Stance::kSupports) {
  Evidence e;
  e.source = std::move(source);
  e.quote = "a quote";
  e.confidence = confidence;
  e.modality = std::move(modality);
  e.origin = origin;
  e.stance = stance;
  return e;
}

const SourceErrorTable kNoRates;

TEST_CASE("the bundled report's four pieces of one claim give 0.9372", "[belief]") {
  // digitalisation strengthens individualisation: can 0.6, can 0.6, can 0.6, is 0.8.
  const std::vector<Evidence> pieces = {
      Piece("scp-2025", 0.6, "can"), Piece("scp-2025", 0.6, "can"), Piece("scp-2025", 0.6, "can"),
      Piece("scp-2025", 0.8, "is")};
  const Belief belief = BeliefOf(pieces, kNoRates);
  // 1 - (0.05 + 0.4 * 0.4 * 0.4 * 0.2) = 1 - 0.0628
  CHECK(belief.support == Near(0.9372));
  CHECK(belief.refute == 0);
  CHECK(belief.value == Near(0.9372));
  // A source's pieces never pass 1 - its systematic error.
  std::vector<Evidence> many(40, Piece("scp-2025", 0.8, "is"));
  CHECK(BeliefOf(many, kNoRates).value <= 0.95);
  CHECK(BeliefOf(many, kNoRates).value == Near(0.95).epsilon(1e-6));
}

TEST_CASE("a claim with no supporting piece has the support of one bare assertion", "[belief]") {
  CHECK(BeliefOf({}, kNoRates).value == Near(0.65));
  const std::vector<Evidence> refuted = {
      Piece("b", 0.6, "", EvidenceOrigin::kUnspecified, Stance::kRefutes)};
  const Belief belief = BeliefOf(refuted, kNoRates);
  CHECK(belief.support == Near(0.65));
  CHECK(belief.refute == Near(0.55));
  CHECK(belief.value == Near(0.65 * 0.45));
}

TEST_CASE("several sources raise belief more than several pieces of one", "[belief]") {
  const std::vector<Evidence> one_source = {Piece("a", std::nullopt), Piece("a", std::nullopt)};
  const std::vector<Evidence> two_sources = {Piece("a", std::nullopt), Piece("b", std::nullopt)};
  // 1 - (0.05 + 0.3 * 0.3) and 1 - (0.05 + 0.3) * (0.05 + 0.3)
  CHECK(BeliefOf(one_source, kNoRates).value == Near(0.86));
  CHECK(BeliefOf(two_sources, kNoRates).value == Near(1 - 0.35 * 0.35));
  const std::vector<Evidence> three_sources = {Piece("a", 0.5), Piece("b", 0.6), Piece("", 0.7)};
  CHECK(BeliefOf(three_sources, kNoRates).value == Near(1 - 0.55 * 0.45 * 0.35));
  // Pieces without a source are one unnamed source.
  const std::vector<Evidence> unnamed = {Piece("", 0.5), Piece("", 0.5)};
  CHECK(BeliefOf(unnamed, kNoRates).value == Near(1 - (0.05 + 0.25)));
}

TEST_CASE("refuting pieces lower belief by what they weigh together", "[belief]") {
  const std::vector<Evidence> pieces = {
      Piece("a", 0.8), Piece("b", 0.6, "", EvidenceOrigin::kUnspecified, Stance::kRefutes),
      Piece("c", std::nullopt, "may", EvidenceOrigin::kUnspecified, Stance::kRefutes)};
  const Belief belief = BeliefOf(pieces, kNoRates);
  const double refute = 1 - (0.05 + 0.4) * (0.05 + (1 - 0.7 * 0.75));
  CHECK(belief.support == Near(0.75));
  CHECK(belief.refute == Near(refute));
  CHECK(belief.value == Near(0.75 * (1 - refute)));
}

TEST_CASE("a hedge weighs a piece without a confidence, in English and Dutch", "[belief]") {
  for (const char* hedge : {"can", "May", "might", "possibly", "kan", "kunnen", "mogelijk",
                            "zou kunnen", "could-be", "misschien"}) {
    INFO(hedge);
    CHECK(ModalityWeight(hedge) == kHedgeWeight);
    const std::vector<Evidence> piece = {Piece("a", std::nullopt, hedge)};
    CHECK(BeliefOf(piece, kNoRates).value == Near(1 - (0.05 + (1 - 0.7 * 0.75))));
  }
  for (const char* assertion : {"", "is", "does", "will", "IS", "wordt", "cannot-be-said"}) {
    INFO(assertion);
    CHECK(ModalityWeight(assertion) == 1);
  }
  // A confidence already weighs its modality.
  const std::vector<Evidence> confident = {Piece("a", 0.6, "can")};
  CHECK(BeliefOf(confident, kNoRates).value == Near(0.55));
}

TEST_CASE("a piece's origin chooses the defaults of a source that declares nothing", "[belief]") {
  auto alone = [](EvidenceOrigin origin) {
    const std::vector<Evidence> piece = {Piece("a", std::nullopt, "", origin)};
    return BeliefOf(piece, kNoRates).value;
  };
  CHECK(alone(EvidenceOrigin::kUnspecified) == Near(0.65));
  CHECK(alone(EvidenceOrigin::kStated) == Near(0.65));
  CHECK(alone(EvidenceOrigin::kImported) == Near(0.65));
  CHECK(alone(EvidenceOrigin::kExtracted) == Near(0.5));
  CHECK(alone(EvidenceOrigin::kInferred) == Near(0.75));
  // A source with pieces of several origins errs systematically as the most cautious.
  const std::vector<Evidence> mixed = {Piece("a", std::nullopt, "", EvidenceOrigin::kStated),
                                       Piece("a", std::nullopt, "", EvidenceOrigin::kExtracted)};
  CHECK(BeliefOf(mixed, kNoRates).value == Near(1 - (0.1 + 0.3 * 0.4)));
}

TEST_CASE("what a source declares replaces the defaults", "[belief]") {
  SourceErrorTable rates;
  rates["careful"].systematic = 0.1;
  rates["careful"].reliability = 0.8;
  rates["noisy"].random = 0.5;
  rates["sure"].reliability = 1;
  const std::vector<Evidence> careful = {Piece("careful", std::nullopt)};
  const std::vector<Evidence> careful_confident = {Piece("careful", 0.5)};
  const std::vector<Evidence> noisy = {Piece("noisy", std::nullopt, "kan")};
  const std::vector<Evidence> sure = {Piece("sure", std::nullopt)};
  // A reliability is the belief of one plain piece: random 1 - 0.8 - 0.1.
  CHECK(ErrorRatesOf(rates["careful"], EvidenceOrigin::kUnspecified).random == Near(0.1));
  CHECK(BeliefOf(careful, rates).value == Near(0.8));
  // A confidence keeps its place; the systematic error still counts.
  CHECK(BeliefOf(careful_confident, rates).value == Near(1 - (0.1 + 0.5)));
  CHECK(BeliefOf(noisy, rates).value == Near(1 - (0.05 + (1 - 0.5 * 0.75))));
  // A reliability past 1 - systematic counts as 1 - systematic.
  CHECK(ErrorRatesOf(rates["sure"], EvidenceOrigin::kExtracted).random == 0);
  CHECK(BeliefOf(sure, rates).value == Near(0.95));
  // Sources not in the table take the defaults.
  const std::vector<Evidence> other = {Piece("other", std::nullopt)};
  CHECK(BeliefOf(other, rates).value == Near(0.65));
}

TEST_CASE("a tally of pieces one at a time is the belief of them all", "[belief]") {
  SourceErrorTable rates;
  rates["b"].systematic = 0.2;
  const std::vector<Evidence> pieces = {
      Piece("a", 0.7), Piece("b", std::nullopt, "may", EvidenceOrigin::kExtracted),
      Piece("a", std::nullopt, "", EvidenceOrigin::kInferred, Stance::kRefutes), Piece("c", 0.9),
      Piece("b", 0.4)};
  BeliefTally tally(rates);
  for (const Evidence& e : pieces) tally.Add(e);
  CHECK(tally.Result() == BeliefOf(pieces, rates));
  const double support = 1 - (0.05 + 0.3) * (0.2 + (1 - 0.6 * 0.75) * 0.6) * (0.05 + 0.1);
  CHECK(tally.Result().support == Near(support));
  CHECK(tally.Result().refute == Near(0.75));
}

TEST_CASE("a chain's belief is the product of its steps'", "[belief]") {
  const std::vector<double> steps = {0.9372, 0.55};
  CHECK(ChainBelief(steps) == Near(0.51546));
  CHECK(ChainBelief({}) == 1);
}

TEST_CASE("rates that do not add up are refused with a reason", "[belief]") {
  CHECK(ErrorRatesProblem({}).empty());
  CHECK(ErrorRatesProblem({0.1, 0.2, std::nullopt}).empty());
  CHECK(ErrorRatesProblem({0.1, std::nullopt, 0.9}).empty());
  CHECK(ErrorRatesProblem({1.5, std::nullopt, std::nullopt}) ==
        "gives a systematic error outside 0..1");
  CHECK(ErrorRatesProblem({std::nullopt, std::nullopt, -0.1}) ==
        "gives a reliability outside 0..1");
  CHECK(ErrorRatesProblem({std::nullopt, std::nan(""), std::nullopt}) ==
        "gives a random error outside 0..1");
  CHECK_THAT(ErrorRatesProblem({std::nullopt, 0.2, 0.8}),
             Catch::StartsWith("gives both a reliability and a random error"));
  CHECK(ErrorRatesProblem({0.6, 0.5, std::nullopt}) ==
        "gives a systematic and a random error that add up to more than 1");
}

}  // namespace
}  // namespace causalkg
