#include "python/native/result_graph.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "engine/model/result_kinds.hpp"
#include "engine/model/result_visit.hpp"
#include "python/native/status_error.hpp"
#include "python/native/text_object.hpp"

namespace causalkg::python {

namespace py = pybind11;

namespace {

class GraphBuilder {
 public:
  explicit GraphBuilder(const QueryResult& result) : result_(result) {}

  void Node(TermId id) {
    if (seen_.insert(id).second) nodes_.push_back(id);
  }

  void Focus(TermId id) {
    Node(id);
    if (std::find(focus_.begin(), focus_.end(), id) == focus_.end()) focus_.push_back(id);
  }

  void Edge(TermId from, TermId relation, TermId to, Polarity polarity,
            const std::optional<EvidenceSummary>& evidence, std::optional<std::size_t> row) {
    Node(from);
    Node(to);
    const auto key = std::make_tuple(from, relation, to);
    auto [it, added] = index_.emplace(key, edges_.size());
    if (added) edges_.push_back({from, relation, to, polarity, evidence, {}});
    GraphEdgeOut& edge = edges_[it->second];
    if (!edge.evidence && evidence) edge.evidence = evidence;
    if (row && (edge.rows.empty() || edge.rows.back() != *row)) edge.rows.push_back(*row);
  }

  // A term's polarity as the result's names hold it: for edges drawn from
  // claims (WHY, MATCH), which carry no step of their own.
  Polarity PolarityOf(TermId relation) const { return result_.names.at(relation).polarity; }

  void Chain(const Path& path, std::optional<std::size_t> row) {
    const std::size_t n = path.nodes.size();
    for (TermId id : path.nodes) Node(id);
    for (std::size_t i = 0; i < path.steps.size() && n > 0; ++i) {
      const Step& s = path.steps[i];
      Edge(path.nodes[i], s.relation, path.nodes[(i + 1) % n], s.polarity, s.evidence, row);
    }
  }

  void Diagram() {
    for (const GraphEdge& e : result_.diagram)
      Edge(e.from, e.relation, e.to, e.polarity, e.evidence, std::nullopt);
  }

  py::dict Objects(const ResultObjects& objects) const {
    py::list nodes, edges, focus;
    for (TermId id : nodes_) {
      const TermNames& names = result_.names.at(id);
      py::dict labels;
      for (const auto& [language, label] : names.labels) labels[Text(language)] = Text(label);
      py::dict attributes;
      attributes["label"] = objects.Label(id);
      attributes["labels"] = labels;
      attributes["is_lever"] = names.is_lever;
      attributes["is_recommendation"] = names.is_recommendation;
      nodes.append(py::make_tuple(objects.Id(id), attributes));
    }
    for (const GraphEdgeOut& e : edges_) {
      py::dict attributes;
      attributes["relation"] = objects.Id(e.relation);
      attributes["sign"] = e.polarity == Polarity::kNone
                               ? py::object(py::none())
                               : py::object(py::str(PolarityText(e.polarity)));
      py::list rows;
      for (std::size_t row : e.rows) rows.append(row);
      attributes["rows"] = rows;
      if (e.evidence) {
        const EvidenceSummary& s = *e.evidence;
        py::dict evidence;
        py::list sources;
        for (const std::string& source : s.sources) sources.append(Text(source));
        evidence["pieces"] = s.pieces;
        evidence["refuting"] = s.refuting;
        evidence["sources"] = sources;
        evidence["modality"] =
            s.modality.empty() ? py::object(py::none()) : py::object(Text(s.modality));
        evidence["confidence"] =
            s.confidence ? py::object(py::float_(*s.confidence)) : py::object(py::none());
        evidence["belief"] = s.belief;
        attributes["evidence"] = evidence;
      }
      edges.append(
          py::make_tuple(objects.Id(e.from), objects.Id(e.to), objects.Id(e.relation), attributes));
    }
    for (TermId id : focus_) focus.append(objects.Id(id));
    py::dict out;
    out["nodes"] = nodes;
    out["edges"] = edges;
    out["focus"] = focus;
    return out;
  }

