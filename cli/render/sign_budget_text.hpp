// The words after "a larger step budget" under partial net signs: the way
// to raise it that the caller names for where the reader is.
#pragma once

#include <string>

namespace causalkg::cli {

inline std::string RaiseBudget(const std::string& how) {
  return how.empty() ? std::string() : " (" + how + ")";
}

}  // namespace causalkg::cli
