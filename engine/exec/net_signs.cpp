#include "engine/exec/net_signs.hpp"

#include <algorithm>
#include <deque>
#include <map>

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
      MeasureTo(open_);
      FindCheaply();
    }
    if (open_count_ > 0) {
      // All the unsettled signs at once first, which costs least when the
      // budget suffices; if it runs out, a quarter as much again for them a
      // group of components at a time.
      const std::uint64_t regroup = budget_ / 4;
      target_.assign(n_, 0);
      for (std::uint32_t v = 1; v < n_; ++v) {
        if (open_[v]) targets_.push_back(v);
      }
      AimAtTargets();
      if (!Settle()) {
        budget_ = regroup;
        SettleByComponents(out);
      }
    }
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
  std::vector<char> DownstreamOfCycles(NetSigns& out) {
    StrongComponents components = FindStrongComponents(graph_.start, graph_.to);
    std::vector<std::uint32_t> size(components.count, 0);
    for (std::uint32_t v = 0; v < n_; ++v) ++size[components.of[v]];
    std::vector<char> marked(n_, 0);
    std::vector<std::uint32_t> queue;
    cyclic_.assign(components.count, 0);
    for (std::uint32_t v = 0; v < n_; ++v) {
      bool cyclic = size[components.of[v]] > 1;
      for (std::uint32_t e = graph_.start[v]; e < graph_.start[v + 1] && !cyclic; ++e) {
        cyclic = graph_.to[e] == v;
      }
      if (cyclic) {
        marked[v] = 1;
        queue.push_back(v);
        cyclic_[components.of[v]] = 1;
      }
    }
    component_size_ = std::move(size);
    component_steps_.assign(components.count, 0);
    component_of_ = std::move(components.of);
    for (std::uint32_t c = 0; c < component_size_.size(); ++c) {
      if (component_size_[c] > 1) {
        ++out.components;
        out.largest_component = std::max(out.largest_component, component_size_[c]);
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

  // Fewest steps from each (node, sign so far) to a node with that sign in
  // `goal` (unsettled signs), over walks: a chain from there cannot settle
  // one in fewer. Breadth-first backwards from them.
  void MeasureTo(const std::vector<std::uint8_t>& goal) {
    if (reverse_start_.empty()) BuildReverse();
    to_open_.assign(3 * static_cast<std::size_t>(n_), kFar);
    std::vector<std::uint32_t> queue;  // states 3 * node + sign
    for (std::uint32_t v = 1; v < n_; ++v) {
      for (std::uint8_t s = 0; s < 3; ++s) {
        if (goal[v] & (1u << s)) {
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

  // The unsettled signs of the nodes in `targets_` become what the rounds
  // aim at.
  void AimAtTargets() {
    target_count_ = 0;
    for (std::uint32_t v : targets_) {
      target_[v] = open_[v];
      target_count_ += __builtin_popcount(target_[v]);
    }
  }

  // Rounds of enumeration, each pruned by the distances to the targets'
  // unsettled signs; a round that walks all its chains settles the rest (no
  // simple chain has them). The distances are measured again once a round
  // has settled something and walked at least as far as a measure costs.
  // False when the budget ran out first.
  bool Settle() {
    const std::uint64_t measure_cost = 3 * (static_cast<std::uint64_t>(n_) + graph_.to.size());
    while (target_count_ > 0) {
      MeasureTo(target_);
      settled_in_round_ = 0;
      round_steps_ = 0;
      remeasure_after_ = std::max<std::uint64_t>(measure_cost, 4096);
      std::fill(on_path_.begin(), on_path_.end(), 0);
      on_path_[0] = 1;
      const Outcome outcome = Enumerate(0, 0, 0);
      if (outcome == Outcome::kWalked) {
        // What is left of the targets has no simple chain within the depth.
        for (std::uint32_t v : targets_) {
          open_count_ -= __builtin_popcount(target_[v]);
          open_[v] &= static_cast<std::uint8_t>(~target_[v]);
          target_[v] = 0;
        }
        target_count_ = 0;
      }
      if (outcome == Outcome::kOutOfBudget) return false;
    }
    return true;
  }

  // Settles the nodes still unsettled a group at a time: the nodes that
  // depend on the same components together, those behind the smallest
  // components first, each with what is left of the budget. Then records
  // which components the nodes left unsettled depend on.
  void SettleByComponents(NetSigns& out) {
    std::vector<std::vector<std::uint32_t>> upstream = ComponentsUpstreamOfOpen();
    std::map<std::vector<std::uint32_t>, std::vector<std::uint32_t>> groups;
    for (std::uint32_t v = 1; v < n_; ++v) {
      if (open_[v]) groups[upstream[v]].push_back(v);
    }
    struct Group {
      std::uint64_t cost;
      const std::vector<std::uint32_t>* nodes;
    };
    std::vector<Group> order;
    for (const auto& [components, nodes] : groups) {
      std::uint64_t cost = 0;
      for (std::uint32_t c : components) cost += component_size_[c];
      order.push_back({cost, &nodes});
    }
    // Stable: groups of the same cost keep the order of their components.
    std::stable_sort(order.begin(), order.end(),
                     [](const Group& a, const Group& b) { return a.cost < b.cost; });
    // Each group costs a measure of the graph a round; past a few, the rest
    // go together.
    constexpr std::size_t kMostGroups = 16;
    for (std::size_t g = 0; g < order.size() && budget_ > 0;) {
      for (std::uint32_t v : targets_) target_[v] = 0;
      targets_.clear();
      const std::size_t end = g + 1 == kMostGroups ? order.size() : g + 1;
      for (; g < end; ++g) {
        for (std::uint32_t v : *order[g].nodes) {
          if (open_[v]) targets_.push_back(v);
        }
      }
      AimAtTargets();
      Settle();
    }
    // The components the nodes left depend on, numbered as first met.
    std::vector<std::uint32_t> index(component_size_.size(), kNoIndex);
    out.depends_on.assign(n_, {});
    for (std::uint32_t v = 1; v < n_; ++v) {
      if (!open_[v]) continue;
      for (std::uint32_t c : upstream[v]) {
        if (index[c] == kNoIndex) {
          index[c] = static_cast<std::uint32_t>(out.exhausted.size());
          out.exhausted.push_back({{}, component_steps_[c]});
        }
        out.depends_on[v].push_back(index[c]);
      }
    }
    for (std::uint32_t v = 0; v < n_; ++v) {
      if (index[component_of_[v]] != kNoIndex) {
        out.exhausted[index[component_of_[v]]].nodes.push_back(v);
      }
    }
  }

  // For each node with an unsettled sign, the cyclic components (by
  // number, ascending) that a walk of at most `depth` steps from the origin
  // can pass before reaching it: every walk that is not a simple chain goes
  // round a cycle, and every simple chain the first passes missed goes
  // through a node on one. A breadth-first walk from each component that is
  // within the depth of an unsettled node, its nodes at their own distance
  // from the origin.
  std::vector<std::vector<std::uint32_t>> ComponentsUpstreamOfOpen() {
    if (reverse_start_.empty()) BuildReverse();
    constexpr std::uint32_t kUnseen = 0xFFFFFFFF;
    auto distances = [&](std::vector<std::uint32_t> queue, const std::vector<std::uint32_t>& start,
                         const std::vector<std::uint32_t>& next) {
      std::vector<std::uint32_t> d(n_, kUnseen);
      for (std::uint32_t v : queue) d[v] = 0;
      for (std::size_t i = 0; i < queue.size(); ++i) {
        const std::uint32_t u = queue[i];
        if (d[u] >= static_cast<std::uint32_t>(depth_)) continue;
        for (std::uint32_t e = start[u]; e < start[u + 1]; ++e) {
          if (d[next[e]] == kUnseen) {
            d[next[e]] = d[u] + 1;
            queue.push_back(next[e]);
          }
        }
      }
      return d;
    };
    std::vector<std::uint32_t> open_nodes;
    for (std::uint32_t v = 1; v < n_; ++v) {
      if (open_[v]) open_nodes.push_back(v);
    }
    const std::vector<std::uint32_t> from_origin = distances({0}, graph_.start, graph_.to);
    const std::vector<std::uint32_t> to_open = distances(open_nodes, reverse_start_, reverse_from_);
    std::vector<std::vector<std::uint32_t>> members(component_size_.size());
    for (std::uint32_t v = 0; v < n_; ++v) {
      const std::uint32_t c = component_of_[v];
      if (cyclic_[c] && from_origin[v] != kUnseen && to_open[v] != kUnseen &&
          from_origin[v] + to_open[v] <= static_cast<std::uint32_t>(depth_)) {
        members[c].push_back(v);
      }
    }
    std::vector<std::vector<std::uint32_t>> upstream(n_);
    std::vector<std::uint32_t> seen(n_, kUnseen);            // the component last walked from
    std::vector<std::vector<std::uint32_t>> at(depth_ + 1);  // the walk's nodes by distance
    for (std::uint32_t c = 0; c < members.size(); ++c) {
      if (members[c].empty()) continue;
      for (auto& level : at) level.clear();
      for (std::uint32_t v : members[c]) {
        seen[v] = c;
        at[from_origin[v]].push_back(v);
      }
      for (int d = 0; d <= depth_; ++d) {
        for (std::size_t i = 0; i < at[d].size(); ++i) {
          const std::uint32_t u = at[d][i];
          if (open_[u]) upstream[u].push_back(c);
          if (d == depth_) continue;
          for (std::uint32_t e = graph_.start[u]; e < graph_.start[u + 1]; ++e) {
            const std::uint32_t w = graph_.to[e];
            if (seen[w] == c || to_open[w] == kUnseen ||
                d + 1 + to_open[w] > static_cast<std::uint32_t>(depth_)) {
              continue;
            }
            seen[w] = c;
            at[d + 1].push_back(w);
          }
        }
      }
    }
    return upstream;
  }

  Outcome Enumerate(std::uint32_t u, std::uint8_t sign, int length) {
    for (std::uint32_t e = graph_.start[u]; e < graph_.start[u + 1]; ++e) {
      if (budget_ == 0) return Outcome::kOutOfBudget;
      --budget_;
      ++steps_;
      ++round_steps_;
      const std::uint32_t w = graph_.to[e];
      if (component_of_[w] == component_of_[u]) ++component_steps_[component_of_[u]];
      if (on_path_[w]) continue;
      const std::uint8_t s = Times(sign, step_[e]);
      const std::uint8_t bit = static_cast<std::uint8_t>(1u << s);
      found_[w] |= bit;
      if (open_[w] & bit) {
        open_[w] &= static_cast<std::uint8_t>(~bit);
        --open_count_;
        if (target_[w] & bit) {
          target_[w] &= static_cast<std::uint8_t>(~bit);
          ++settled_in_round_;
          if (--target_count_ == 0) return Outcome::kSettled;
        }
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

  static constexpr std::uint32_t kNoIndex = 0xFFFFFFFF;

  const SignGraph& graph_;
  const std::uint32_t n_;
  const int depth_;
  std::uint64_t budget_;
  std::vector<std::uint8_t> step_;  // each edge's sign index
  std::vector<std::uint8_t> found_, open_;
  std::uint64_t open_count_ = 0;
  // What the rounds of enumeration aim at: the unsettled signs of the nodes
  // in `targets_` (a part of `open_`).
  std::vector<std::uint32_t> targets_;
  std::vector<std::uint8_t> target_;
  std::uint64_t target_count_ = 0;
  std::vector<char> on_path_;
  std::vector<std::uint8_t> to_open_;
  std::vector<std::uint32_t> reverse_start_, reverse_from_;
  std::vector<std::uint8_t> reverse_step_;
  std::uint64_t steps_ = 0, round_steps_ = 0, remeasure_after_ = 0, settled_in_round_ = 0;
  // The strongly connected components: each node's, whether each is cyclic
  // (2+ nodes, or a node with a link to itself), its size, and the budgeted
  // steps taken along its own links.
  std::vector<std::uint32_t> component_of_;
  std::vector<char> cyclic_;
  std::vector<std::uint32_t> component_size_;
  std::vector<std::uint64_t> component_steps_;
};

}  // namespace

NetSigns ExactNetSigns(const SignGraph& graph, int depth, std::uint64_t budget) {
  return Search(graph, depth, budget).Run();
}

}  // namespace causalkg
