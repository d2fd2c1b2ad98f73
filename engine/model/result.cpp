#include "engine/model/result.hpp"

namespace causalkg {

std::string SignSet::Text() const {
  if (positive && negative) return "+/-";
  if (positive) return "+";
  if (negative) return "-";
  return "";
}

std::vector<std::string> SignSet::List() const {
  std::vector<std::string> out;
  if (positive) out.push_back("+");
  if (negative) out.push_back("-");
  return out;
}

}  // namespace causalkg
