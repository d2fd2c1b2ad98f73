#include "cli/render/json_output.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "engine/model/result_visit.hpp"
#include "grammar/source_position.hpp"

namespace causalkg::cli {

using nlohmann::json;

namespace {

// A result as JSON: its fields, with the array of its rows left empty, and
// the rows, each made JSON only when the text is written, so that a large
// result never sits in memory as one JSON value (several kilobytes a
// chain).
struct Document {
  json head;
  const char* rows_key = nullptr;
  std::size_t rows = 0;
  std::function<json(std::size_t)> row = nullptr;
  // An array beside the rows, one entry a row, made the same way (MATCH's
  // labels); none when null.
  const char* beside_key = nullptr;
  std::function<json(std::size_t)> beside = nullptr;
};

// What a piece of evidence says beyond source, quote, modality and
// confidence: every field, those it lacks as null (numbers) or "" (texts),
// as for the others.
void AddEvidenceDetails(const Evidence& piece, json& e) {
  const Locator& at = piece.locator;
  e["start"] = at.start ? json(*at.start) : json(nullptr);
  e["end"] = at.end ? json(*at.end) : json(nullptr);
  e["page"] = at.page;
  e["section"] = at.section;
  e["url"] = at.url;
  e["origin"] = OriginText(piece.origin);
  e["tool"] = piece.tool;
  e["stance"] = StanceText(piece.stance);
  json attributes = json::object();
  for (const auto& [name, value] : piece.attributes) {
    if (const double* number = std::get_if<double>(&value)) {
      attributes[name] = *number;
    } else {
      attributes[name] = std::get<std::string>(value);
    }
  }
  e["attributes"] = std::move(attributes);
}

// What a step's evidence comes to: its modality null when a piece asserts
// the claim outright, its confidence null when no piece gives one.
json EvidenceJson(const EvidenceSummary& summary) {
  json out = {
      {"pieces", summary.pieces}, {"refuting", summary.refuting}, {"sources", summary.sources}};
  out["modality"] = summary.Hedged() ? json(summary.modality) : json(nullptr);
  out["confidence"] = summary.confidence ? json(*summary.confidence) : json(nullptr);
  out["belief"] = summary.belief;
  return out;
}

// `head`, the text json.dump(2) gives, with the empty array of its field
// `key` filled with `count` entries made by `entry`.
std::string Splice(const std::string& head, const char* key, std::size_t count,
                   const std::function<json(std::size_t)>& entry) {
  if (key == nullptr || count == 0) return head;
  // A field of the outermost object starts a line indented by two spaces,
  // and no string holds a raw newline: this is the rows' empty array.
  const std::string empty = "\n  \"" + std::string(key) + "\": []";
  const std::size_t at = head.find(empty);
  std::string out = head.substr(0, at) + "\n  \"" + key + "\": [";
  for (std::size_t i = 0; i < count; ++i) {
    out += i == 0 ? "\n    " : ",\n    ";
    for (char c : JsonText(entry(i))) {
      out.push_back(c);
      if (c == '\n') out += "    ";
    }
  }
  out += "\n  ]";
  out.append(head, at + empty.size());
  return out;
}

// The text json.dump(2) would give for `document` with its rows in place.
std::string DocumentText(const Document& document) {
  const std::string head = JsonText(document.head);
  return Splice(Splice(head, document.beside_key, document.rows, document.beside),
                document.rows_key, document.rows, document.row);
}

class JsonWriter {
 public:
  JsonWriter(const QueryResult& result, const std::string& language)
      : result_(result), language_(language) {}

  const std::string& Id(TermId id) const { return result_.names.at(id).name; }

  std::string Label(TermId id) const {
    const TermNames& names = result_.names.at(id);
    auto it = names.labels.find(language_);
    if (it == names.labels.end()) it = names.labels.find("en");
    return it == names.labels.end() ? names.name : it->second;
  }

