// Small signed graphs for tests that load them as claims: node k is named
// "nk", a link's sign picks the relation (amplifies, weakens, influences).
#pragma once

#include <string>
#include <vector>

namespace causalkg::testing {

struct Link {
  int from;
  int to;
  int sign;  // +1, -1, 0
};

inline const char* RelationOf(int sign) {
  return sign > 0 ? "amplifies" : sign < 0 ? "weakens" : "influences";
}

inline std::string Name(int node) { return "n" + std::to_string(node); }

// The links as a claims document: {"claims":[...]}.
inline std::string ClaimsOf(const std::vector<Link>& links) {
  std::string claims;
  for (const Link& l : links) {
    claims += std::string(claims.empty() ? "" : ",") + R"({"subject":")" + Name(l.from) +
              R"(","relation":")" + RelationOf(l.sign) + R"(","object":")" + Name(l.to) + R"("})";
  }
  return R"({"claims":[)" + claims + "]}";
}

}  // namespace causalkg::testing
