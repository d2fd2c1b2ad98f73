#include "engine/model/belief.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

namespace causalkg {

namespace {

// Words that hedge a claim, English and Dutch, lower case.
// clang-format off
constexpr std::string_view kHedges[] = {
    "can", "could", "may", "might", "possibly", "possible", "perhaps", "maybe", "potentially",
    "likely", "probably",
    "kan", "kunnen", "kon", "konden", "zou", "zouden", "mag", "mogen", "mogelijk", "mogelijke",
    "mogelijkerwijs", "misschien", "wellicht", "waarschijnlijk", "vermoedelijk", "potentieel",
    "eventueel", "allicht"};
// clang-format on

bool IsHedge(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return std::find(std::begin(kHedges), std::end(kHedges), lower) != std::end(kHedges);
}

double Clamp01(double x) { return std::clamp(x, 0.0, 1.0); }

}  // namespace

std::string ErrorRatesProblem(const SourceErrors& errors) {
  const std::pair<const std::optional<double>*, const char*> rates[] = {
      {&errors.systematic, "systematic error"},
      {&errors.random, "random error"},
      {&errors.reliability, "reliability"}};
  for (const auto& [rate, name] : rates) {
    if (*rate && !(**rate >= 0 && **rate <= 1)) {
      return std::string("gives a ") + name + " outside 0..1";
    }
  }
  if (errors.random && errors.reliability) {
    return "gives both a reliability and a random error: give one (a reliability x stands for "
           "the random error 1 - x - systematic error)";
  }
  if (errors.systematic && errors.random && *errors.systematic + *errors.random > 1) {
    return "gives a systematic and a random error that add up to more than 1";
  }
  return "";
}

ErrorRates DefaultErrorRates(EvidenceOrigin origin) {
  switch (origin) {
    case EvidenceOrigin::kExtracted:
      return {0.10, 0.40};
    case EvidenceOrigin::kInferred:
      return {0.05, 0.20};
    case EvidenceOrigin::kUnspecified:
    case EvidenceOrigin::kStated:
    case EvidenceOrigin::kImported:
      break;
  }
  return {0.05, 0.30};
}

ErrorRates ErrorRatesOf(const SourceErrors& declared, EvidenceOrigin origin) {
  ErrorRates rates = DefaultErrorRates(origin);
  if (declared.systematic) rates.systematic = Clamp01(*declared.systematic);
  if (declared.random) {
    rates.random = Clamp01(*declared.random);
  } else if (declared.reliability) {
    rates.random = std::max(0.0, 1 - Clamp01(*declared.reliability) - rates.systematic);
  }
  return rates;
}

double ModalityWeight(std::string_view modality) {
  std::size_t at = 0;
  while (at < modality.size()) {
    const std::size_t end = std::min(modality.find_first_of(" \t-_,", at), modality.size());
    if (end > at && IsHedge(modality.substr(at, end - at))) return kHedgeWeight;
    at = end + 1;
  }
  return 1;
}

double RandomErrorOf(const Evidence& piece, const ErrorRates& rates) {
  if (piece.confidence) return 1 - Clamp01(*piece.confidence);
  return 1 - (1 - rates.random) * ModalityWeight(piece.modality);
}

void BeliefTally::Add(const Evidence& piece) {
  auto declared = sources_.find(piece.source);
  const ErrorRates rates =
      ErrorRatesOf(declared == sources_.end() ? SourceErrors{} : declared->second, piece.origin);
  std::vector<SourceGroup>& groups = groups_[piece.stance == Stance::kRefutes ? 1 : 0];
  auto group = std::find_if(groups.begin(), groups.end(),
                            [&](const SourceGroup& g) { return g.source == piece.source; });
  if (group == groups.end()) {
    groups.push_back({piece.source, rates.systematic, 1});
    group = groups.end() - 1;
  }
  // A source that declares no systematic error takes the most cautious
  // default among the origins of its pieces.
  group->systematic = std::max(group->systematic, rates.systematic);
  group->random_product *= RandomErrorOf(piece, rates);
}

Belief BeliefTally::Result() const {
  // 1 - PRODUCT over the sources of (systematic + PRODUCT of random errors).
  auto from = [](const std::vector<SourceGroup>& groups) {
    if (groups.empty()) return 0.0;
    double all_wrong = 1;
    for (const SourceGroup& g : groups) all_wrong *= Clamp01(g.systematic + g.random_product);
    return 1 - all_wrong;
  };
  Belief belief;
  if (groups_[0].empty()) {
    // Whoever put the claim in the store asserted it: as one plain piece
    // from an unnamed source.
    const ErrorRates plain = DefaultErrorRates(EvidenceOrigin::kUnspecified);
    belief.support = 1 - (plain.systematic + plain.random);
  } else {
    belief.support = from(groups_[0]);
  }
  belief.refute = from(groups_[1]);
  belief.value = belief.support * (1 - belief.refute);
  return belief;
}

Belief BeliefOf(std::span<const Evidence> pieces, const SourceErrorTable& sources) {
  BeliefTally tally(sources);
  for (const Evidence& piece : pieces) tally.Add(piece);
  return tally.Result();
}

double ChainBelief(std::span<const double> steps) {
  double product = 1;
  for (double step : steps) product *= step;
  return product;
}

}  // namespace causalkg
