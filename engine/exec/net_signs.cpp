#include "engine/exec/net_signs.hpp"

#include <algorithm>
#include <deque>

#include "engine/exec/strong_components.hpp"

namespace causalkg {

namespace {

// Signs as indices 0 (+), 1 (-), 2 (?), their masks 1 << index.
std::uint8_t IndexOf(int sign) { return sign > 0 ? 0 : sign < 0 ? 1 : 2; }
std::uint8_t Times(std::uint8_t a, std::uint8_t b) { return a == 2 || b == 2 ? 2 : a ^ b; }

// The signs of `mask` after a step of sign index `s`.
std::uint8_t StepMask(std::uint8_t mask, std::uint8_t s) {
  if (s == 0) return mask;
  if (s == 1) return static_cast<std::uint8_t>(((mask & 1) << 1) | ((mask & 2) >> 1) | (mask & 4));
  return mask ? kUnknownBit : 0;
}

constexpr std::uint8_t kFar = 255;

class Search {
 public:
  Search(const SignGraph& graph, int depth, std::uint64_t budget)
      : graph_(graph), n_(graph.size()), depth_(depth), budget_(budget) {
    step_.reserve(graph.sign.size());
    for (std::int8_t s : graph.sign) step_.push_back(IndexOf(s));
  }

  NetSigns Run() {
    NetSigns out;
    if (n_ == 0) return out;
    const std::vector<std::uint8_t> upper = WalkSigns();
    const std::vector<char> on_cycles = DownstreamOfCycles(out);
    found_.assign(n_, 0);
    FindBreadthFirst();
    open_.assign(n_, 0);
    for (std::uint32_t v = 1; v < n_; ++v) {
      if (!on_cycles[v]) {
        found_[v] = upper[v];  // every walk to it is a simple chain
      } else {
        open_[v] = upper[v] & ~found_[v];
        open_count_ += __builtin_popcount(open_[v]);
      }
    }
    on_path_.assign(n_, 0);
    if (open_count_ > 0) {
      MeasureToOpen();
      FindCheaply();
    }
    Settle();
    out.enumerated_steps = steps_;
    out.signs = std::move(found_);
    out.complete.assign(n_, 1);
    if (open_count_ > 0) {
      for (std::uint32_t v = 1; v < n_; ++v) {
        if (open_[v]) out.complete[v] = 0;
      }
      out.all_complete = false;
    }
    return out;
  }

 private:
  // The signs of the walks of 1..depth steps from the origin that do not
  // come back to it: a superset of the simple chains' signs.
  std::vector<std::uint8_t> WalkSigns() const {
    std::vector<std::uint8_t> upper(n_, 0), now(n_, 0), next(n_, 0);
    now[0] = kPlusBit;
    for (int length = 1; length <= depth_; ++length) {
      std::fill(next.begin(), next.end(), 0);
      bool any = false;
      for (std::uint32_t u = 0; u < n_; ++u) {
        if (!now[u]) continue;
        for (std::uint32_t e = graph_.start[u]; e < graph_.start[u + 1]; ++e) {
          const std::uint32_t w = graph_.to[e];
          if (w == 0) continue;
          next[w] |= StepMask(now[u], step_[e]);
          any = true;
        }
      }
      for (std::uint32_t v = 0; v < n_; ++v) upper[v] |= next[v];
      now.swap(next);
      if (!any) break;
    }
    return upper;
  }

  // The nodes a walk may reach after going round a cycle: those on or after
  // a component of more than one node or a node with a link to itself.
  std::vector<char> DownstreamOfCycles(NetSigns& out) const {
    const StrongComponents components = FindStrongComponents(graph_.start, graph_.to);
    std::vector<std::uint32_t> size(components.count, 0);
    for (std::uint32_t v = 0; v < n_; ++v) ++size[components.of[v]];
    std::vector<char> marked(n_, 0);
    std::vector<std::uint32_t> queue;
    for (std::uint32_t v = 0; v < n_; ++v) {
      bool cyclic = size[components.of[v]] > 1;
      for (std::uint32_t e = graph_.start[v]; e < graph_.start[v + 1] && !cyclic; ++e) {
        cyclic = graph_.to[e] == v;
      }
      if (cyclic) {
        marked[v] = 1;
        queue.push_back(v);
      }
    }
    for (std::uint32_t c = 0; c < components.count; ++c) {
      if (size[c] > 1) {
        ++out.components;
        out.largest_component = std::max(out.largest_component, size[c]);
      }
    }
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const std::uint32_t u = queue[i];
      for (std::uint32_t e = graph_.start[u]; e < graph_.start[u + 1]; ++e) {
        const std::uint32_t w = graph_.to[e];
        if (!marked[w]) {
          marked[w] = 1;
          queue.push_back(w);
        }
      }
    }
    return marked;
  }

