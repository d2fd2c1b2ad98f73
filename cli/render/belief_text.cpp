#include "cli/render/belief_text.hpp"

#include <cmath>
#include <cstdio>

namespace causalkg::cli {

std::string BeliefText(double belief) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", belief);
  std::string out(text);
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out == "-0" ? "0" : out;
}

std::string BeliefAbout(const Belief& belief) {
  std::string out = "belief " + BeliefText(belief.value);
  if (belief.refute > 0) {
    out +=
        " (support " + BeliefText(belief.support) + ", refuted " + BeliefText(belief.refute) + ")";
  }
  return out;
}

}  // namespace causalkg::cli
