#include "cli/render/dot_output.hpp"

#include <map>
#include <set>
#include <sstream>
#include <string_view>

#include "engine/common/visible_text.hpp"
#include "engine/model/result_visit.hpp"

namespace causalkg::cli {

namespace {

// The longest name written into DOT, in characters. Graphviz 2.43 rejects a
// quoted string with a run of more than 16,381 bytes free of quotes and
// backslashes ("syntax error ... longer than 16384?"), and cannot lay out
// two nodes side by side wider than 65,535 points together ("Edge length
// ... larger than maximum 65535"). 2,000 characters are at most 8,000 bytes
// and, at 14 points, about 28,000 points wide: both hold.
constexpr std::size_t kDotMaxName = 2000;

// `text` cut to kDotMaxName characters, with "…" when cut.
std::string Shorten(const std::string& text, bool& shortened) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++characters > kDotMaxName) {
      shortened = true;
      return text.substr(0, i) + "…";
    }
  }
  return text;
}

constexpr const char* kPositiveColour = "#1f4e99";  // dark blue: dark in grey-scale
constexpr const char* kNegativeColour = "#c0392b";  // red: mid grey in grey-scale
constexpr const char* kUnknownColour = "#8c8c8c";   // grey, and dashed: light in grey-scale
constexpr const char* kPolicyColour = "#555555";

enum class Role { kPlain, kFocus, kLever, kRecommendation, kBlindspot };

struct DotEdge {
  TermId from, relation, to;
  // +, - or ? for a causal link; kNone for a policy acting on a node (or
  // another non-causal claim of a MATCH).
  Polarity polarity;
  auto operator<=>(const DotEdge&) const = default;
};

// How each kind of causal link is drawn: its mark, colour, weight and dash,
// and what the legend says of it.
struct LinkStyle {
  Polarity polarity;
  const char* colour;
  const char* attributes;  // after label, fontsize, fontname and colours
  const char* meaning;
};

constexpr LinkStyle kLinkStyles[] = {
    {Polarity::kPositive, kPositiveColour, "penwidth=1.4", "same direction"},
    {Polarity::kNegative, kNegativeColour, "penwidth=2.6", "opposite direction"},
    {Polarity::kUnknown, kUnknownColour, "penwidth=1.4, style=dashed", "sign not stated"},
};

const LinkStyle* StyleOf(Polarity polarity) {
  for (const LinkStyle& style : kLinkStyles) {
    if (style.polarity == polarity) return &style;
  }
  return nullptr;
}

// A causal link's attributes, after `[`.
std::string LinkAttributes(const LinkStyle& style) {
  return std::string("label=\"") + PolarityText(style.polarity) +
         "\", fontsize=18, fontname=\"Helvetica-Bold\", color=\"" + style.colour +
         "\", fontcolor=\"" + style.colour + "\", " + style.attributes;
}

class Diagram {
 public:
  Diagram(const QueryResult& result, const std::string& language)
      : result_(result), language_(language) {}

  // The label of `id` as drawn: cut short when Graphviz could not take it.
  std::string Label(TermId id) const {
    const TermNames& names = result_.names.at(id);
    auto it = names.labels.find(language_);
    if (it == names.labels.end()) it = names.labels.find("en");
    return Shorten(it == names.labels.end() ? names.name : it->second, shortened_);
  }

  // Whether any name had to be cut short, so that the title can say so.
  bool shortened() const { return shortened_; }

  void Node(TermId id, Role role = Role::kPlain) {
    Role& current = nodes_[id];
    if (role != Role::kPlain) current = role;
    const TermNames& names = result_.names.at(id);
    if (current == Role::kPlain && names.is_lever) current = Role::kLever;
    if (current == Role::kPlain && names.is_recommendation) current = Role::kRecommendation;
  }

  void Edge(TermId from, TermId relation, TermId to, Polarity polarity) {
    Node(from);
    Node(to);
    edges_.insert({from, relation, to, polarity});
  }