  // A step: its relation and sign, and its claim's evidence when the
  // answer weighed it.
  json StepJson(const Step& s) const {
    json out = {{"relation", Id(s.relation)}, {"sign", PolarityText(s.polarity)}};
    if (s.evidence) out["evidence"] = EvidenceJson(*s.evidence);
    return out;
  }

  json PathJson(const Path& path) const {
    json nodes = json::array(), labels = json::array(), steps = json::array();
    for (TermId id : path.nodes) {
      nodes.push_back(Id(id));
      labels.push_back(Label(id));
    }
    for (const Step& s : path.steps) steps.push_back(StepJson(s));
    json out = {{"nodes", nodes},
                {"labels", labels},
                {"steps", steps},
                {"sign", SignText(path.sign)},
                {"length", path.steps.size()}};
    if (path.is_loop) out["type"] = std::string(1, path.LoopType());
    if (path.belief) out["belief"] = *path.belief;
    return out;
  }

  // The step at a reached node of its most believable shortest chain, as a
  // claim (subject, relation, object: along the arrows), and the chain's belief.
  void AddChainEnd(const std::optional<ChainEnd>& end, TermId node, bool upstream,
                   json& row) const {
    if (!end) return;
    json step = StepJson(end->step);
    step["subject"] = Id(upstream ? node : end->nearer);
    step["object"] = Id(upstream ? end->nearer : node);
    row["step"] = std::move(step);
    row["belief"] = end->belief;
  }

  // The components whose chains the budget for net signs could not finish:
  // each by its node of smallest id, with its size and the steps spent on it.
  json SignComponentsJson(const std::vector<SignComponent>& components) const {
    json out = json::array();
    for (const SignComponent& c : components) {
      out.push_back(
          {{"node", Id(c.node)}, {"label", Label(c.node)}, {"size", c.size}, {"steps", c.steps}});
    }
    return out;
  }

  // For a row whose signs are incomplete: the nodes naming the components
  // its unsettled signs depend on.
  void AddSignsDependOn(const std::vector<TermId>& components, json& row) const {
    if (components.empty()) return;
    json ids = json::array();
    for (TermId c : components) ids.push_back(Id(c));
    row["signs_depend_on"] = std::move(ids);
  }

  // MATCH: each row's ids, and beside them the same cells' labels, so that
  // a reader of ids reads on as before.
  Document operator()(const MatchResult& r) const {
    if (r.count_only) return {{{"count", r.count}}};
    return {{{"columns", r.columns},
             {"rows", json::array()},
             {"labels", json::array()},
             {"truncated", r.truncated},
             {"capped", r.capped}},
            "rows",
            r.rows.size(),
            [&r, this](std::size_t i) {
              json cells = json::array();
              const std::vector<TermId>& row = r.rows[i];
              for (std::size_t c = 0; c < row.size(); ++c) {
                cells.push_back(r.IsEvidence(c) ? EvidenceCell(r, c, row[c]) : json(Id(row[c])));
              }
              return cells;
            },
            "labels",
            [&r, this](std::size_t i) {
              // A cell of evidence has no label.
              json cells = json::array();
              const std::vector<TermId>& row = r.rows[i];
              for (std::size_t c = 0; c < row.size(); ++c) {
                cells.push_back(r.IsEvidence(c) ? json(nullptr) : json(Label(row[c])));
              }
              return cells;
            }};
  }

  Document operator()(const PathsResult& r) const {
    json head = {{"paths", json::array()}, {"truncated", r.truncated}, {"capped", r.capped}};
    if (r.independent) {
      // LOOPS INDEPENDENT: each component's set beside its cyclomatic number.
      json components = json::array();
      for (const LoopComponent& c : r.components) {
        components.push_back({{"first", Id(c.first)},
                              {"first_label", Label(c.first)},
                              {"nodes", c.nodes},
                              {"links", c.links},
                              {"cyclomatic_number", c.Cyclomatic()},
                              {"independent_loops", c.independent_loops}});
      }
      head["components"] = std::move(components);
    }
    return {std::move(head), "paths", r.paths.size(),
            [&r, this](std::size_t i) { return PathJson(r.paths[i]); }};
  }

