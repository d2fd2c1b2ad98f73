#include "cli/json_output.hpp"

#include "grammar/source_position.hpp"

namespace causalkg::cli {

using nlohmann::json;

namespace {

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

  json PathJson(const Path& path) const {
    json nodes = json::array(), labels = json::array(), steps = json::array();
    for (TermId id : path.nodes) {
      nodes.push_back(Id(id));
      labels.push_back(Label(id));
    }
    for (const Step& s : path.steps)
      steps.push_back({{"relation", Id(s.relation)}, {"sign", PolarityText(s.polarity)}});
    json out = {{"nodes", nodes},
                {"labels", labels},
                {"steps", steps},
                {"sign", path.sign > 0 ? "+" : "-"},
                {"length", path.steps.size()}};
    if (path.is_loop) out["type"] = std::string(1, path.LoopType());
    return out;
  }

  json operator()(const MatchResult& r) const {
    if (r.count_only) return {{"count", r.count}};
    json rows = json::array();
    for (const auto& row : r.rows) {
      json cells = json::array();
      for (TermId id : row) cells.push_back(Id(id));
      rows.push_back(cells);
    }
    return {{"columns", r.columns}, {"rows", rows}, {"truncated", r.truncated}};
  }

  json operator()(const PathsResult& r) const {
    json paths = json::array();
    for (const Path& p : r.paths) paths.push_back(PathJson(p));
    return {{"paths", paths}, {"truncated", r.truncated}};
  }

  json operator()(const ReachResult& r) const {
    json nodes = json::array();
    for (const ReachedNode& n : r.nodes) {
      nodes.push_back({{"id", Id(n.id)},
                       {"label", Label(n.id)},
                       {"distance", n.distance},
                       {"signs", n.signs.List()}});
    }
    return {{"nodes", nodes},
            {"total", r.total},
            {"truncated", r.truncated},
            {"signs_complete", !r.signs_partial}};
  }

  json operator()(const LeversResult& r) const {
    json levers = json::array();
    for (const LeverRow& l : r.levers) {
      levers.push_back({{"lever", Id(l.lever)},
                        {"lever_label", Label(l.lever)},
                        {"relation", Id(l.relation)},
                        {"target", Id(l.target)},
                        {"target_label", Label(l.target)},
                        {"distance", l.distance},
                        {"signs", l.signs.List()},
                        {"recommended", l.recommended}});
    }
    return {{"levers", levers}, {"truncated", r.truncated}, {"signs_complete", !r.signs_partial}};
  }

  json operator()(const BlindspotsResult& r) const {
    json nodes = json::array();
    for (const BlindspotRow& n : r.nodes) {
      json recommendations = json::array();
      for (TermId id : n.recommendations) recommendations.push_back(Id(id));
      nodes.push_back({{"id", Id(n.id)},
                       {"label", Label(n.id)},
                       {"distance", n.distance},
                       {"signs", n.signs.List()},
                       {"recommendations", recommendations}});
    }
    return {{"nodes", nodes}, {"truncated", r.truncated}, {"signs_complete", !r.signs_partial}};
  }

  json operator()(const WhyResult& r) const {
    json evidence = json::array(), bare = json::array();
    for (const ClaimEvidence& claim : r.claims) {
      const Triple& t = claim.triple;
      if (claim.evidence.empty()) {
        bare.push_back(
            {{"subject", Id(t.subject)}, {"relation", Id(t.relation)}, {"object", Id(t.object)}});
      }
      for (const Evidence& piece : claim.evidence) {
        json e = {{"subject", Id(t.subject)}, {"relation", Id(t.relation)},
                  {"object", Id(t.object)},   {"source", piece.source},
                  {"quote", piece.quote},     {"modality", piece.modality}};
        e["confidence"] = piece.confidence ? json(*piece.confidence) : json(nullptr);
        evidence.push_back(e);
      }
    }
    // Claims recorded without evidence (e.g. a bare ADD) are listed apart,
    // so that "evidence" holds only real pieces.
    json out = {{"evidence", evidence}, {"claims_without_evidence", bare}};
    if (r.chain) out["chain"] = PathJson(*r.chain);
    return out;
  }

  json operator()(const WriteResult& r) const {
    const WriteSummary& w = r.summary;
    return {{"message", r.message},
            {"new_edges", w.new_edges},
            {"new_nodes", w.new_nodes},
            {"evidence_added", w.evidence_added},
            {"removed_edges", w.removed_edges},
            {"removed_evidence", w.removed_evidence},
            {"warnings", w.warnings}};
  }

  json operator()(const PlanResult& r) const { return {{"plan", PlanJson(r)}}; }

  static json PlanJson(const PlanResult& r) {
    json steps = json::array();
    for (const PlanStep& s : r.steps) {
      json step = {{"step", s.description}};
      if (s.rows) step["rows"] = *s.rows;
      if (s.milliseconds) step["ms"] = *s.milliseconds;
      steps.push_back(step);
    }
    return steps;
  }

 private:
  const QueryResult& result_;
  const std::string& language_;
};

}  // namespace

std::string JsonText(const json& value, int indent) {
  return value.dump(indent, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

json ResultAsJson(const QueryResult& result, const std::string& language) {
  JsonWriter writer(result, language);
  json out = std::visit(writer, result.body);
  if (result.profile) out["profile"] = JsonWriter::PlanJson(*result.profile);
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
