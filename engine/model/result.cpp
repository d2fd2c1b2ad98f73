#include "engine/model/result.hpp"

#include <string_view>

namespace causalkg {

std::string SignSet::Text() const {
  // By the bits + 1, - 2, ? 4: a row's text without building it.
  static constexpr std::string_view kTexts[8] = {"", "+", "-", "+/-", "?", "+/?", "-/?", "+/-/?"};
  return std::string(kTexts[(positive ? 1 : 0) | (negative ? 2 : 0) | (unknown ? 4 : 0)]) +
         (complete ? "" : "…");
}

std::vector<std::string> SignSet::List() const {
  std::vector<std::string> out;
  if (positive) out.push_back("+");
  if (negative) out.push_back("-");
  if (unknown) out.push_back("?");
  return out;
}

const char* ContradictionKindText(ContradictionKind kind) {
  switch (kind) {
    case ContradictionKind::kOppositeSigns:
      return "opposite signs";
    case ContradictionKind::kRefuted:
      return "refuted";
    case ContradictionKind::kOppositeChains:
      return "opposite chains";
  }
  return "";
}

}  // namespace causalkg
