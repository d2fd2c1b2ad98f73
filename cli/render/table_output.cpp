#include "cli/render/table_output.hpp"

#include <sstream>

#include "cli/render/text_table.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg::cli {

namespace {

// 1000000 as "1,000,000".
std::string Thousands(std::uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string Count(std::uint64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

class TextWriter {
 public:
  TextWriter(const QueryResult& result, const TextStyle& style) : result_(result), style_(style) {}

  // Names, like every stored text, are shown with their control characters
  // escaped: a name could otherwise move the cursor or recolour the terminal.
  std::string Name(TermId id) const {
    const TermNames& names = result_.names.at(id);
    if (style_.language == "id") return Visible(names.name);
    auto it = names.labels.find(style_.language);
    return Visible(it == names.labels.end() ? names.name : it->second);
  }

  std::string Sign(const std::string& sign) const {
    if (!style_.colour || sign.empty()) return sign;
    const char* colour = sign == "+" ? "\033[32m" : sign == "-" ? "\033[31m" : "\033[33m";
    return colour + sign + "\033[0m";
  }

  // a -[amplifies +]-> b -[weakens -]-> c  net -
  std::string Chain(const Path& p) const {
    std::string out = Name(p.nodes[0]);
    for (std::size_t i = 0; i < p.steps.size(); ++i) {
      const TermId next = p.is_loop && i + 1 == p.steps.size() ? p.nodes[0] : p.nodes[i + 1];
      out += " -[" + Name(p.steps[i].relation) + " " + Sign(PolarityText(p.steps[i].polarity)) +
             "]-> " + Name(next);
    }
    if (p.is_loop) return std::string(1, p.LoopType()) + "  " + out;
    return out + "  net " + Sign(p.sign > 0 ? "+" : "-");
  }

  // A result cut at what one result may hold, whatever its LIMIT: how to
  // narrow the statement instead.
  static std::string Capped(const char* narrow) {
    return " (cut short: one result holds at most " + Thousands(kMaxResultRows) + " rows, " +
           Thousands(kMaxResultTerms) + " names and " + std::to_string(kMaxResultNameBytes >> 20) +
           " MB of names, whatever its LIMIT; " + narrow + ")";
  }

  static std::string Truncated(bool truncated) {
    return truncated ? " (truncated at the LIMIT: there are more; raise LIMIT to see them)" : "";
  }

  // The end of LEVERS' and BLINDSPOTS' closing line. Partial signs also set
  // `truncated`, but a larger LIMIT would not help them.
  template <typename R>
  static std::string Closing(const R& r) {
    if (r.capped) return Capped("narrow it with a smaller DEPTH or VIA") + Partial(r.signs_partial);
    return r.signs_partial ? Partial(true) : Truncated(r.truncated);
  }

  // The net signs of a reach were cut short by the search's step budget.
  static std::string Partial(bool signs_partial) {
    return signs_partial ? "\nnet signs are from part of the chains: there are too many to follow "
                           "them all at this depth; a smaller DEPTH gives whole answers"
                         : "";
  }

  std::string operator()(const MatchResult& r) const {
    if (r.count_only) return std::to_string(r.count) + "\n";
    TextTable table(r.columns);
    for (const auto& row : r.rows) {
      std::vector<std::string> cells;
      for (TermId id : row) cells.push_back(Name(id));
      table.Add(cells);
    }
    return table.Render(style_.width) + Count(r.rows.size(), "row", "rows") +
           (r.capped ? Capped("narrow it with constants or WHERE, or count it with COUNT MATCH")
                     : Truncated(r.truncated)) +
           "\n";
  }

  std::string operator()(const PathsResult& r) const {
    std::string out;
    for (const Path& p : r.paths) out += Chain(p) + "\n";
    if (r.kind == PathKind::kShortest) {
      return r.paths.empty() ? "no causal chain within the depth\n"
                             : out + Count(r.paths[0].steps.size(), "step", "steps") + "\n";
    }
    const bool loops = r.kind == PathKind::kLoops;
    return out + Count(r.paths.size(), loops ? "loop" : "path", loops ? "loops" : "paths") +
           (r.capped ? Capped(loops ? "narrow it with THROUGH, a smaller DEPTH, VIA or SIGN"
                                    : "narrow it with a smaller DEPTH, VIA or SIGN")
                     : Truncated(r.truncated)) +
           "\n";
  }

  std::string operator()(const ReachResult& r) const {
    TextTable table({r.upstream ? "cause" : "effect", "distance", "net sign"});
    for (const ReachedNode& n : r.nodes)
      table.Add({Name(n.id), std::to_string(n.distance), Sign(n.signs.Text())});
    return table.Render(style_.width) + Count(r.nodes.size(), "node", "nodes") +
           (r.total > r.nodes.size() ? " of " + std::to_string(r.total) : "") +
           (r.capped ? Capped("narrow it with a smaller DEPTH, VIA or SIGN")
                     : Truncated(r.total > r.nodes.size())) +
           Partial(r.signs_partial) + "\n";
  }

  std::string operator()(const LeversResult& r) const {
    TextTable table({"lever", "status", "acts on", "through", "distance", "net sign"});
    for (const LeverRow& l : r.levers) {
      table.Add({Name(l.lever), l.recommended ? "recommended" : "in place", Name(l.target),
                 Name(l.relation), std::to_string(l.distance), Sign(l.signs.Text())});
    }
    return table.Render(style_.width) + Count(r.levers.size(), "lever", "levers") + " for " +
           Name(r.target) + Closing(r) + "\n";
  }

  std::string operator()(const BlindspotsResult& r) const {
    TextTable table({"blind spot", "distance", "net sign", "recommended for it"});
    for (const BlindspotRow& n : r.nodes) {
      std::string recommendations;
      for (TermId id : n.recommendations)
        recommendations += (recommendations.empty() ? "" : ", ") + Name(id);
      table.Add({Name(n.id), std::to_string(n.distance), Sign(n.signs.Text()),
                 recommendations.empty() ? "-" : recommendations});
    }
    return table.Render(style_.width) + Count(r.nodes.size(), "blind spot", "blind spots") +
           " upstream of " + Name(r.target) + " that no lever in place acts on" + Closing(r) + "\n";
  }

  std::string operator()(const WhyResult& r) const {
    std::string out;
    if (r.chain) out += Chain(*r.chain) + "\n\n";
    for (const ClaimEvidence& claim : r.claims) {
      const Triple& t = claim.triple;
      out += Name(t.subject) + " -[" + Name(t.relation) + "]-> " + Name(t.object) + "\n";
      if (claim.evidence.empty()) out += "  no evidence recorded\n";
      for (const Evidence& e : claim.evidence) {
        std::string about = e.source.empty() ? "unknown source" : Visible(e.source);
        if (!e.modality.empty()) about += ", " + Visible(e.modality);
        if (e.confidence) {
          std::ostringstream c;
          c << *e.confidence;
          about += ", confidence " + c.str();
        }
        out += "  " + about + "\n";
        if (!e.quote.empty()) out += "  \"" + Visible(e.quote) + "\"\n";
      }
    }
    return out + Count(r.EvidenceCount(), "piece of evidence", "pieces of evidence") +
           (r.capped ? Capped("ask for one claim at a time with WHY a relation b") : "") + "\n";
  }

  std::string operator()(const WriteResult& r) const {
    std::string out = Visible(r.message) + "\n";
    for (const std::string& w : r.summary.warnings) out += "warning: " + Visible(w) + "\n";
    return out;
  }

  std::string operator()(const PlanResult& r) const { return Plan(r); }

  static std::string Plan(const PlanResult& r) {
    std::string out;
    int n = 0;
    for (const PlanStep& s : r.steps) {
      out += std::to_string(++n) + ". " + Visible(s.description);
      if (s.rows) out += "  rows " + std::to_string(*s.rows);
      if (s.milliseconds) {
        std::ostringstream ms;
        ms.precision(3);
        ms << std::fixed << *s.milliseconds;
        out += "  " + ms.str() + " ms";
      }
      out += "\n";
    }
    return out;
  }

 private:
  const QueryResult& result_;
  const TextStyle& style_;
};

}  // namespace

std::string ResultAsText(const QueryResult& result, const TextStyle& style) {
  std::string out = std::visit(TextWriter(result, style), result.body);
  if (result.profile) out += "\nprofile:\n" + TextWriter::Plan(*result.profile);
  return out;
}

}  // namespace causalkg::cli
