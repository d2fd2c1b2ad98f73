#include "engine/exec/shortest_loop_search.hpp"

namespace causalkg {

ShortestLoopSearch::ShortestLoopSearch(const LoopGraph& graph)
    : graph_(graph),
      sources_(graph.targets.size()),
      in_offsets_(graph.ids.size() + 1, 0),
      in_edges_(graph.targets.size()),
      from_start_(graph.ids.size(), -1),
      to_end_(graph.ids.size(), -1),
      on_path_(graph.ids.size(), -1) {
  for (int u = 0; u < graph.size(); ++u) {
    for (std::uint32_t e = graph.begin(u); e < graph.end(u); ++e) {
      sources_[e] = u;
      ++in_offsets_[graph.targets[e] + 1];
    }
  }
  for (std::size_t i = 1; i < in_offsets_.size(); ++i) in_offsets_[i] += in_offsets_[i - 1];
  std::vector<std::uint32_t> next(in_offsets_.begin(), in_offsets_.end() - 1);
  for (std::uint32_t e = 0; e < graph.targets.size(); ++e) in_edges_[next[graph.targets[e]]++] = e;
}

bool ShortestLoopSearch::ExpandForward(const std::vector<char>& member) {
  const std::size_t start = forward_levels_.back();
  const std::size_t stop = forward_.size();
  const int level = static_cast<int>(forward_levels_.size());
  forward_levels_.push_back(stop);
  for (std::size_t i = start; i < stop; ++i) {
    const int x = forward_[i];
    for (std::uint32_t e = graph_.begin(x); e < graph_.end(x); ++e) {
      const int w = static_cast<int>(graph_.targets[e]);
      if (!member[w] || from_start_[w] != -1) continue;
      from_start_[w] = level;
      forward_.push_back(w);
      if (to_end_[w] != -1) meeting_.push_back(w);
    }
  }
  return forward_.size() > stop;
}

bool ShortestLoopSearch::ExpandBackward(const std::vector<char>& member) {
  const std::size_t start = backward_levels_.back();
  const std::size_t stop = backward_.size();
  const int level = static_cast<int>(backward_levels_.size());
  backward_levels_.push_back(stop);
  for (std::size_t i = start; i < stop; ++i) {
    const int y = backward_[i];
    for (std::uint32_t k = in_offsets_[y]; k < in_offsets_[y + 1]; ++k) {
      const int w = sources_[in_edges_[k]];
      if (!member[w] || to_end_[w] != -1) continue;
      to_end_[w] = level;
      backward_.push_back(w);
      if (from_start_[w] != -1) meeting_.push_back(w);
    }
  }
  return backward_.size() > stop;
}

// Marks each node on a shortest path from the start to the end with its
// place on it, from the nodes where the searches met back to each end.
void ShortestLoopSearch::MarkShortestPaths(int distance) {
  const int forward_radius = static_cast<int>(forward_levels_.size()) - 1;
  for (int x : meeting_) on_path_[x] = forward_radius;
  for (int level = forward_radius - 1; level >= 0; --level) {
    for (std::size_t i = forward_levels_[level]; i < forward_levels_[level + 1]; ++i) {
      const int x = forward_[i];
      for (std::uint32_t e = graph_.begin(x); e < graph_.end(x); ++e) {
        if (on_path_[graph_.targets[e]] == level + 1) {
          on_path_[x] = level;
          break;
        }
      }
    }
  }
  const int backward_radius = static_cast<int>(backward_levels_.size()) - 1;
  for (int level = backward_radius - 1; level >= 0; --level) {
    for (std::size_t i = backward_levels_[level]; i < backward_levels_[level + 1]; ++i) {
      const int y = backward_[i];
      for (std::uint32_t k = in_offsets_[y]; k < in_offsets_[y + 1]; ++k) {
        if (on_path_[sources_[in_edges_[k]]] == distance - level - 1) {
          on_path_[y] = distance - level;
          break;
        }
      }
    }
  }
}

void ShortestLoopSearch::Reset() {
  for (int x : forward_) from_start_[x] = on_path_[x] = -1;
  for (int x : backward_) to_end_[x] = on_path_[x] = -1;
  forward_.clear();
  backward_.clear();
  forward_levels_.clear();
  backward_levels_.clear();
  meeting_.clear();
}

LoopLinks ShortestLoopSearch::Through(std::uint32_t link, const std::vector<char>& member) {
  const int from = sources_[link];
  const int to = static_cast<int>(graph_.targets[link]);
  LoopLinks loop;
  loop.nodes.push_back(from);
  loop.edges.push_back(link);
  if (to == from) return loop;
  // Paths from `to` (the start) back to `from` (the end).
  from_start_[to] = 0;
  forward_.push_back(to);
  forward_levels_.push_back(0);
  to_end_[from] = 0;
  backward_.push_back(from);
  backward_levels_.push_back(0);
  bool reached = true;
  while (meeting_.empty() && reached) {
    const std::size_t ahead = forward_.size() - forward_levels_.back();
    const std::size_t behind = backward_.size() - backward_levels_.back();
    reached = ahead <= behind ? ExpandForward(member) : ExpandBackward(member);
  }
  if (!meeting_.empty()) {
    const int distance = static_cast<int>(forward_levels_.size() + backward_levels_.size()) - 2;
    MarkShortestPaths(distance);
    // The first link at each step that stays on a shortest path.
    for (int x = to; x != from;) {
      loop.nodes.push_back(x);
      const int next_place = on_path_[x] + 1;
      std::uint32_t e = graph_.begin(x);
      while (e < graph_.end(x) && on_path_[graph_.targets[e]] != next_place) ++e;
      if (e == graph_.end(x)) break;  // cannot happen: x is on a shortest path
      loop.edges.push_back(e);
      x = static_cast<int>(graph_.targets[e]);
    }
  }
  Reset();
  return loop;
}

}  // namespace causalkg
