#include "engine/model/model.hpp"

namespace causalkg {

const char* PolarityText(Polarity p) {
  switch (p) {
    case Polarity::kPositive:
      return "+";
    case Polarity::kNegative:
      return "-";
    case Polarity::kUnknown:
      return "?";
    case Polarity::kNone:
      return "";
  }
  return "";
}

std::optional<Polarity> CausalPolarityFromText(std::string_view text) {
  if (text == "+") return Polarity::kPositive;
  if (text == "-") return Polarity::kNegative;
  if (text == "?") return Polarity::kUnknown;
  return std::nullopt;
}

const char* SignText(int sign) { return sign > 0 ? "+" : sign < 0 ? "-" : "?"; }

const char* OriginText(EvidenceOrigin origin) {
  switch (origin) {
    case EvidenceOrigin::kStated:
      return "stated";
    case EvidenceOrigin::kExtracted:
      return "extracted";
    case EvidenceOrigin::kInferred:
      return "inferred";
    case EvidenceOrigin::kImported:
      return "imported";
    case EvidenceOrigin::kUnspecified:
      break;
  }
  return "";
}

std::optional<EvidenceOrigin> OriginFromText(std::string_view text) {
  for (EvidenceOrigin origin : {EvidenceOrigin::kStated, EvidenceOrigin::kExtracted,
                                EvidenceOrigin::kInferred, EvidenceOrigin::kImported}) {
    if (text == OriginText(origin)) return origin;
  }
  return std::nullopt;
}

const char* StanceText(Stance stance) {
  return stance == Stance::kRefutes ? "refutes" : "supports";
}

std::optional<Stance> StanceFromText(std::string_view text) {
  if (text == "supports") return Stance::kSupports;
  if (text == "refutes") return Stance::kRefutes;
  return std::nullopt;
}

}  // namespace causalkg
