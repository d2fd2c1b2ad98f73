#include "cli/render/dot_output.hpp"

#include <set>

#include "cli/render/diagram_loops.hpp"
#include "cli/render/dot_diagram.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/model/result_kinds.hpp"
#include "engine/model/result_visit.hpp"

namespace causalkg::cli {

namespace {

std::string NetSigns(const std::vector<Path>& paths) {
  SignSet signs;
  for (const Path& p : paths) signs.Add(p.sign);
  return signs.Text();
}

// Says in the title when a result was cut short.
std::string Cut(const DotWords& words, bool truncated, bool capped) {
  if (capped) return words.capped;
  return truncated ? words.truncated : "";
}

// "3 loops: 2 reinforcing (R), 1 balancing (B)", and ", 1 of unknown sign
// (U)" when there is one.
std::string LoopsTitle(const DotWords& words, std::size_t loops, const LoopCounts& counts) {
  std::string title = words.loop.Count(loops) + ": " + std::to_string(counts.reinforcing) + " " +
                      words.reinforcing + " (R), " + std::to_string(counts.balancing) + " " +
                      words.balancing + " (B)";
  if (counts.unknown > 0)
    title += ", " + std::to_string(counts.unknown) + " " + words.of_unknown_sign + " (U)";
  return title;
}

// Marks the loops among the diagram's edges, and says in the title what
// it found: "; 1 loop: 1 reinforcing (R), 0 balancing (B)", nothing when
// there is none.
std::string MarkDiagramLoops(Diagram& d, const QueryResult& result) {
  const DiagramLoops found = FindDiagramLoops(result.diagram);
  if (found.loops.empty() && !found.cut) return "";
  const LoopCounts counts = d.MarkLoops(found.loops);
  return "; " + LoopsTitle(d.words(), found.loops.size(), counts) +
         (found.cut ? d.words().loops_cut : "");
}

void AddDiagram(Diagram& d, const QueryResult& result) {
  for (const GraphEdge& e : result.diagram)
    d.Edge(e.from, e.relation, e.to, e.polarity, e.evidence);
}

// How a statement of this result's kind is narrowed to a smaller diagram.
std::string Narrowing(const QueryResult& result) {
  constexpr const char* kEvidence = "a WHERE on the evidence (WHERE confidence >= 0.6)";
  return VisitResult(
      result.body,
      Overloaded{
          [&](const MatchResult&) { return std::string("a LIMIT, or a narrower WHERE"); },
          [&](const PathsResult& r) {
            return std::string(r.kind == PathKind::kLoops ? "THROUGH a node, " : "") +
                   "a smaller DEPTH, a LIMIT, VIA the relations to follow, or " + kEvidence;
          },
          [&](const ReachResult&) {
            return std::string("a smaller DEPTH, a LIMIT, VIA the relations to follow, or ") +
                   kEvidence;
          },
          [&](const LeversResult&) {
            return std::string("a smaller DEPTH, VIA the relations to follow, or ") + kEvidence;
          },
          [&](const BlindspotsResult&) {
            return std::string("a smaller DEPTH, VIA the relations to follow, or ") + kEvidence;
          },
          [&](const ContradictionsResult& r) {
            return std::string(r.chains ? "a smaller DEPTH, or a LIMIT" : "FOR a node, or a LIMIT");
          },
          [&](const WhyResult&) { return std::string("WHY of one claim at a time"); },
          [&](const WriteResult&) { return std::string(); },
          [&](const PlanResult&) { return std::string(); },
          [&](const LoopCountResult&) { return std::string(); },
      });
}

std::string BigDiagramWarning(const QueryResult& result, std::size_t nodes) {
  if (nodes <= kBigDiagramNodes) return "";
  return "warning: the diagram has " + std::to_string(nodes) + " nodes, too many to read well (" +
         std::to_string(kBigDiagramNodes) + " is about the most); narrow the statement with " +
         Narrowing(result) + "\n";
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

Result<DotDrawing> DrawDot(const QueryResult& result, const std::string& language,
                           const DotStyle& style) {
  if (!IsGraphShaped(result.body)) {
    return Status::Usage(
        "this result is not a graph, so it has no DOT form",
        "AS DOT draws PATHS, SHORTEST, EFFECTS, CAUSES, LOOPS, LEVERS, BLINDSPOTS, "
        "CONTRADICTIONS, WHY, and MATCH rows whose columns form edges");
  }
  Diagram d(result, language, style);
  const DotWords& w = d.words();
  auto to = [&](TermId from, TermId until) {
    return d.Label(from) + " " + w.to + " " + d.Label(until);
  };
  bool chain = true;  // drawn left to right
  const std::string title = VisitResult(
      result.body,
      Overloaded{
          [&](const PathsResult& r) {
            std::string title;
            for (const Path& p : r.paths) d.Path(p);
            const LoopCounts loops = d.MarkLoops(r.paths);
            if (r.kind == PathKind::kLoops) {
              chain = false;
              title = LoopsTitle(w, r.paths.size(), loops);
            } else if (!r.paths.empty()) {
              const Path& first = r.paths.front();
              d.Node(first.nodes.front(), Role::kFocus);
              d.Node(first.nodes.back(), Role::kFocus);
              title = to(first.nodes.front(), first.nodes.back()) + ": " +
                      w.chain.Count(r.paths.size()) + ", " + w.net + " " + NetSigns(r.paths);
            } else {
              title = w.no_chain;
            }
            return title + Cut(w, r.truncated, r.capped);
          },
          [&](const ReachResult& r) {
            d.Node(r.origin, Role::kFocus);
            AddDiagram(d, result);
            for (const ReachedNode& n : r.nodes) d.Node(n.id);
            return std::string(r.upstream ? w.causes_of : w.effects_of) + " " + d.Label(r.origin) +
                   ": " + w.node.Count(r.nodes.size()) + Cut(w, r.truncated, r.capped);
          },
          [&](const LeversResult& r) {
            d.Node(r.target, Role::kFocus);
            AddDiagram(d, result);
            return std::string(w.levers_for) + " " + d.Label(r.target) + ": " +
                   w.lever.Count(r.levers.size()) + Cut(w, r.truncated, r.capped) +
                   MarkDiagramLoops(d, result);
          },
          [&](const BlindspotsResult& r) {
            d.Node(r.target, Role::kFocus);
            AddDiagram(d, result);
            for (const BlindspotRow& n : r.nodes) d.Node(n.id, Role::kBlindspot);
            return std::string(w.blind_spots_for) + " " + d.Label(r.target) + ": " +
                   w.cause.Count(r.nodes.size()) + " " + w.no_lever_acts_on +
                   Cut(w, r.truncated, r.capped) + MarkDiagramLoops(d, result);
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
              return std::string(w.opposite_chains_from) + " " + to(r.from, r.to) + ": " +
                     w.pair.Count(r.pairs.size()) + Cut(w, r.truncated, r.capped);
            }
            if (r.focus) d.Node(*r.focus, Role::kFocus);
            chain = false;
            return w.contradiction.Count(r.pairs.size()) +
                   (r.focus ? std::string(" ") + w.about + " " + d.Label(*r.focus)
                            : std::string()) +
                   Cut(w, r.truncated, r.capped);
          },
          [&](const WhyResult& r) {
            // Each claim with the notes of its evidence; a step of the chain
            // whose claim was left out (a capped result) as a plain edge.
            std::set<Triple> explained;
            for (const ClaimEvidence& c : r.claims) {
              d.Claim(c);
              explained.insert(c.triple);
            }
            if (r.chain) {
              const Path& p = *r.chain;
              for (std::size_t i = 0; i + 1 < p.nodes.size() && i < p.steps.size(); ++i) {
                const Step& s = p.steps[i];
                if (!explained.count({p.nodes[i], s.relation, p.nodes[i + 1]}))
                  d.Edge(p.nodes[i], s.relation, p.nodes[i + 1], s.polarity, s.evidence);
              }
              return std::string(w.why) + ": " + to(p.nodes.front(), p.nodes.back()) + ", " +
                     w.net + " " + SignText(p.sign);
            }
            return std::string(w.why) + ": " + w.piece.Count(r.EvidenceCount());
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
            return w.row.Count(r.rows.size()) + Cut(w, r.truncated, r.capped);
          },
          // Not graph-shaped: refused above.
          [](const WriteResult&) { return std::string(); },
          [](const PlanResult&) { return std::string(); },
          [](const LoopCountResult&) { return std::string(); },
      });
  DotDrawing drawing;
  drawing.text = d.Render(title, chain);
  drawing.nodes = d.node_count();
  drawing.warning = BigDiagramWarning(result, drawing.nodes);
  return drawing;
}

Result<std::string> ResultAsDot(const QueryResult& result, const std::string& language,
                                const DotStyle& style) {
  auto drawing = DrawDot(result, language, style);
  if (!drawing.ok()) return std::move(drawing).TakeStatus();
  return std::move(drawing->text);
}

}  // namespace causalkg::cli
