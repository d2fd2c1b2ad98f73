#include "cli/dot_output.hpp"

#include <map>
#include <set>
#include <sstream>

namespace causalkg::cli {

namespace {

constexpr const char* kPositiveColour = "#1f4e99";  // dark blue: dark in grey-scale
constexpr const char* kNegativeColour = "#c0392b";  // red: mid grey in grey-scale
constexpr const char* kPolicyColour = "#555555";

enum class Role { kPlain, kFocus, kLever, kRecommendation, kBlindspot };

struct DotEdge {
  TermId from, relation, to;
  int sign;  // +1, -1, or 0 for a policy acting on a node
  auto operator<=>(const DotEdge&) const = default;
};

class Diagram {
 public:
  Diagram(const QueryResult& result, const std::string& language)
      : result_(result), language_(language) {}

  std::string Label(TermId id) const {
    const TermNames& names = result_.names.at(id);
    auto it = names.labels.find(language_);
    if (it == names.labels.end()) it = names.labels.find("en");
    return it == names.labels.end() ? names.name : it->second;
  }

  void Node(TermId id, Role role = Role::kPlain) {
    Role& current = nodes_[id];
    if (role != Role::kPlain) current = role;
    const TermNames& names = result_.names.at(id);
    if (current == Role::kPlain && names.is_lever) current = Role::kLever;
    if (current == Role::kPlain && names.is_recommendation) current = Role::kRecommendation;
  }

  void Edge(TermId from, TermId relation, TermId to, int sign) {
    Node(from);
    Node(to);
    edges_.insert({from, relation, to, sign});
  }

  void Path(const causalkg::Path& path) {
    for (std::size_t i = 0; i < path.steps.size(); ++i) {
      const TermId to = i + 1 < path.nodes.size() ? path.nodes[i + 1] : path.nodes[0];
      Edge(path.nodes[i], path.steps[i].relation, to, PolarityFactor(path.steps[i].polarity));
    }
  }

  // A small circle marking a loop, kept near the loop's nodes by invisible edges.
  void LoopMarker(const causalkg::Path& loop, int number) {
    const std::string name = std::string(1, loop.LoopType()) + std::to_string(number);
    markers_ +=
        "  " + DotQuote("loop " + name) +
        " [shape=circle, width=0.35, fixedsize=true, fontsize=10, label=" + DotQuote(name) +
        ", tooltip=" + DotQuote(loop.LoopType() == 'R' ? "reinforcing loop" : "balancing loop") +
        "];\n";
    for (TermId id : loop.nodes) {
      markers_ +=
          "  " + DotQuote("loop " + name) + " -> " + Id(id) + " [style=invis, constraint=false];\n";
    }
  }

  std::string Id(TermId id) const { return DotQuote(result_.names.at(id).name); }

  std::string Render(const std::string& title, bool left_to_right) const {
    std::ostringstream out;
    out << "digraph causalkg {\n"
        << "  graph [rankdir=" << (left_to_right ? "LR" : "TB")
        << ", labelloc=t, fontname=\"Helvetica\", label=" << DotQuote(title) << "];\n"
        << "  node [shape=ellipse, style=filled, fillcolor=white, fontname=\"Helvetica\"];\n"
        << "  edge [fontname=\"Helvetica\", fontsize=12];\n";
    for (const auto& [id, role] : nodes_) {
      out << "  " << Id(id) << " [label=" << DotQuote(Label(id));
      switch (role) {
        case Role::kFocus:
          out << ", peripheries=2, penwidth=1.5";
          break;
        case Role::kLever:
          out << ", shape=box, fillcolor=\"#e6e6e6\"";
          break;
        case Role::kRecommendation:
          out << ", shape=box, style=\"filled,dashed,rounded\"";
          break;
        case Role::kBlindspot:
          out << ", style=\"filled,bold\", fillcolor=\"#ffd59e\", penwidth=2.5";
          break;
        case Role::kPlain:
          break;
      }
      out << "];\n";
    }
    for (const DotEdge& e : edges_) {
      out << "  " << Id(e.from) << " -> " << Id(e.to) << " [";
      if (e.sign > 0) {
        out << "label=\"+\", fontsize=18, fontname=\"Helvetica-Bold\", color=\"" << kPositiveColour
            << "\", fontcolor=\"" << kPositiveColour << "\", penwidth=1.4";
      } else if (e.sign < 0) {
        out << "label=\"-\", fontsize=18, fontname=\"Helvetica-Bold\", color=\"" << kNegativeColour
            << "\", fontcolor=\"" << kNegativeColour << "\", penwidth=2.6";
      } else {
        out << "label=" << DotQuote(Label(e.relation)) << ", style=dashed, color=\""
            << kPolicyColour << "\", fontcolor=\"" << kPolicyColour << "\", arrowhead=vee";
      }
      out << ", tooltip=" << DotQuote(result_.names.at(e.relation).name) << "];\n";
    }
    out << markers_ << "}\n";
    return out.str();
  }

