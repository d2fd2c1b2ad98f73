#include "cli/render/diagram_loops.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace causalkg::cli {

namespace {

// Edges followed in all, past which the search stops: far more than any
// diagram a person reads needs, and a bound on a dense one's time.
constexpr std::size_t kMaxWork = 200000;

struct Link {
  std::size_t to;  // the node's index
  Step step;
};

class LoopSearch {
 public:
  explicit LoopSearch(const std::vector<GraphEdge>& edges) {
    std::set<std::tuple<TermId, TermId, TermId>> seen;
    std::vector<const GraphEdge*> causal;
    for (const GraphEdge& e : edges) {
      if (e.polarity == Polarity::kNone || !seen.emplace(e.from, e.relation, e.to).second) continue;
      causal.push_back(&e);
      nodes_.push_back(e.from);
      nodes_.push_back(e.to);
    }
    std::sort(nodes_.begin(), nodes_.end());
    nodes_.erase(std::unique(nodes_.begin(), nodes_.end()), nodes_.end());
    out_.resize(nodes_.size());
    for (const GraphEdge* e : causal) {
      out_[Index(e->from)].push_back({Index(e->to), Step{e->relation, e->polarity, e->evidence}});
    }
    for (auto& links : out_) {
      std::sort(links.begin(), links.end(), [](const Link& a, const Link& b) {
        return std::tie(a.to, a.step.relation) < std::tie(b.to, b.step.relation);
      });
    }
  }

  DiagramLoops Run() {
    on_path_.assign(nodes_.size(), false);
    for (start_ = 0; start_ < nodes_.size() && !found_.cut; ++start_) Visit(start_);
    return std::move(found_);
  }

 private:
  std::size_t Index(TermId id) const {
    return std::lower_bound(nodes_.begin(), nodes_.end(), id) - nodes_.begin();
  }

  // Every cycle is found once: from its node of the lowest index, through
  // nodes of higher ones.
  void Visit(std::size_t node) {
    path_.push_back(node);
    on_path_[node] = true;
    for (const Link& link : out_[node]) {
      if (found_.cut) break;
      if (++work_ > kMaxWork) {
        found_.cut = true;
        break;
      }
      steps_.push_back(link.step);
      if (link.to == start_) {
        Record();
      } else if (link.to > start_ && !on_path_[link.to] && path_.size() < kMaxDiagramLoopSteps) {
        Visit(link.to);
      }
      steps_.pop_back();
    }
    on_path_[node] = false;
    path_.pop_back();
  }

  void Record() {
    if (found_.loops.size() == kMaxDiagramLoops) {
      found_.cut = true;
      return;
    }
    Path loop;
    loop.is_loop = true;
    loop.steps = steps_;
    for (std::size_t i : path_) loop.nodes.push_back(nodes_[i]);
    loop.sign = kPositiveSign;
    for (const Step& s : steps_) loop.sign *= SignOf(s.polarity);
    found_.loops.push_back(std::move(loop));
  }

  std::vector<TermId> nodes_;  // sorted: a node's index is its place here
  std::vector<std::vector<Link>> out_;
  std::size_t start_ = 0;
  std::vector<std::size_t> path_;
  std::vector<Step> steps_;
  std::vector<bool> on_path_;
  std::size_t work_ = 0;
  DiagramLoops found_;
};

}  // namespace

DiagramLoops FindDiagramLoops(const std::vector<GraphEdge>& edges) {
  return LoopSearch(edges).Run();
}

}  // namespace causalkg::cli
