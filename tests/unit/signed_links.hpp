// Small signed graphs for tests that load them as claims: node k is named
// "nk", a link's sign picks the relation (amplifies, weakens, influences).
#pragma once

#include <algorithm>
#include <map>
#include <set>
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

// What every simple chain of 1..depth steps from `origin` (against the arrows
// when `upstream`), never through `origin` again, gives a node: its fewest
// steps and its net signs ("+", "-", "?"), the chains enumerated one by one.
struct ChainsTo {
  int distance = 0;
  std::set<std::string> signs;
};

inline std::map<std::string, ChainsTo> BruteChains(const std::vector<Link>& links, int nodes,
                                                   int origin, bool upstream, int depth) {
  std::map<std::string, ChainsTo> out;
  std::vector<bool> on_path(nodes, false);
  on_path[origin] = true;
  auto walk = [&](auto& self, int u, int sign, int length) -> void {
    for (const Link& l : links) {
      const int from = upstream ? l.to : l.from, to = upstream ? l.from : l.to;
      if (from != u || on_path[to]) continue;
      const int net = sign * l.sign;
      auto [at, fresh] = out.try_emplace(Name(to), ChainsTo{length + 1, {}});
      at->second.distance = std::min(at->second.distance, length + 1);
      at->second.signs.insert(net > 0 ? "+" : net < 0 ? "-" : "?");
      if (length + 1 < depth) {
        on_path[to] = true;
        self(self, to, net, length + 1);
        on_path[to] = false;
      }
    }
  };
  walk(walk, origin, 1, 0);
  return out;
}

}  // namespace causalkg::testing
