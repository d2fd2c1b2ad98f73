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

}  // namespace causalkg