  // Breadth first over (node, sign so far), each reached once, by a chain
  // of fewest steps that is simple: a step to a node already on the chain
  // that reached the last is not taken. Every sign it finds is one.
  void FindBreadthFirst() {
    constexpr std::uint32_t kNone = 0xFFFFFFFF;
    std::vector<std::uint32_t> parent(3 * static_cast<std::size_t>(n_), kNone);
    std::vector<std::uint8_t> length(3 * static_cast<std::size_t>(n_), 0);
    std::vector<std::uint32_t> queue{0};  // states 3 * node + sign
    parent[0] = 0;
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const std::uint32_t state = queue[i];
      const std::uint32_t u = state / 3;
      if (length[state] >= depth_) continue;
      for (std::uint32_t e = graph_.start[u]; e < graph_.start[u + 1]; ++e) {
        const std::uint32_t w = graph_.to[e];
        if (w == 0) continue;
        const std::uint32_t next = 3 * w + Times(state % 3, step_[e]);
        if (parent[next] != kNone) continue;
        bool simple = true;
        for (std::uint32_t at = state; at != 0 && simple; at = parent[at]) simple = at / 3 != w;
        if (!simple) continue;
        parent[next] = state;
        length[next] = length[state] + 1;
        found_[w] |= static_cast<std::uint8_t>(1u << (next % 3));
        queue.push_back(next);
      }
    }
  }

  // Simple chains, each (node, sign) expanded again only when reached in
  // fewer steps than before, and only towards signs still unsettled: at
  // most depth times, so the work stays within depth times the edges. Every
  // chain it walks is simple, so every sign it finds is one; it may miss
  // some.
  void FindCheaply() {
    std::vector<std::uint8_t> fewest(3 * static_cast<std::size_t>(n_), kFar);
    on_path_[0] = 1;
    auto expand = [&](auto& self, std::uint32_t u, std::uint8_t sign, int length) -> void {
      for (std::uint32_t e = graph_.start[u]; e < graph_.start[u + 1]; ++e) {
        const std::uint32_t w = graph_.to[e];
        if (on_path_[w]) continue;
        const std::uint8_t s = Times(sign, step_[e]);
        const std::uint8_t bit = static_cast<std::uint8_t>(1u << s);
        found_[w] |= bit;
        if (open_[w] & bit) {
          open_[w] &= static_cast<std::uint8_t>(~bit);
          --open_count_;
        }
        std::uint8_t& best = fewest[3 * static_cast<std::size_t>(w) + s];
        if (length + 1 >= depth_ || length + 1 >= best) continue;
        if (length + 1 + to_open_[3 * static_cast<std::size_t>(w) + s] > depth_) continue;
        best = static_cast<std::uint8_t>(length + 1);
        on_path_[w] = 1;
        self(self, w, s, length + 1);
        on_path_[w] = 0;
      }
    };
    expand(expand, 0, 0, 0);
    on_path_[0] = 0;
  }