 private:
  struct GraphEdgeOut {
    TermId from, relation, to;
    Polarity polarity;
    std::optional<EvidenceSummary> evidence;
    std::vector<std::size_t> rows;
  };

  const QueryResult& result_;
  std::vector<TermId> nodes_;
  std::unordered_set<TermId> seen_;
  std::vector<TermId> focus_;
  std::vector<GraphEdgeOut> edges_;
  std::map<std::tuple<TermId, TermId, TermId>, std::size_t> index_;
};

}  // namespace

py::dict ResultGraph(const QueryResult& result, const ResultObjects& objects) {
  if (!IsGraphShaped(result.body)) {
    throw StatusError(Status::Usage(
        "this result is not a graph",
        "to_networkx() draws PATHS, SHORTEST, EFFECTS, CAUSES, LOOPS, LEVERS, BLINDSPOTS, "
        "CONTRADICTIONS, WHY, and MATCH rows whose columns form edges"));
  }
  GraphBuilder graph(result);
  VisitResult(result.body,
              Overloaded{
                  [&](const PathsResult& r) {
                    for (std::size_t i = 0; i < r.paths.size(); ++i) graph.Chain(r.paths[i], i);
                    if (r.kind != PathKind::kLoops && !r.paths.empty()) {
                      graph.Focus(r.paths.front().nodes.front());
                      graph.Focus(r.paths.front().nodes.back());
                    }
                  },
                  [&](const ReachResult& r) {
                    graph.Focus(r.origin);
                    graph.Diagram();
                    for (const ReachedNode& n : r.nodes) graph.Node(n.id);
                  },
                  [&](const LeversResult& r) {
                    graph.Focus(r.target);
                    graph.Diagram();
                    for (const LeverRow& l : r.levers) {
                      graph.Node(l.lever);
                      graph.Node(l.target);
                    }
                  },
                  [&](const BlindspotsResult& r) {
                    graph.Focus(r.target);
                    graph.Diagram();
                    for (const BlindspotRow& n : r.nodes) graph.Node(n.id);
                  },
                  [&](const ContradictionsResult& r) {
                    if (r.chains) {
                      graph.Focus(r.from);
                      graph.Focus(r.to);
                    } else if (r.focus) {
                      graph.Focus(*r.focus);
                    }
                    for (std::size_t i = 0; i < r.pairs.size(); ++i) {
                      graph.Chain(r.pairs[i].side.chain, i);
                      graph.Chain(r.pairs[i].against.chain, i);
                    }
                  },
                  [&](const WhyResult& r) {
                    if (r.chain) {
                      graph.Focus(r.chain->nodes.front());
                      graph.Focus(r.chain->nodes.back());
                      graph.Chain(*r.chain, std::nullopt);
                    }
                    // Row i is piece i: each claim's edge names the rows of
                    // its pieces.
                    std::size_t row = 0;
                    for (const ClaimEvidence& c : r.claims) {
                      const Triple& t = c.triple;
                      graph.Edge(t.subject, t.relation, t.object, graph.PolarityOf(t.relation),
                                 std::nullopt, std::nullopt);
                      for (std::size_t k = 0; k < c.evidence.size(); ++k, ++row)
                        graph.Edge(t.subject, t.relation, t.object, graph.PolarityOf(t.relation),
                                   std::nullopt, row);
                    }
                  },
                  [&](const MatchResult& r) {
                    for (std::size_t i = 0; i < r.rows.size(); ++i) {
                      for (const auto& ends : r.edge_patterns) {
                        TermId t[3];
                        for (int k = 0; k < 3; ++k)
                          t[k] = ends[k].column >= 0 ? r.rows[i][ends[k].column] : ends[k].constant;
                        graph.Edge(t[0], t[1], t[2], graph.PolarityOf(t[1]), std::nullopt, i);
                      }
                    }
                  },
                  [](const WriteResult&) {},
                  [](const PlanResult&) {},
                  [](const LoopCountResult&) {},
              });
  return graph.Objects(objects);
}

}  // namespace causalkg::python