  Document operator()(const ReachResult& r) const {
    return {{{"nodes", json::array()},
             {"total", r.total},
             {"truncated", r.truncated},
             {"capped", r.capped},
             {"signs_complete", !r.signs_partial},
             {"incomplete_components", SignComponentsJson(r.incomplete_components)}},
            "nodes",
            r.nodes.size(),
            [&r, this](std::size_t i) -> json {
              const ReachedNode& n = r.nodes[i];
              json row = {{"id", Id(n.id)},
                          {"label", Label(n.id)},
                          {"distance", n.distance},
                          {"signs", n.signs.List()},
                          {"signs_complete", n.signs.complete}};
              AddSignsDependOn(n.signs_depend_on, row);
              AddChainEnd(n.chain, n.id, r.upstream, row);
              return row;
            }};
  }

  Document operator()(const LeversResult& r) const {
    return {{{"levers", json::array()},
             {"truncated", r.truncated},
             {"capped", r.capped},
             {"signs_complete", !r.signs_partial},
             {"incomplete_components", SignComponentsJson(r.incomplete_components)}},
            "levers",
            r.levers.size(),
            [&r, this](std::size_t i) -> json {
              const LeverRow& l = r.levers[i];
              json row = {{"lever", Id(l.lever)},
                          {"lever_label", Label(l.lever)},
                          {"relation", Id(l.relation)},
                          {"target", Id(l.target)},
                          {"target_label", Label(l.target)},
                          {"distance", l.distance},
                          {"signs", l.signs.List()},
                          {"signs_complete", l.signs.complete},
                          {"recommended", l.recommended}};
              AddSignsDependOn(l.signs_depend_on, row);
              if (l.evidence) row["evidence"] = EvidenceJson(*l.evidence);
              if (l.chain_belief) row["chain_belief"] = *l.chain_belief;
              if (l.belief) row["belief"] = *l.belief;
              return row;
            }};
  }

  Document operator()(const BlindspotsResult& r) const {
    return {{{"nodes", json::array()},
             {"truncated", r.truncated},
             {"capped", r.capped},
             {"signs_complete", !r.signs_partial},
             {"incomplete_components", SignComponentsJson(r.incomplete_components)}},
            "nodes",
            r.nodes.size(),
            [&r, this](std::size_t i) -> json {
              const BlindspotRow& n = r.nodes[i];
              json recommendations = json::array();
              for (TermId id : n.recommendations) recommendations.push_back(Id(id));
              json row = {{"id", Id(n.id)},
                          {"label", Label(n.id)},
                          {"distance", n.distance},
                          {"signs", n.signs.List()},
                          {"signs_complete", n.signs.complete},
                          {"recommendations", recommendations}};
              AddSignsDependOn(n.signs_depend_on, row);
              AddChainEnd(n.chain, n.id, /*upstream=*/true, row);
              return row;
            }};
  }

  // A MATCH cell of evidence: the piece as WHY writes it, or one field of
  // it as a number, a string, or null when the piece lacks it.
  static json EvidenceCell(const MatchResult& r, std::size_t column, std::size_t piece) {
    const Evidence& e = r.pieces[piece];
    const std::optional<EvidenceFieldRef>& field = r.evidence_columns[column]->field;
    if (!field) return PieceJson(e);
    const FieldValue value = ValueOf(e, *field);
    if (const double* number = std::get_if<double>(&value)) {
      if (field->field == EvidenceField::kStart || field->field == EvidenceField::kEnd)
        return static_cast<std::uint64_t>(*number);
      return *number;
    }
    if (const std::string_view* text = std::get_if<std::string_view>(&value)) {
      return std::string(*text);
    }
    return nullptr;
  }

