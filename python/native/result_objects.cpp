#include "python/native/result_objects.hpp"

#include <algorithm>

#include "engine/model/result_visit.hpp"
#include "python/native/text_object.hpp"

namespace causalkg::python {

namespace py = pybind11;

namespace {

py::object OptionalNumber(const std::optional<double>& value) {
  return value ? py::object(py::float_(*value)) : py::object(py::none());
}

py::list Strings(const std::vector<std::string>& texts) {
  py::list out;
  for (const std::string& text : texts) out.append(Text(text));
  return out;
}

// What a step's evidence comes to, under the names the JSON gives it: the
// modality is None when some piece asserts outright.
py::dict SummaryObject(const EvidenceSummary& s) {
  py::dict out;
  out["pieces"] = s.pieces;
  out["refuting"] = s.refuting;
  out["sources"] = Strings(s.sources);
  out["modality"] = s.modality.empty() ? py::object(py::none()) : py::object(Text(s.modality));
  out["confidence"] = OptionalNumber(s.confidence);
  out["belief"] = s.belief;
  return out;
}

// A piece's fields beyond source, quote, modality and confidence: each of
// them, those it lacks as None (numbers) or "" (texts).
void AddEvidenceDetails(const Evidence& piece, py::dict& e) {
  const Locator& at = piece.locator;
  e["start"] = at.start ? py::object(py::int_(*at.start)) : py::object(py::none());
  e["end"] = at.end ? py::object(py::int_(*at.end)) : py::object(py::none());
  e["page"] = Text(at.page);
  e["section"] = Text(at.section);
  e["url"] = Text(at.url);
  e["origin"] = OriginText(piece.origin);
  e["tool"] = Text(piece.tool);
  e["stance"] = StanceText(piece.stance);
  py::dict attributes;
  for (const auto& [name, value] : piece.attributes) {
    if (const double* number = std::get_if<double>(&value)) {
      attributes[Text(name)] = *number;
    } else {
      attributes[Text(name)] = Text(std::get<std::string>(value));
    }
  }
  e["attributes"] = std::move(attributes);
}

// A piece of evidence as WHY gives it, without its claim.
py::dict PieceObject(const Evidence& piece) {
  py::dict e;
  e["source"] = Text(piece.source);
  e["quote"] = Text(piece.quote);
  e["modality"] = Text(piece.modality);
  e["confidence"] = OptionalNumber(piece.confidence);
  AddEvidenceDetails(piece, e);
  return e;
}

// A MATCH cell that shows evidence, as the JSON gives it: one field of the
// piece (a number, a text or None), or the whole piece.
py::object EvidenceCell(const MatchResult& r, std::size_t column, std::size_t piece) {
  const Evidence& e = r.pieces.at(piece);
  const std::optional<EvidenceFieldRef>& field = r.evidence_columns[column]->field;
  if (!field) return PieceObject(e);
  const FieldValue value = ValueOf(e, *field);
  if (const double* number = std::get_if<double>(&value)) {
    if (field->field == EvidenceField::kStart || field->field == EvidenceField::kEnd)
      return py::int_(static_cast<std::uint64_t>(*number));
    return py::float_(*number);
  }
  if (const std::string_view* text = std::get_if<std::string_view>(&value)) {
    return Text(*text);
  }
  return py::none();
}

const char* KindToken(ContradictionKind kind) {
  switch (kind) {
    case ContradictionKind::kOppositeSigns:
      return "opposite_signs";
    case ContradictionKind::kRefuted:
      return "refuted";
    case ContradictionKind::kOppositeChains:
      return "opposite_chains";
  }
  return "";
}

py::dict Flags(bool truncated, bool capped) {
  py::dict out;
  out["truncated"] = truncated;
  out["capped"] = capped;
  return out;
}

}  // namespace

py::dict PlanObject(const PlanNode& node) {
  py::dict out;
  out["operation"] = Text(node.operation);
  out["detail"] = Text(node.detail);
  if (node.rows) out["rows"] = *node.rows;
  if (node.milliseconds) out["ms"] = *node.milliseconds;
  if (!node.counters.empty()) {
    py::dict counters;
    for (const PlanCounter& c : node.counters) counters[Text(c.name)] = c.value;
    out["counters"] = counters;
  }
  py::list children;
  for (const PlanNode& child : node.children) children.append(PlanObject(child));
  out["children"] = children;
  return out;
}

ResultObjects::ResultObjects(const QueryResult& result, std::string language)
    : result_(result), language_(std::move(language)) {
  if (const auto* why = std::get_if<WhyResult>(&result_.body)) {
    for (std::size_t c = 0; c < why->claims.size(); ++c) {
      for (std::size_t i = 0; i < why->claims[c].evidence.size(); ++i)
        why_pieces_.emplace_back(c, i);
    }
  }
}

py::str ResultObjects::Id(TermId id) const {
  auto [it, added] = ids_.try_emplace(id);
  if (added) it->second = Text(result_.names.at(id).name);
  return it->second;
}

py::str ResultObjects::Label(TermId id) const {
  auto [cached, added] = labels_.try_emplace(id);
  if (added) {
    const TermNames& names = result_.names.at(id);
    auto it = names.labels.find(language_);
    if (it == names.labels.end()) it = names.labels.find("en");
    cached->second = Text(it == names.labels.end() ? names.name : it->second);
  }
  return cached->second;
}

py::dict ResultObjects::StepObject(const Step& s) const {
  py::dict step;
  step["relation"] = Id(s.relation);
  step["sign"] = PolarityText(s.polarity);
  if (s.evidence) step["evidence"] = SummaryObject(*s.evidence);
  return step;
}

void ResultObjects::AddChainEnd(const std::optional<ChainEnd>& end, TermId node, bool upstream,
                                py::dict& row) const {
  if (!end) return;
  py::dict step = StepObject(end->step);
  step["subject"] = Id(upstream ? node : end->nearer);
  step["object"] = Id(upstream ? end->nearer : node);
  row["step"] = step;
  row["belief"] = end->belief;
}

void ResultObjects::AddSignsDependOn(const std::vector<TermId>& components, py::dict& row) const {
  if (components.empty()) return;
  py::list ids;
  for (TermId c : components) ids.append(Id(c));
  row["signs_depend_on"] = ids;
}

py::dict ResultObjects::PathObject(const Path& path) const {
  py::list nodes, labels, steps;
  for (TermId id : path.nodes) {
    nodes.append(Id(id));
    labels.append(Label(id));
  }
  for (const Step& s : path.steps) steps.append(StepObject(s));
  py::dict out;
  out["nodes"] = nodes;
  out["labels"] = labels;
  out["steps"] = steps;
  out["sign"] = SignText(path.sign);
  out["length"] = path.steps.size();
  if (path.belief) out["belief"] = *path.belief;
  if (path.is_loop) out["type"] = std::string(1, path.LoopType());
  return out;
}

std::string ResultObjects::Kind() const {
  return VisitResult(
      result_.body,
      Overloaded{
          [](const MatchResult& r) -> std::string { return r.count_only ? "count" : "match"; },
          [](const PathsResult& r) -> std::string {
            switch (r.kind) {
              case PathKind::kPaths:
                return "paths";
              case PathKind::kShortest:
                return "shortest";
              case PathKind::kLoops:
                return "loops";
            }
            return "paths";
          },
          [](const ReachResult& r) -> std::string { return r.upstream ? "causes" : "effects"; },
          [](const LeversResult&) -> std::string { return "levers"; },
          [](const BlindspotsResult&) -> std::string { return "blindspots"; },
          [](const ContradictionsResult&) -> std::string { return "contradictions"; },
          [](const WhyResult&) -> std::string { return "why"; },
          [](const WriteResult&) -> std::string { return "write"; },
          [](const PlanResult&) -> std::string { return "plan"; },
          [](const LoopCountResult&) -> std::string { return "loop_counts"; },
      });
}

std::string ResultObjects::RowsKey() const {
  return VisitResult(
      result_.body,
      Overloaded{
          [](const MatchResult& r) -> std::string { return r.count_only ? "" : "rows"; },
          [](const PathsResult&) -> std::string { return "paths"; },
          [](const ReachResult&) -> std::string { return "nodes"; },
          [](const LeversResult&) -> std::string { return "levers"; },
          [](const BlindspotsResult&) -> std::string { return "nodes"; },
          [](const ContradictionsResult&) -> std::string { return "contradictions"; },
          [](const WhyResult&) -> std::string { return "evidence"; },
          [](const WriteResult&) -> std::string { return ""; },
          [](const PlanResult&) -> std::string { return ""; },
          [](const LoopCountResult&) -> std::string { return "lengths"; },
      });
}

std::size_t ResultObjects::RowCount() const {
  return VisitResult(
      result_.body,
      Overloaded{
          [](const MatchResult& r) -> std::size_t { return r.count_only ? 0 : r.rows.size(); },
          [](const PathsResult& r) -> std::size_t { return r.paths.size(); },
          [](const ReachResult& r) -> std::size_t { return r.nodes.size(); },
          [](const LeversResult& r) -> std::size_t { return r.levers.size(); },
          [](const BlindspotsResult& r) -> std::size_t { return r.nodes.size(); },
          [](const ContradictionsResult& r) -> std::size_t { return r.pairs.size(); },
          [this](const WhyResult&) -> std::size_t { return why_pieces_.size(); },
          [](const WriteResult&) -> std::size_t { return 0; },
          [](const PlanResult&) -> std::size_t { return 0; },
          [](const LoopCountResult& r) -> std::size_t { return r.lengths.size(); },
      });
}

py::dict ResultObjects::Head() const {
  // The components whose chains the budget for net signs could not finish.
  auto sign_components = [this](const std::vector<SignComponent>& components) {
    py::list out;
    for (const SignComponent& c : components) {
      py::dict component;
      component["node"] = Id(c.node);
      component["label"] = Label(c.node);
      component["size"] = c.size;
      component["steps"] = c.steps;
      out.append(component);
    }
    return out;
  };
  py::dict head = VisitResult(
      result_.body, Overloaded{
                        [](const MatchResult& r) {
                          py::dict out;
                          if (r.count_only) {
                            out["count"] = r.count;
                            return out;
                          }
                          out["columns"] = Strings(r.columns);
                          out["truncated"] = r.truncated;
                          out["capped"] = r.capped;
                          return out;
                        },
                        [](const PathsResult& r) { return Flags(r.truncated, r.capped); },
                        [&](const ReachResult& r) {
                          py::dict out;
                          out["total"] = r.total;
                          out["truncated"] = r.truncated;
                          out["capped"] = r.capped;
                          out["signs_complete"] = !r.signs_partial;
                          out["incomplete_components"] = sign_components(r.incomplete_components);
                          return out;
                        },
                        [&](const LeversResult& r) {
                          py::dict out = Flags(r.truncated, r.capped);
                          out["signs_complete"] = !r.signs_partial;
                          out["incomplete_components"] = sign_components(r.incomplete_components);
                          return out;
                        },
                        [&](const BlindspotsResult& r) {
                          py::dict out = Flags(r.truncated, r.capped);
                          out["signs_complete"] = !r.signs_partial;
                          out["incomplete_components"] = sign_components(r.incomplete_components);
                          return out;
                        },
                        [this](const ContradictionsResult& r) {
                          py::dict out = Flags(r.truncated, r.capped);
                          if (r.chains) {
                            out["from"] = Id(r.from);
                            out["to"] = Id(r.to);
                            out["chains_complete"] = !r.chains_partial;
                          } else {
                            out["for"] =
                                r.focus ? py::object(Id(*r.focus)) : py::object(py::none());
                          }
                          return out;
                        },
                        [this](const WhyResult& r) {
                          py::list claims, bare;
                          for (const ClaimEvidence& claim : r.claims) {
                            const Triple& t = claim.triple;
                            py::dict c;
                            c["subject"] = Id(t.subject);
                            c["relation"] = Id(t.relation);
                            c["object"] = Id(t.object);
                            // Claims recorded without evidence (a bare ADD) are also
                            // listed apart, so that "evidence" holds only real pieces.
                            if (claim.evidence.empty()) bare.append(c.attr("copy")());
                            c["pieces"] = claim.evidence.size();
                            c["belief"] = claim.belief.value;
                            c["support"] = claim.belief.support;
                            c["refute"] = claim.belief.refute;
                            claims.append(c);
                          }
                          py::dict out;
                          out["claims"] = claims;
                          out["claims_without_evidence"] = bare;
                          out["belief"] = r.belief;
                          out["truncated"] = r.capped;
                          out["capped"] = r.capped;
                          if (r.chain) out["chain"] = PathObject(*r.chain);
                          return out;
                        },
                        [](const WriteResult& r) {
                          const WriteSummary& w = r.summary;
                          py::dict out;
                          out["message"] = Text(r.message);
                          out["new_edges"] = w.new_edges;
                          out["new_nodes"] = w.new_nodes;
                          out["evidence_added"] = w.evidence_added;
                          out["removed_edges"] = w.removed_edges;
                          out["removed_evidence"] = w.removed_evidence;
                          out["removed_nodes"] = w.removed_nodes;
                          out["warnings"] = Strings(w.warnings);
                          return out;
                        },
                        [](const PlanResult& r) {
                          py::dict out;
                          out["plan"] = PlanObject(r.root);
                          return out;
                        },
                        [this](const LoopCountResult& r) {
                          py::dict out;
                          if (r.through) out["through"] = Id(*r.through);
                          out["depth"] = r.all_depths ? py::object(py::str("all"))
                                                      : py::object(py::int_(r.depth));
                          const LoopTally sum = r.Sum();
                          py::dict total;
                          total["R"] = sum.reinforcing;
                          total["B"] = sum.balancing;
                          total["U"] = sum.unknown;
                          total["total"] = sum.Total();
                          out["total"] = total;
                          return out;
                        },
                    });
  if (result_.profile) head["profile"] = PlanObject(result_.profile->root);
  return head;
}

py::dict ResultObjects::Beside() const {
  py::dict out;
  const auto* match = std::get_if<MatchResult>(&result_.body);
  if (match == nullptr || match->count_only) return out;
  py::list labels;
  for (const std::vector<TermId>& row : match->rows) {
    // A cell of evidence has no label.
    py::list cells;
    for (std::size_t c = 0; c < row.size(); ++c) {
      cells.append(match->IsEvidence(c) ? py::object(py::none()) : py::object(Label(row[c])));
    }
    labels.append(cells);
  }
  out["labels"] = labels;
  return out;
}

py::object ResultObjects::Row(std::size_t i) const {
  return VisitResult(
      result_.body,
      Overloaded{
          [&](const MatchResult& r) -> py::object {
            py::list cells;
            const std::vector<TermId>& row = r.rows.at(i);
            for (std::size_t c = 0; c < row.size(); ++c) {
              cells.append(r.IsEvidence(c) ? EvidenceCell(r, c, row[c]) : py::object(Id(row[c])));
            }
            return cells;
          },
          [&](const PathsResult& r) -> py::object { return PathObject(r.paths.at(i)); },
          [&](const ReachResult& r) -> py::object {
            const ReachedNode& n = r.nodes.at(i);
            py::dict out;
            out["id"] = Id(n.id);
            out["label"] = Label(n.id);
            out["distance"] = n.distance;
            out["signs"] = Strings(n.signs.List());
            out["signs_complete"] = n.signs.complete;
            AddSignsDependOn(n.signs_depend_on, out);
            AddChainEnd(n.chain, n.id, r.upstream, out);
            return out;
          },
          [&](const LeversResult& r) -> py::object {
            const LeverRow& l = r.levers.at(i);
            py::dict out;
            out["lever"] = Id(l.lever);
            out["lever_label"] = Label(l.lever);
            out["relation"] = Id(l.relation);
            out["target"] = Id(l.target);
            out["target_label"] = Label(l.target);
            out["distance"] = l.distance;
            out["signs"] = Strings(l.signs.List());
            out["signs_complete"] = l.signs.complete;
            AddSignsDependOn(l.signs_depend_on, out);
            out["recommended"] = l.recommended;
            if (l.evidence) out["evidence"] = SummaryObject(*l.evidence);
            if (l.chain_belief) out["chain_belief"] = *l.chain_belief;
            if (l.belief) out["belief"] = *l.belief;
            return out;
          },
          [&](const BlindspotsResult& r) -> py::object {
            const BlindspotRow& n = r.nodes.at(i);
            py::list recommendations;
            for (TermId id : n.recommendations) recommendations.append(Id(id));
            py::dict out;
            out["id"] = Id(n.id);
            out["label"] = Label(n.id);
            out["distance"] = n.distance;
            out["signs"] = Strings(n.signs.List());
            out["signs_complete"] = n.signs.complete;
            out["recommendations"] = recommendations;
            AddSignsDependOn(n.signs_depend_on, out);
            AddChainEnd(n.chain, n.id, /*upstream=*/true, out);
            return out;
          },
          [&](const ContradictionsResult& r) -> py::object {
            const Contradiction& c = r.pairs.at(i);
            auto side = [&](const ContradictionSide& s) {
              py::dict out;
              out["belief"] = s.belief;
              if (r.chains) {
                out["chain"] = PathObject(s.chain);
                py::list beliefs;
                for (double b : s.step_beliefs) beliefs.append(b);
                out["step_beliefs"] = beliefs;
                return out;
              }
              const Path& claim = s.chain;
              out["subject"] = Id(claim.nodes.at(0));
              out["relation"] = Id(claim.steps.at(0).relation);
              out["object"] = Id(claim.nodes.at(1));
              out["sign"] = SignText(claim.sign);
              std::vector<std::string> sources;
              py::list pieces;
              for (const Evidence& e : s.evidence) {
                if (!e.source.empty() &&
                    std::find(sources.begin(), sources.end(), e.source) == sources.end()) {
                  sources.push_back(e.source);
                }
                pieces.append(PieceObject(e));
              }
              out["sources"] = Strings(sources);
              out["evidence"] = pieces;
              return out;
            };
            py::dict out;
            out["kind"] = KindToken(c.kind);
            out["strength"] = c.Strength();
            out["side"] = side(c.side);
            out["against"] = side(c.against);
            return out;
          },
          [&](const WhyResult& r) -> py::object {
            const auto [c, k] = why_pieces_.at(i);
            const Triple& t = r.claims[c].triple;
            py::dict e;
            e["subject"] = Id(t.subject);
            e["relation"] = Id(t.relation);
            e["object"] = Id(t.object);
            py::dict piece = PieceObject(r.claims[c].evidence[k]);
            for (auto item : piece) e[item.first] = item.second;
            return e;
          },
          [](const WriteResult&) -> py::object { throw std::out_of_range("a write has no rows"); },
          [](const PlanResult&) -> py::object { throw std::out_of_range("a plan has no rows"); },
          [&](const LoopCountResult& r) -> py::object {
            const LoopTally& t = r.lengths.at(i);
            py::dict out;
            out["length"] = t.length;
            out["R"] = t.reinforcing;
            out["B"] = t.balancing;
            out["U"] = t.unknown;
            out["total"] = t.Total();
            return out;
          },
      });
}

}  // namespace causalkg::python