 private:
  const QueryResult& result_;
  const std::string& language_;
  std::map<TermId, Role> nodes_;
  std::set<DotEdge> edges_;
  std::string markers_;
};

std::string Plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string NetSigns(const std::vector<Path>& paths) {
  SignSet signs;
  for (const Path& p : paths) signs.Add(p.sign);
  return signs.Text();
}

void AddDiagram(Diagram& d, const QueryResult& result) {
  for (const GraphEdge& e : result.diagram) d.Edge(e.from, e.relation, e.to, e.sign);
}

}  // namespace

std::string DotQuote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') continue;
    out.push_back(c);
  }
  return out + "\"";
}

bool IsGraphShaped(const QueryResult& result) {
  if (const auto* m = std::get_if<MatchResult>(&result.body))
    return !m->count_only && !m->edge_patterns.empty();
  return !std::holds_alternative<WriteResult>(result.body) &&
         !std::holds_alternative<PlanResult>(result.body);
}

Result<std::string> ResultAsDot(const QueryResult& result, const std::string& language) {
  if (!IsGraphShaped(result)) {
    return Status::Usage(
        "this result is not a graph, so it has no DOT form",
        "AS DOT draws PATHS, SHORTEST, EFFECTS, CAUSES, LOOPS, LEVERS, BLINDSPOTS, WHY, and "
        "MATCH rows whose columns form edges");
  }
  Diagram d(result, language);
  std::string title;
  bool chain = true;
  if (const auto* r = std::get_if<PathsResult>(&result.body)) {
    int r_count = 0, b_count = 0;
    for (const Path& p : r->paths) {
      d.Path(p);
      if (p.is_loop) d.LoopMarker(p, p.LoopType() == 'R' ? ++r_count : ++b_count);
    }
    if (r->kind == PathKind::kLoops) {
      chain = false;
      title = Plural(r->paths.size(), "loop", "loops") + ": " + std::to_string(r_count) +
              " reinforcing (R), " + std::to_string(b_count) + " balancing (B)";
    } else if (!r->paths.empty()) {
      const Path& first = r->paths.front();
      d.Node(first.nodes.front(), Role::kFocus);
      d.Node(first.nodes.back(), Role::kFocus);
      title = d.Label(first.nodes.front()) + " to " + d.Label(first.nodes.back()) + ": " +
              Plural(r->paths.size(), "chain", "chains") + ", net " + NetSigns(r->paths);
    } else {
      title = "no chain";
    }
    if (r->truncated) title += " (truncated at the LIMIT)";
  } else if (const auto* r = std::get_if<ReachResult>(&result.body)) {
    d.Node(r->origin, Role::kFocus);
    AddDiagram(d, result);
    for (const ReachedNode& n : r->nodes) d.Node(n.id);
    title = std::string(r->upstream ? "causes of " : "effects of ") + d.Label(r->origin) + ": " +
            Plural(r->nodes.size(), "node", "nodes");
  } else if (const auto* r = std::get_if<LeversResult>(&result.body)) {
    d.Node(r->target, Role::kFocus);
    AddDiagram(d, result);
    title = "levers for " + d.Label(r->target) + ": " + Plural(r->levers.size(), "lever", "levers");
  } else if (const auto* r = std::get_if<BlindspotsResult>(&result.body)) {
    d.Node(r->target, Role::kFocus);
    AddDiagram(d, result);
    for (const BlindspotRow& n : r->nodes) d.Node(n.id, Role::kBlindspot);
    title = "blind spots for " + d.Label(r->target) + ": " +
            Plural(r->nodes.size(), "cause", "causes") + " no lever in place acts on (filled)";
  } else if (const auto* r = std::get_if<WhyResult>(&result.body)) {
    if (r->chain) {
      d.Path(*r->chain);
      title = "why: " + d.Label(r->chain->nodes.front()) + " to " +
              d.Label(r->chain->nodes.back()) + ", net " + (r->chain->sign > 0 ? "+" : "-");
    }
    for (const ClaimEvidence& c : r->claims) {
      d.Edge(c.triple.subject, c.triple.relation, c.triple.object,
             PolarityFactor(result.names.at(c.triple.relation).polarity));
    }
    if (title.empty())
      title = "why: " + Plural(r->EvidenceCount(), "piece of evidence", "pieces of evidence");
  } else if (const auto* r = std::get_if<MatchResult>(&result.body)) {
    chain = false;
    for (const auto& row : r->rows) {
      for (const auto& ends : r->edge_patterns) {
        TermId t[3];
        for (int k = 0; k < 3; ++k)
          t[k] = ends[k].column >= 0 ? row[ends[k].column] : ends[k].constant;
        d.Edge(t[0], t[1], t[2], PolarityFactor(result.names.at(t[1]).polarity));
      }
    }
    title =
        Plural(r->rows.size(), "row", "rows") + (r->truncated ? " (truncated at the LIMIT)" : "");
  }
  return d.Render(title, chain);
}

}  // namespace causalkg::cli
