#include "engine/exec/circuits.hpp"

#include <algorithm>
#include <deque>

namespace causalkg {

CircuitSearch::CircuitSearch(const LoopGraph& graph, std::function<bool()> keep_going)
    : graph_(graph),
      keep_going_(std::move(keep_going)),
      components_(graph),
      reverse_offsets_(graph.size() + 1, 0),
      sources_(graph.targets.size()),
      member_(graph.size(), 0),
      in_scope_(graph.size(), 0),
      distance_(graph.size(), 0),
      on_path_(graph.size(), 0),
      lock_(graph.size(), 0),
      blocked_by_(graph.size()) {
  for (std::uint32_t target : graph.targets) ++reverse_offsets_[target + 1];
  for (int v = 0; v < graph.size(); ++v) reverse_offsets_[v + 1] += reverse_offsets_[v];
  std::vector<std::uint32_t> next(reverse_offsets_.begin(), reverse_offsets_.end() - 1);
  for (int v = 0; v < graph.size(); ++v) {
    for (std::uint32_t e = graph.begin(v); e < graph.end(v); ++e)
      sources_[next[graph.targets[e]]++] = v;
  }
}

const std::vector<std::vector<int>>& CircuitSearch::Components() {
  if (!whole_components_) {
    std::vector<int> all(graph_.size());
    for (int i = 0; i < graph_.size(); ++i) all[i] = i;
    std::fill(member_.begin(), member_.end(), 1);
    whole_components_ = components_.Find(all, member_);
    std::fill(member_.begin(), member_.end(), 0);
  }
  return *whole_components_;
}

int CircuitSearch::LongestPossible() {
  std::size_t most = 0;
  for (const auto& component : Components()) most = std::max(most, component.size());
  return static_cast<int>(most);
}

bool CircuitSearch::Tick() {
  if (stopped_) return false;
  if ((++ticks_ & 0x3fff) == 0 && keep_going_ && !keep_going_()) stopped_ = true;
  return !stopped_;
}

bool CircuitSearch::ForEach(int max_length, std::optional<int> through,
                            const std::function<bool(const CircuitView&)>& visit) {
  stopped_ = false;
  if (max_length < 1) return true;
  for (const std::vector<int>& component : Components()) {
    if (through && !std::binary_search(component.begin(), component.end(), *through)) continue;
    for (int v : component) member_[v] = 1;
    const int bound = std::min<int>(max_length, static_cast<int>(component.size()));
    bool go_on = true;
    if (through) {
      go_on = SearchFrom(*through, /*larger_only=*/false, bound, visit);
    } else {
      // Johnson's order: each node with the larger ones, so that each
      // circuit is found from its smallest node only.
      for (int start : component) {
        go_on = SearchFrom(start, /*larger_only=*/true, bound, visit);
        if (!go_on) break;
      }
    }
    for (int v : component) member_[v] = 0;
    if (!go_on || through) return go_on;
  }
  return !stopped_;
}

void CircuitSearch::Scope(int start, bool larger_only, int max_length) {
  scope_.assign(1, start);
  in_scope_[start] = 1;
  distance_[start] = 0;
  // Breadth-first, against the edges: a node d steps from the start can be
  // on a circuit of d + 1 steps at least.
  for (std::size_t i = 0; i < scope_.size(); ++i) {
    const int u = scope_[i];
    if (distance_[u] + 1 >= max_length) continue;
    for (std::uint32_t r = reverse_offsets_[u]; r < reverse_offsets_[u + 1]; ++r) {
      const int w = sources_[r];
      if (!member_[w] || in_scope_[w] || (larger_only && w < start)) continue;
      in_scope_[w] = 1;
      distance_[w] = distance_[u] + 1;
      scope_.push_back(w);
    }
  }
}

void CircuitSearch::Relax(int node, int distance, int max_length) {
  std::vector<std::pair<int, int>>& stack = relax_stack_;  // kept: no allocation a call
  stack.assign(1, {distance, node});
  while (!stack.empty()) {
    const auto [d, u] = stack.back();
    stack.pop_back();
    if (lock_[u] >= max_length - d + 1) continue;
    lock_[u] = max_length - d + 1;
    for (int w : blocked_by_[u]) {
      if (!on_path_[w]) stack.push_back({d + 1, w});
    }
  }
}

bool CircuitSearch::SearchFrom(int start, bool larger_only, int max_length,
                               const std::function<bool(const CircuitView&)>& visit) {
  Scope(start, larger_only, max_length);
  // A node may be entered at path length p (the edges from the start to it)
  // while p < its lock: at first while a circuit through it can still
  // close within the bound, p + its distance back <= max_length.
  for (int v : scope_) {
    lock_[v] = max_length - distance_[v] + 1;
    blocked_by_[v].clear();
  }
  struct Frame {
    int node;
    std::uint32_t next_edge;
    int back_distance;  // fewest steps back to start found from here; max_length: none
  };
  std::vector<Frame> frames{{start, graph_.begin(start), max_length}};
  path_.assign(1, start);
  path_edges_.clear();
  path_signs_.assign(1, kPositiveSign);
  on_path_[start] = 1;
  lock_[start] = 0;
  bool go_on = true;
  while (!frames.empty()) {
    if (!Tick()) {
      go_on = false;
      break;
    }
    Frame& frame = frames.back();
    const int v = frame.node;
    if (frame.next_edge < graph_.end(v)) {
      const std::uint32_t e = frame.next_edge++;
      const int w = static_cast<int>(graph_.targets[e]);
      if (w == start) {
        path_edges_.push_back(e);
        CircuitView view{path_, path_edges_, path_signs_.back() * graph_.signs[e]};
        const bool more = visit(view);
        path_edges_.pop_back();
        frame.back_distance = 1;
        if (!more) {
          go_on = false;
          break;
        }
        continue;
      }
      if (!in_scope_[w]) continue;
      const int entered_at = static_cast<int>(path_.size());
      if (entered_at >= lock_[w]) continue;
      lock_[w] = entered_at + 1;
      on_path_[w] = 1;
      path_.push_back(w);
      path_edges_.push_back(e);
      path_signs_.push_back(path_signs_.back() * graph_.signs[e]);
      frames.push_back({w, graph_.begin(w), max_length});
      continue;
    }
    const int back = frame.back_distance;
    frames.pop_back();
    if (frames.empty()) break;
    on_path_[v] = 0;
    path_.pop_back();
    path_edges_.pop_back();
    path_signs_.pop_back();
    // Passed up as it is, not one more: the lock it sets must allow any
    // entry from which a circuit could still close in time, and the route
    // back found here may be longer than one open to a later path (the
    // tests' larger random graphs fail with back + 1).
    frames.back().back_distance = std::min(frames.back().back_distance, back);
    if (back < max_length) {
      Relax(v, back, max_length);
    } else {
      for (std::uint32_t f = graph_.begin(v); f < graph_.end(v); ++f) {
        const int w = static_cast<int>(graph_.targets[f]);
        if (!in_scope_[w]) continue;
        auto& waiting = blocked_by_[w];
        if (std::find(waiting.begin(), waiting.end(), v) == waiting.end()) waiting.push_back(v);
      }
    }
  }
  for (int v : path_) on_path_[v] = 0;
  for (int v : scope_) in_scope_[v] = 0;
  return go_on;
}

}  // namespace causalkg