  void Path(const causalkg::Path& path) {
    for (std::size_t i = 0; i < path.steps.size(); ++i) {
      const TermId to = i + 1 < path.nodes.size() ? path.nodes[i + 1] : path.nodes[0];
      Edge(path.nodes[i], path.steps[i].relation, to, path.steps[i].polarity);
    }
  }

  // A small circle marking a loop (R1, B2, U1, ...), kept near the loop's
  // nodes by invisible edges.
  void LoopMarker(const causalkg::Path& loop, int number) {
    markers_.push_back({std::string(1, loop.LoopType()) + std::to_string(number), loop.nodes});
  }

  std::string Render(std::string title, bool left_to_right) {
    AssignIds();
    const std::string body = Body();
    // Said last: only drawing every name tells whether one was cut short.
    if (shortened_)
      title += " (names over " + std::to_string(kDotMaxName) + " characters cut short)";
    return "digraph causalkg {\n  graph [rankdir=" + std::string(left_to_right ? "LR" : "TB") +
           ", labelloc=t, fontname=\"Helvetica\", label=" + DotQuote(title) + "];\n" +
           "  node [shape=ellipse, style=filled, fillcolor=white, fontname=\"Helvetica\"];\n" +
           "  edge [fontname=\"Helvetica\", fontsize=12];\n" + body + "}\n";
  }

 private:
  struct Marker {
    std::string name;  // R1, B2, ...
    std::vector<TermId> nodes;
  };

  // The nodes, edges and loop markers.
  std::string Body() {
    std::ostringstream out;
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
    std::set<Polarity> drawn;  // the kinds of causal link drawn
    for (const DotEdge& e : edges_) {
      out << "  " << Id(e.from) << " -> " << Id(e.to) << " [";
      if (const LinkStyle* style = StyleOf(e.polarity)) {
        out << LinkAttributes(*style);
        drawn.insert(e.polarity);
      } else {
        out << "label=" << DotQuote(Label(e.relation)) << ", style=dashed, color=\""
            << kPolicyColour << "\", fontcolor=\"" << kPolicyColour << "\", arrowhead=vee";
      }
      out << ", tooltip=" << DotQuote(Shorten(result_.names.at(e.relation).name, shortened_))
          << "];\n";
    }
    for (const Marker& m : markers_) {
      const std::string id = UniqueId("loop " + m.name);
      out << "  " << id
          << " [shape=circle, width=0.35, fixedsize=true, fontsize=10, label=" << DotQuote(m.name)
          << ", tooltip=" << DotQuote(LoopMeaning(m.name[0])) << "];\n";
      for (TermId node : m.nodes)
        out << "  " << id << " -> " << Id(node) << " [style=invis, constraint=false];\n";
    }
    if (drawn.count(Polarity::kUnknown)) out << Legend(drawn);
    return out.str();
  }

  static const char* LoopMeaning(char type) {
    return type == 'R'   ? "reinforcing loop"
           : type == 'B' ? "balancing loop"
                         : "loop of unknown sign: a link's sign is not stated";
  }

  // What each kind of causal link drawn means, with a sample of each. A
  // + or - link reads as every causal loop diagram draws it; a diagram with
  // a link of unknown sign says what its grey dashes are.
  std::string Legend(const std::set<Polarity>& drawn) {
    std::ostringstream out;
    out << "  subgraph \"cluster legend\" {\n"
        << "    label=\"legend\"; fontsize=10; style=dashed; color=\"#bbbbbb\";\n";
    for (const LinkStyle& style : kLinkStyles) {
      if (!drawn.count(style.polarity)) continue;
      const std::string sign = PolarityText(style.polarity);
      const std::string from = UniqueId("legend " + sign),
                        to = UniqueId("legend " + sign + " means");
      out << "    " << from << " [shape=point, width=0.06, color=\"" << style.colour << "\"];\n"
          << "    " << to << " [shape=plaintext, fontsize=10, label=" << DotQuote(style.meaning)
          << "];\n"
          << "    " << from << " -> " << to << " [" << LinkAttributes(style) << "];\n";
    }
    out << "  }\n";
    return out.str();
  }