  // Fewest steps from each (node, sign so far) to a node with that sign
  // still unsettled, over walks: a chain from there cannot settle one in
  // fewer. Breadth-first backwards from the unsettled signs.
  void MeasureToOpen() {
    if (reverse_start_.empty()) BuildReverse();
    to_open_.assign(3 * static_cast<std::size_t>(n_), kFar);
    std::vector<std::uint32_t> queue;  // states 3 * node + sign
    for (std::uint32_t v = 1; v < n_; ++v) {
      for (std::uint8_t s = 0; s < 3; ++s) {
        if (open_[v] & (1u << s)) {
          to_open_[3 * v + s] = 0;
          queue.push_back(3 * v + s);
        }
      }
    }
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const std::uint32_t state = queue[i];
      const std::uint32_t w = state / 3;
      const std::uint8_t after = state % 3;
      const std::uint8_t d = to_open_[state];
      if (d >= depth_) continue;
      for (std::uint32_t e = reverse_start_[w]; e < reverse_start_[w + 1]; ++e) {
        const std::uint32_t u = reverse_from_[e];
        const std::uint8_t s = reverse_step_[e];
        auto reach = [&](std::uint8_t before) {
          std::uint8_t& at = to_open_[3 * u + before];
          if (at == kFar) {
            at = d + 1;
            queue.push_back(3 * u + before);
          }
        };
        if (s != 2) {
          reach(after == 2 ? 2 : Times(after, s));  // an unknown sign stays unknown
        } else if (after == 2) {
          for (std::uint8_t before = 0; before < 3; ++before) reach(before);
        }
      }
    }
  }

  void BuildReverse() {
    reverse_start_.assign(n_ + 1, 0);
    for (std::uint32_t w : graph_.to) ++reverse_start_[w + 1];
    for (std::uint32_t v = 0; v < n_; ++v) reverse_start_[v + 1] += reverse_start_[v];
    reverse_from_.resize(graph_.to.size());
    reverse_step_.resize(graph_.to.size());
    std::vector<std::uint32_t> fill(reverse_start_.begin(), reverse_start_.end() - 1);
    for (std::uint32_t u = 0; u < n_; ++u) {
      for (std::uint32_t e = graph_.start[u]; e < graph_.start[u + 1]; ++e) {
        const std::uint32_t at = fill[graph_.to[e]]++;
        reverse_from_[at] = u;
        reverse_step_[at] = step_[e];
      }
    }
  }

  enum class Outcome { kWalked, kSettled, kRemeasure, kOutOfBudget };

  // Rounds of enumeration, each pruned by the distances to what is still
  // unsettled; a round that walks all its chains settles the rest (no simple
  // chain has them). The distances are measured again once a round has
  // settled something and walked at least as far as a measure costs.
  void Settle() {
    const std::uint64_t measure_cost = 3 * (static_cast<std::uint64_t>(n_) + graph_.to.size());
    while (open_count_ > 0) {
      MeasureToOpen();
      settled_in_round_ = 0;
      round_steps_ = 0;
      remeasure_after_ = std::max<std::uint64_t>(measure_cost, 4096);
      std::fill(on_path_.begin(), on_path_.end(), 0);
      on_path_[0] = 1;
      const Outcome outcome = Enumerate(0, 0, 0);
      if (outcome == Outcome::kWalked) {
        open_count_ = 0;  // what is left has no simple chain within the depth
        std::fill(open_.begin(), open_.end(), 0);
      }
      if (outcome == Outcome::kOutOfBudget) return;
    }
  }

  Outcome Enumerate(std::uint32_t u, std::uint8_t sign, int length) {
    for (std::uint32_t e = graph_.start[u]; e < graph_.start[u + 1]; ++e) {
      if (budget_ == 0) return Outcome::kOutOfBudget;
      --budget_;
      ++steps_;
      ++round_steps_;
      const std::uint32_t w = graph_.to[e];
      if (on_path_[w]) continue;
      const std::uint8_t s = Times(sign, step_[e]);
      const std::uint8_t bit = static_cast<std::uint8_t>(1u << s);
      found_[w] |= bit;
      if (open_[w] & bit) {
        open_[w] &= static_cast<std::uint8_t>(~bit);
        ++settled_in_round_;
        if (--open_count_ == 0) return Outcome::kSettled;
      }
      if (settled_in_round_ > 0 && round_steps_ >= remeasure_after_) return Outcome::kRemeasure;
      if (length + 1 >= depth_ || length + 1 + to_open_[3 * w + s] > depth_) continue;
      on_path_[w] = 1;
      const Outcome outcome = Enumerate(w, s, length + 1);
      on_path_[w] = 0;
      if (outcome != Outcome::kWalked) return outcome;
    }
    return Outcome::kWalked;
  }

  const SignGraph& graph_;
  const std::uint32_t n_;
  const int depth_;
  std::uint64_t budget_;
  std::vector<std::uint8_t> step_;  // each edge's sign index
  std::vector<std::uint8_t> found_, open_;
  std::uint64_t open_count_ = 0;
  std::vector<char> on_path_;
  std::vector<std::uint8_t> to_open_;
  std::vector<std::uint32_t> reverse_start_, reverse_from_;
  std::vector<std::uint8_t> reverse_step_;
  std::uint64_t steps_ = 0, round_steps_ = 0, remeasure_after_ = 0, settled_in_round_ = 0;
};

}  // namespace

NetSigns ExactNetSigns(const SignGraph& graph, int depth, std::uint64_t budget) {
  return Search(graph, depth, budget).Run();
}

}  // namespace causalkg
