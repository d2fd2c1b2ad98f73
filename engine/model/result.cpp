#include "engine/model/result.hpp"

namespace causalkg {

std::string SignSet::Text() const {
  std::string out;
  for (const std::string& sign : List()) out += (out.empty() ? "" : "/") + sign;
  return out;
}

std::vector<std::string> SignSet::List() const {
  std::vector<std::string> out;
  if (positive) out.push_back("+");
  if (negative) out.push_back("-");
  if (unknown) out.push_back("?");
  return out;
}

}  // namespace causalkg