  // A piece of evidence as WHY writes it, without its claim.
  static json PieceJson(const Evidence& piece) {
    json e = {{"source", piece.source}, {"quote", piece.quote}, {"modality", piece.modality}};
    e["confidence"] = piece.confidence ? json(*piece.confidence) : json(nullptr);
    AddEvidenceDetails(piece, e);
    return e;
  }

  // The kind of a contradiction as a JSON token: "opposite_signs", "refuted",
  // "opposite_chains".
  static const char* KindToken(ContradictionKind kind) {
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

  // A side of a contradiction: a claim with its pieces, or a chain with its
  // steps' beliefs.
  json SideJson(const ContradictionSide& side, bool chain) const {
    json out = {{"belief", side.belief}};
    if (chain) {
      out["chain"] = PathJson(side.chain);
      out["step_beliefs"] = side.step_beliefs;
      return out;
    }
    const Path& claim = side.chain;
    out["subject"] = Id(claim.nodes.at(0));
    out["relation"] = Id(claim.steps.at(0).relation);
    out["object"] = Id(claim.nodes.at(1));
    out["sign"] = SignText(claim.sign);
    json sources = json::array(), pieces = json::array();
    for (const Evidence& e : side.evidence) {
      if (!e.source.empty() && std::find(sources.begin(), sources.end(), e.source) == sources.end())
        sources.push_back(e.source);
      pieces.push_back(PieceJson(e));
    }
    out["sources"] = std::move(sources);
    out["evidence"] = std::move(pieces);
    return out;
  }

  Document operator()(const ContradictionsResult& r) const {
    json head = {
        {"contradictions", json::array()}, {"truncated", r.truncated}, {"capped", r.capped}};
    if (r.chains) {
      head["from"] = Id(r.from);
      head["to"] = Id(r.to);
      head["chains_complete"] = !r.chains_partial;
    } else {
      head["for"] = r.focus ? json(Id(*r.focus)) : json(nullptr);
    }
    return {head, "contradictions", r.pairs.size(), [&r, this](std::size_t i) -> json {
              const Contradiction& c = r.pairs[i];
              return {{"kind", KindToken(c.kind)},
                      {"strength", c.Strength()},
                      {"side", SideJson(c.side, r.chains)},
                      {"against", SideJson(c.against, r.chains)}};
            }};
  }

  Document operator()(const WhyResult& r) const {
    json bare = json::array();
    json claims = json::array();
    // Each piece of evidence as (claim, piece), for the rows.
    auto pieces = std::make_shared<std::vector<std::pair<std::size_t, std::size_t>>>();
    for (std::size_t c = 0; c < r.claims.size(); ++c) {
      const ClaimEvidence& claim = r.claims[c];
      const Triple& t = claim.triple;
      if (claim.evidence.empty()) {
        bare.push_back(
            {{"subject", Id(t.subject)}, {"relation", Id(t.relation)}, {"object", Id(t.object)}});
      }
      claims.push_back({{"subject", Id(t.subject)},
                        {"relation", Id(t.relation)},
                        {"object", Id(t.object)},
                        {"pieces", claim.evidence.size()},
                        {"belief", claim.belief.value},
                        {"support", claim.belief.support},
                        {"refute", claim.belief.refute}});
      for (std::size_t i = 0; i < claim.evidence.size(); ++i) pieces->emplace_back(c, i);
    }
    // Claims recorded without evidence (e.g. a bare ADD) are listed apart,
    // so that "evidence" holds only real pieces.
    json head = {{"evidence", json::array()},       {"claims", claims},
                 {"claims_without_evidence", bare}, {"belief", r.belief},
                 {"truncated", r.capped},           {"capped", r.capped}};
    if (r.chain) head["chain"] = PathJson(*r.chain);
    return {head, "evidence", pieces->size(), [&r, pieces, this](std::size_t i) {
              const auto [c, k] = (*pieces)[i];
              const Triple& t = r.claims[c].triple;
              const Evidence& piece = r.claims[c].evidence[k];
              json e = {{"subject", Id(t.subject)}, {"relation", Id(t.relation)},
                        {"object", Id(t.object)},   {"source", piece.source},
                        {"quote", piece.quote},     {"modality", piece.modality}};
              e["confidence"] = piece.confidence ? json(*piece.confidence) : json(nullptr);
              AddEvidenceDetails(piece, e);
              return e;
            }};
  }

  Document operator()(const WriteResult& r) const {
    const WriteSummary& w = r.summary;
    return {{{"message", r.message},
             {"new_edges", w.new_edges},
             {"new_nodes", w.new_nodes},
             {"evidence_added", w.evidence_added},
             {"removed_edges", w.removed_edges},
             {"removed_evidence", w.removed_evidence},
             {"removed_nodes", w.removed_nodes},
             {"warnings", w.warnings}}};
  }

  Document operator()(const PlanResult& r) const { return {{{"plan", PlanJson(r)}}}; }

  // COUNT LOOPS: a row a length, and the totals.
  Document operator()(const LoopCountResult& r) const {
    auto tally = [](const LoopTally& t) {
      return json{{"R", t.reinforcing}, {"B", t.balancing}, {"U", t.unknown}, {"total", t.Total()}};
    };
    json head = {{"depth", r.all_depths ? json("all") : json(r.depth)},
                 {"lengths", json::array()},
                 {"total", tally(r.Sum())}};
    if (r.through) {
      head["through"] = Id(*r.through);
      head["through_label"] = Label(*r.through);
    }
    return {std::move(head), "lengths", r.lengths.size(), [&r, tally](std::size_t i) {
              json row = tally(r.lengths[i]);
              row["length"] = r.lengths[i].length;
              return row;
            }};
  }

  // The plan as nested objects: an operator, its detail, what PROFILE
  // counted, and its inputs as children.
  static json PlanJson(const PlanResult& r) { return PlanNodeJson(r.root); }

  static json PlanNodeJson(const PlanNode& node) {
    json out = {{"operation", node.operation}, {"detail", node.detail}};
    if (node.rows) out["rows"] = *node.rows;
    if (node.milliseconds) out["ms"] = *node.milliseconds;
    if (!node.counters.empty()) {
      json counters = json::object();
      for (const PlanCounter& c : node.counters) counters[c.name] = c.value;
      out["counters"] = counters;
    }
    json children = json::array();
    for (const PlanNode& child : node.children) children.push_back(PlanNodeJson(child));
    out["children"] = children;
    return out;
  }

 private:
  const QueryResult& result_;
  const std::string& language_;
};

}  // namespace

std::string JsonText(const json& value, int indent) {
  return value.dump(indent, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

std::string ResultAsJson(const QueryResult& result, const std::string& language) {
  JsonWriter writer(result, language);
  Document document = VisitResult(result.body, writer);
  if (result.profile) document.head["profile"] = JsonWriter::PlanJson(*result.profile);
  return DocumentText(document);
}

std::string ResultAsJsonLines(const QueryResult& result, const std::string& language) {
  JsonWriter writer(result, language);
  Document document = VisitResult(result.body, writer);
  if (document.rows_key == nullptr) return JsonText(document.head, -1) + "\n";
  std::string out;
  for (std::size_t i = 0; i < document.rows; ++i) out += JsonText(document.row(i), -1) + "\n";
  return out;
}

json ErrorAsJson(const Status& status, std::string_view text, std::size_t first_line) {
  json error = {{"message", status.ToString()}, {"kind", ErrorKindName(status.kind())}};
  if (status.offset()) {
    const auto at = grammar::Locate(text, *status.offset());
    error["line"] = first_line + at.line - 1;
    error["column"] = at.column;
  } else if (!status.file().empty()) {
    error["file"] = status.file();
    if (status.line()) error["line"] = status.line();
    if (status.column()) error["column"] = status.column();
  }
  if (!status.hint().empty()) error["hint"] = status.hint();
  return {{"error", error}};
}

}  // namespace causalkg::cli