  const std::string& Id(TermId id) const { return ids_.at(id); }

  // A node's DOT id is its name, quoted. A name that DOT cannot hold as it
  // is (too long, or with control characters shown as escapes) is written
  // changed, and numbered when that makes it the same as another's.
  void AssignIds() {
    std::vector<TermId> changed;
    for (const auto& [id, role] : nodes_) {
      const std::string& name = result_.names.at(id).name;
      bool shortened = false;
      if (IsVisible(name) && Shorten(name, shortened) == name) {
        ids_[id] = DotQuote(name);
        used_.insert(ids_[id]);
      } else {
        changed.push_back(id);
      }
    }
    for (TermId id : changed) ids_[id] = UniqueId(Shorten(result_.names.at(id).name, shortened_));
  }

  // `name` quoted, with " (2)", " (3)", ... added until no other id is the same.
  std::string UniqueId(const std::string& name) {
    std::string id = DotQuote(name);
    for (int n = 2; used_.count(id); ++n) id = DotQuote(name + " (" + std::to_string(n) + ")");
    used_.insert(id);
    return id;
  }

  const QueryResult& result_;
  const std::string& language_;
  std::map<TermId, Role> nodes_;
  std::set<DotEdge> edges_;
  std::vector<Marker> markers_;
  std::map<TermId, std::string> ids_;
  std::set<std::string> used_;
  mutable bool shortened_ = false;
};

std::string Plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string NetSigns(const std::vector<Path>& paths) {
  SignSet signs;
  for (const Path& p : paths) signs.Add(p.sign);
  return signs.Text();
}

// Says in the title when a result was cut short.
std::string Cut(bool truncated, bool capped) {
  if (capped) return " (cut at what one result may hold)";
  return truncated ? " (truncated at the LIMIT)" : "";
}

void AddDiagram(Diagram& d, const QueryResult& result) {
  for (const GraphEdge& e : result.diagram) d.Edge(e.from, e.relation, e.to, e.polarity);
}

}  // namespace

