#include "engine/exec/strong_components.hpp"

#include <algorithm>
#include <limits>

namespace causalkg {

StrongComponents FindStrongComponents(const std::vector<std::uint32_t>& start,
                                      const std::vector<std::uint32_t>& to) {
  constexpr std::uint32_t kUnvisited = std::numeric_limits<std::uint32_t>::max();
  const std::uint32_t n = start.empty() ? 0 : static_cast<std::uint32_t>(start.size() - 1);
  StrongComponents result;
  result.of.assign(n, kUnvisited);
  std::vector<std::uint32_t> index(n, kUnvisited), low(n, 0);
  std::vector<char> on_stack(n, 0);
  std::vector<std::uint32_t> stack;
  // The depth-first path: a node and the next of its edges to follow.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> path;
  std::uint32_t next_index = 0;
  for (std::uint32_t root = 0; root < n; ++root) {
    if (index[root] != kUnvisited) continue;
    path.push_back({root, start[root]});
    index[root] = low[root] = next_index++;
    stack.push_back(root);
    on_stack[root] = 1;
    while (!path.empty()) {
      auto& [u, edge] = path.back();
      if (edge < start[u + 1]) {
        const std::uint32_t w = to[edge++];
        if (index[w] == kUnvisited) {
          index[w] = low[w] = next_index++;
          stack.push_back(w);
          on_stack[w] = 1;
          path.push_back({w, start[w]});
        } else if (on_stack[w]) {
          low[u] = std::min(low[u], index[w]);
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
        on_stack[w] = 0;
        result.of[w] = result.count;
      } while (w != done);
      ++result.count;
    }
  }
  return result;
}

}  // namespace causalkg
