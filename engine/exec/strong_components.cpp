#include "engine/exec/strong_components.hpp"

#include <algorithm>
#include <limits>

namespace causalkg {

StrongComponents FindStrongComponents(const std::vector<std::uint32_t>& start,
                                      const std::vector<std::uint32_t>& to) {
  constexpr std::uint32_t kUnvisited = std::numeric_limits<std::uint32_t>::max();
  // The index of a node whose component is found, which is no longer on the
  // stack: one array tells both, so that an edge costs one look-up far away.
  constexpr std::uint32_t kDone = kUnvisited - 1;
  const std::uint32_t n = start.empty() ? 0 : static_cast<std::uint32_t>(start.size() - 1);
  StrongComponents result;
  result.of.assign(n, kUnvisited);
  std::vector<std::uint32_t> index(n, kUnvisited), low(n, 0);
  std::vector<std::uint32_t> stack;
  // The depth-first path: a node and the next of its edges to follow.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> path;
  std::uint32_t next_index = 0;
  for (std::uint32_t root = 0; root < n; ++root) {
    if (index[root] != kUnvisited) continue;
    path.push_back({root, start[root]});
    index[root] = low[root] = next_index++;
    stack.push_back(root);
    while (!path.empty()) {
      auto& [u, edge] = path.back();
      if (edge < start[u + 1]) {
        const std::uint32_t w = to[edge++];
        const std::uint32_t at = index[w];
        if (at == kUnvisited) {
          index[w] = low[w] = next_index++;
          stack.push_back(w);
          path.push_back({w, start[w]});
        } else if (at != kDone) {  // on the stack
          low[u] = std::min(low[u], at);
        }
        continue;
      }
      const std::uint32_t done = u;
      path.pop_back();
      if (!path.empty()) low[path.back().first] = std::min(low[path.back().first], low[done]);
      if (low[done] != index[done]) continue;
      std::uint32_t w;
      do {
        w = stack.back();
        stack.pop_back();
        index[w] = kDone;
        result.of[w] = result.count;
      } while (w != done);
      ++result.count;
    }
  }
  return result;
}

}  // namespace causalkg