std::string DotQuote(const std::string& text) {
  std::string out = "\"";
  // A newline becomes a line break of the label; every other control
  // character (and a NUL above all, which ends Graphviz's strings) is shown
  // as an escape.
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? end : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    for (char c : Visible(line)) {
      if (c == '"' || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
    if (end == std::string::npos) break;
    out += "\\n";
    start = end + 1;
  }
  return out + "\"";
}

bool IsGraphShaped(const QueryResult& result) {
  return VisitResult(result.body, Overloaded{
                                      [](const MatchResult& r) {
                                        return !r.count_only && !r.edge_patterns.empty();
                                      },
                                      [](const PathsResult&) { return true; },
                                      [](const ReachResult&) { return true; },
                                      [](const LeversResult&) { return true; },
                                      [](const BlindspotsResult&) { return true; },
                                      [](const ContradictionsResult&) { return true; },
                                      [](const WhyResult&) { return true; },
                                      [](const WriteResult&) { return false; },
                                      [](const PlanResult&) { return false; },
                                  });
}

Result<std::string> ResultAsDot(const QueryResult& result, const std::string& language) {
  if (!IsGraphShaped(result)) {
    return Status::Usage(
        "this result is not a graph, so it has no DOT form",
        "AS DOT draws PATHS, SHORTEST, EFFECTS, CAUSES, LOOPS, LEVERS, BLINDSPOTS, "
        "CONTRADICTIONS, WHY, and MATCH rows whose columns form edges");
  }
  Diagram d(result, language);
  bool chain = true;  // drawn left to right
  const std::string title = VisitResult(
      result.body,
      Overloaded{
          [&](const PathsResult& r) {
            std::string title;
            int r_count = 0, b_count = 0, u_count = 0;
            for (const Path& p : r.paths) {
              d.Path(p);
              if (!p.is_loop) continue;
              const char type = p.LoopType();
              d.LoopMarker(p, type == 'R' ? ++r_count : type == 'B' ? ++b_count : ++u_count);
            }
            if (r.kind == PathKind::kLoops) {
              chain = false;
              title = Plural(r.paths.size(), "loop", "loops") + ": " + std::to_string(r_count) +
                      " reinforcing (R), " + std::to_string(b_count) + " balancing (B)";
              if (u_count > 0) title += ", " + std::to_string(u_count) + " of unknown sign (U)";
            } else if (!r.paths.empty()) {
              const Path& first = r.paths.front();
              d.Node(first.nodes.front(), Role::kFocus);
              d.Node(first.nodes.back(), Role::kFocus);
              title = d.Label(first.nodes.front()) + " to " + d.Label(first.nodes.back()) + ": " +
                      Plural(r.paths.size(), "chain", "chains") + ", net " + NetSigns(r.paths);
            } else {
              title = "no chain";
            }
            return title + Cut(r.truncated, r.capped);
          },
          [&](const ReachResult& r) {
            d.Node(r.origin, Role::kFocus);
            AddDiagram(d, result);
            for (const ReachedNode& n : r.nodes) d.Node(n.id);
            return std::string(r.upstream ? "causes of " : "effects of ") + d.Label(r.origin) +
                   ": " + Plural(r.nodes.size(), "node", "nodes");
          },
          [&](const LeversResult& r) {
            d.Node(r.target, Role::kFocus);
            AddDiagram(d, result);
            return "levers for " + d.Label(r.target) + ": " +
                   Plural(r.levers.size(), "lever", "levers");
          },
          [&](const BlindspotsResult& r) {
            d.Node(r.target, Role::kFocus);
            AddDiagram(d, result);
            for (const BlindspotRow& n : r.nodes) d.Node(n.id, Role::kBlindspot);
            return "blind spots for " + d.Label(r.target) + ": " +
                   Plural(r.nodes.size(), "cause", "causes") +
                   " no lever in place acts on (filled)";
          },
          [&](const ContradictionsResult& r) {
            // Both sides of every pair: the claims, or the chains, that disagree.
            for (const Contradiction& c : r.pairs) {
              d.Path(c.side.chain);
              d.Path(c.against.chain);
            }
            if (r.chains) {
              d.Node(r.from, Role::kFocus);
              d.Node(r.to, Role::kFocus);
              return "chains of opposite net sign from " + d.Label(r.from) + " to " +
                     d.Label(r.to) + ": " + Plural(r.pairs.size(), "pair", "pairs") +
                     Cut(r.truncated, r.capped);
            }
            if (r.focus) d.Node(*r.focus, Role::kFocus);
            chain = false;
            return Plural(r.pairs.size(), "contradiction", "contradictions") +
                   (r.focus ? " about " + d.Label(*r.focus) : std::string()) +
                   Cut(r.truncated, r.capped);
          },
          [&](const WhyResult& r) {
            std::string title;
            if (r.chain) {
              d.Path(*r.chain);
              title = "why: " + d.Label(r.chain->nodes.front()) + " to " +
                      d.Label(r.chain->nodes.back()) + ", net " + SignText(r.chain->sign);
            }
            for (const ClaimEvidence& c : r.claims) {
              d.Edge(c.triple.subject, c.triple.relation, c.triple.object,
                     result.names.at(c.triple.relation).polarity);
            }
            if (title.empty())
              title =
                  "why: " + Plural(r.EvidenceCount(), "piece of evidence", "pieces of evidence");
            return title;
          },
          [&](const MatchResult& r) {
            chain = false;
            for (const auto& row : r.rows) {
              for (const auto& ends : r.edge_patterns) {
                TermId t[3];
                for (int k = 0; k < 3; ++k)
                  t[k] = ends[k].column >= 0 ? row[ends[k].column] : ends[k].constant;
                d.Edge(t[0], t[1], t[2], result.names.at(t[1]).polarity);
              }
            }
            return Plural(r.rows.size(), "row", "rows") + Cut(r.truncated, r.capped);
          },
          // Not graph-shaped: refused above.
          [](const WriteResult&) { return std::string(); },
          [](const PlanResult&) { return std::string(); },
      });
  return d.Render(title, chain);
}

}  // namespace causalkg::cli
