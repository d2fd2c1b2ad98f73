#include "engine/model/model.hpp"

namespace causalkg {

const char* PolarityText(Polarity p) {
  switch (p) {
    case Polarity::kPositive:
      return "+";
    case Polarity::kNegative:
      return "-";
    case Polarity::kNone:
      return "";
  }
  return "";
}

}  // namespace causalkg
