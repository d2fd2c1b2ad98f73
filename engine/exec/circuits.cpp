#include "engine/exec/circuits.hpp"

#include <algorithm>
#include <limits>

namespace causalkg {

CircuitSearch::CircuitSearch(const LoopGraph& graph, std::function<bool()> keep_going)
    : graph_(graph),
      keep_going_(std::move(keep_going)),
      components_(graph),
      member_(graph.size(), 0),
      on_path_(graph.size(), 0),
      lock_(graph.size(), 0),
      blocked_by_(graph.size()) {}

bool CircuitSearch::Tick() {
  if (stopped_) return false;
  if ((++ticks_ & 0x3fff) == 0 && keep_going_ && !keep_going_()) stopped_ = true;
  return !stopped_;
}

bool CircuitSearch::ForEach(int max_length, std::optional<int> through,
                            const std::function<bool(const CircuitView&)>& visit) {
  stopped_ = false;
  if (max_length < 1) return true;
  std::vector<std::vector<int>> pending;
  {
    std::vector<int> all(graph_.size());
    for (int i = 0; i < graph_.size(); ++i) all[i] = i;
    std::fill(member_.begin(), member_.end(), 1);
    pending = components_.Find(all, member_);
    std::fill(member_.begin(), member_.end(), 0);
  }
  while (!pending.empty()) {
    std::vector<int> component = std::move(pending.back());
    pending.pop_back();
    if (through && !std::binary_search(component.begin(), component.end(), *through)) continue;
    const int start = through ? *through : component.front();
    for (int v : component) member_[v] = 1;
    const int bound = std::min<int>(max_length, static_cast<int>(component.size()));
    const bool go_on = SearchFrom(start, component, bound, visit);
    if (!go_on || through) {
      for (int v : component) member_[v] = 0;
      return go_on;
    }
    // The circuits through `start` are all found: the rest lie in the
    // components of what is left.
    member_[start] = 0;
    component.erase(std::find(component.begin(), component.end(), start));
    auto parts = components_.Find(component, member_);
    for (int v : component) member_[v] = 0;
    for (auto& part : parts) pending.push_back(std::move(part));
  }
  return !stopped_;
}

void CircuitSearch::Relax(int node, int distance, int max_length) {
  std::vector<std::pair<int, int>> stack{{distance, node}};
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

bool CircuitSearch::SearchFrom(int start, const std::vector<int>& component, int max_length,
                               const std::function<bool(const CircuitView&)>& visit) {
  // A node may be entered at path length p (the nodes on the path before
  // it) while p < its lock: at first max_length, so that a circuit through
  // it can still close in time.
  for (int v : component) {
    lock_[v] = max_length;
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
      if (!member_[w]) continue;
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
        if (!member_[w]) continue;
        auto& waiting = blocked_by_[w];
        if (std::find(waiting.begin(), waiting.end(), v) == waiting.end()) waiting.push_back(v);
      }
    }
  }
  for (int v : path_) on_path_[v] = 0;
  return go_on;
}

}  // namespace causalkg
