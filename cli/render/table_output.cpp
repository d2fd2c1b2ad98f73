#include "cli/render/table_output.hpp"

#include <sstream>

#include "cli/render/belief_text.hpp"
#include "cli/render/evidence_text.hpp"
#include "cli/render/sign_budget_text.hpp"
#include "cli/render/text_table.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/model/result_bounds.hpp"
#include "engine/model/result_rows.hpp"
#include "engine/model/result_visit.hpp"

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
  TextWriter(const QueryResult& result, const TextStyle& style)
      : result_(result), rows_(result), style_(style) {}

  // Names, like every stored text, are shown with their control characters
  // escaped: a name could otherwise move the cursor or recolour the terminal.
  std::string Name(TermId id) const { return Name(result_.names.at(id)); }
  std::string Name(const TermCell& term) const {
    return term.names ? Name(*term.names) : Name(term.id);
  }
  std::string Name(const TermNames& names) const {
    if (style_.language == "id") return Visible(names.name);
    auto it = names.labels.find(style_.language);
    return Visible(it == names.labels.end() ? names.name : it->second);
  }

  std::string Sign(const std::string& sign) const {
    if (!style_.colour || sign.empty()) return sign;
    const char* colour = sign == "+" ? "\033[32m" : sign == "-" ? "\033[31m" : "\033[33m";
    return colour + sign + "\033[0m";
  }

  // Which ends of a chain to show: EFFECTS and CAUSES show the step into a
  // row's node without the node, which the row names already.
  enum class Ends { kBoth, kNoLast, kNoFirst };

  // a -[amplifies +]-> b -[weakens - (can)]-> c: a step whose every
  // supporting piece hedges shows the hedge.
  std::string Chain(const ChainCell& chain, Ends ends = Ends::kBoth) const {
    std::string out = ends == Ends::kNoFirst ? "" : Name(chain.From(0));
    for (std::size_t i = 0; i < chain.steps(); ++i) {
      const auto& evidence = chain.StepAt(i).evidence;
      const std::string hedge =
          evidence && evidence->Hedged() ? " (" + Visible(evidence->modality) + ")" : "";
      if (i > 0 || ends != Ends::kNoFirst) out += " ";
      out += "-[" + Name(chain.Relation(i)) + " " + Sign(PolarityText(chain.StepSign(i))) + hedge +
             "]->";
      if (ends != Ends::kNoLast || i + 1 < chain.steps()) out += " " + Name(chain.To(i));
    }
    return out;
  }

  // A chain's belief after it on its line, when the answer weighed it.
  static std::string BeliefAfter(const Cell& cell) {
    const auto* belief = std::get_if<RealCell>(&cell);
    return belief ? "  belief " + BeliefText(belief->value) : "";
  }

  // A cell as the table shows it.
  std::string Text(const Cell& cell) const {
    return std::visit(Overloaded{
                          [](const EmptyCell&) { return std::string(); },
                          [&](const TermCell& t) { return Name(t); },
                          [&](const TermListCell& l) {
                            std::string out;
                            for (const TermCell& t : l.terms)
                              out += (out.empty() ? "" : ", ") + Name(t);
                            return out.empty() ? std::string("-") : out;
                          },
                          [&](const ChainCell& c) { return Chain(c); },
                          [](const IntegerCell& n) { return std::to_string(n.value); },
                          // Every real a row holds is a belief.
                          [](const RealCell& r) { return BeliefText(r.value); },
                          [&](const SignCell& s) { return Sign(s.signs.Text()); },
                          [](const TextCell& t) { return Visible(t.text); },
                      },
                      cell);
  }

  // The columns of an answer's weighing of its evidence.
  static bool Weighing(const Column& column) {
    return column.name == "belief" || column.name == "step";
  }

  // The rows of the result as an aligned table under its column names. The
  // weighing's columns show only when a row has something in them: an
  // answer that did not weigh its evidence, or has no rows, leaves them out.
  // A step shows the ends `step_ends` says.
  std::string Table(Ends step_ends = Ends::kBoth) const {
    const std::size_t columns = rows_.columns().size();
    std::vector<bool> filled(columns);
    std::size_t unfilled = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      filled[c] = !Weighing(rows_.columns()[c]);
      if (!filled[c]) ++unfilled;
    }
    for (std::size_t i = 0; i < rows_.size() && unfilled > 0; ++i) {
      const std::vector<Cell> row = rows_.Row(i);
      for (std::size_t c = 0; c < columns; ++c) {
        if (!filled[c] && !std::holds_alternative<EmptyCell>(row[c])) {
          filled[c] = true;
          --unfilled;
        }
      }
    }
    std::vector<std::size_t> shown;
    std::vector<std::string> header;
    for (std::size_t c = 0; c < columns; ++c) {
      if (!filled[c]) continue;
      shown.push_back(c);
      header.push_back(rows_.columns()[c].name);
    }
    TextTable table(std::move(header));
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      const std::vector<Cell> row = rows_.Row(i);
      std::vector<std::string> cells;
      cells.reserve(shown.size());
      for (std::size_t c : shown) {
        // Beliefs to four decimals, as WHY shows them; a step with its hedge.
        const std::string& name = rows_.columns()[c].name;
        const auto* belief = std::get_if<RealCell>(&row[c]);
        const auto* step = std::get_if<ChainCell>(&row[c]);
        cells.push_back(belief && name == "belief" ? BeliefText(belief->value)
                        : step && name == "step"   ? Chain(*step, step_ends)
                                                   : Text(row[c]));
      }
      table.Add(std::move(cells));
    }
    return table.Render(style_.width);
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
  std::string Closing(const R& r, std::size_t marked) const {
    if (r.capped) return Capped("narrow it with a smaller DEPTH or VIA") + Partial(r, marked);
    return r.signs_partial ? Partial(r, marked) : Truncated(r.truncated);
  }

  // How many of `rows` have signs from part of their chains (marked "…").
  template <typename Rows>
  static std::size_t Marked(const Rows& rows) {
    std::size_t marked = 0;
    for (const auto& row : rows) marked += row.signs.complete ? 0 : 1;
    return marked;
  }

  // The net signs of a reach were cut short by the search's step budget:
  // those of the `marked` rows shown, or of rows past the LIMIT. Names the
  // loops whose chains were too many, so that a reader knows which part of
  // the graph to leave out or look at with a smaller DEPTH.
  template <typename R>
  std::string Partial(const R& r, std::size_t marked) const {
    if (!r.signs_partial) return "";
    const std::string which = Loops(r.incomplete_components);
    const std::string remedy =
        "; a smaller DEPTH or VIA gives whole answers, as does a larger step budget" +
        RaiseBudget(style_.raise_sign_budget);
    if (marked == 0) {
      return "\nnet signs are from part of the chains: those through " + which +
             " are too many to follow at this depth" + remedy;
    }
    return "\nnet signs of " + Count(marked, "node", "nodes") +
           " (marked …) are from part of the chains: they pass through " + which +
           ", whose chains are too many to follow at this depth" + remedy;
  }

  // "the loops around a (12 nodes)", "... a (12 nodes) and b (2 nodes)",
  // the largest few and how many more.
  std::string Loops(const std::vector<SignComponent>& components) const {
    if (components.empty()) return "the cycles before them";
    constexpr std::size_t kNamed = 3;
    const std::size_t named = components.size() > kNamed + 1 ? kNamed : components.size();
    std::string out = components.size() == 1 ? "the loops around " : "the loops around each of ";
    for (std::size_t i = 0; i < named; ++i) {
      if (i > 0) out += i + 1 == components.size() ? " and " : ", ";
      out += Name(components[i].node) + " (" + Count(components[i].size, "node", "nodes") + ")";
    }
    if (named < components.size()) {
      out += " and " + std::to_string(components.size() - named) + " more";
    }
    return out;
  }

  std::string operator()(const MatchResult& r) const {
    if (r.count_only) return std::to_string(r.count) + "\n";
    return Table() + Count(r.rows.size(), "row", "rows") +
           (r.capped ? Capped("narrow it with constants or WHERE, or count it with COUNT MATCH")
                     : Truncated(r.truncated)) +
           "\n";
  }

  std::string operator()(const PathsResult& r) const {
    const bool loops = r.kind == PathKind::kLoops;
    std::string out;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      // type | loop | belief, or chain | net sign | belief
      const std::vector<Cell> cells = rows_.Row(i);
      out += loops ? Text(cells[0]) + "  " + Text(cells[1])
                   : Text(cells[0]) + "  net " + Text(cells[1]);
      out += BeliefAfter(cells[2]) + "\n";
    }
    if (r.kind == PathKind::kShortest) {
      return r.paths.empty() ? "no causal chain within the depth\n"
                             : out + Count(r.paths[0].steps.size(), "step", "steps") + "\n";
    }
    out += Count(r.paths.size(), loops ? "loop" : "path", loops ? "loops" : "paths") +
           (r.independent ? " in a shortest independent loop set" : "") +
           (r.capped ? Capped(loops ? "narrow it with THROUGH, a smaller DEPTH, VIA or SIGN"
                                    : "narrow it with a smaller DEPTH, VIA or SIGN")
                     : Truncated(r.truncated)) +
           "\n";
    for (const LoopComponent& c : r.components) out += Component(c);
    return out;
  }

  // LOOPS INDEPENDENT: a component's set beside its cyclomatic number.
  std::string Component(const LoopComponent& c) const {
    return "component of " + Count(c.nodes, "node", "nodes") + " and " +
           Count(c.links, "link", "links") + " (from " + Name(c.first) +
           "): " + Count(c.independent_loops, "independent loop", "independent loops") +
           ", cyclomatic number " + std::to_string(c.Cyclomatic()) + "\n";
  }

  std::string operator()(const LoopCountResult& r) const {
    const LoopTally sum = r.Sum();
    return Table() + Count(sum.Total(), "loop", "loops") +
           (r.through ? " through " + Name(*r.through) : std::string()) +
           (r.all_depths ? std::string(" of any length")
                         : " of at most " + Count(r.depth, "step", "steps")) +
           "\n";
  }

  std::string operator()(const ReachResult& r) const {
    return Table(r.upstream ? Ends::kNoFirst : Ends::kNoLast) +
           Count(r.nodes.size(), "node", "nodes") +
           (r.total > r.nodes.size() ? " of " + std::to_string(r.total) : "") +
           (r.capped ? Capped("narrow it with a smaller DEPTH, VIA or SIGN")
                     : Truncated(r.total > r.nodes.size())) +
           Partial(r, Marked(r.nodes)) + "\n";
  }

  std::string operator()(const LeversResult& r) const {
    return Table() + Count(r.levers.size(), "lever", "levers") + " for " + Name(r.target) +
           Closing(r, Marked(r.levers)) + "\n";
  }

  std::string operator()(const BlindspotsResult& r) const {
    return Table() + Count(r.nodes.size(), "blind spot", "blind spots") + " upstream of " +
           Name(r.target) + " that no lever in place acts on" + Closing(r, Marked(r.nodes)) + "\n";
  }

  // A piece of evidence under its claim, indented by `indent`.
  static std::string Piece(const Evidence& e, const std::string& indent) {
    std::string out = indent + EvidenceAbout(e) + "\n";
    if (std::string where = EvidenceWhere(e); !where.empty()) out += indent + where + "\n";
    if (!e.quote.empty()) out += indent + "\"" + Visible(e.quote) + "\"\n";
    return out;
  }

  // Each pair as a block: what kind of disagreement and how much it weighs,
  // then its two sides, each with its belief and the pieces it rests on.
  std::string operator()(const ContradictionsResult& r) const {
    std::string out;
    for (std::size_t i = 0; i < r.pairs.size(); ++i) {
      const Contradiction& c = r.pairs[i];
      const std::string weaker = BeliefText(c.Strength());
      out += std::to_string(i + 1) + ". ";
      if (r.chains) {
        out += "weaker chain's belief " + weaker + "\n";
        for (const ContradictionSide* side : {&c.side, &c.against}) {
          out += "   " + Chain(ChainCell{&side->chain, &result_.names}) + "  net " +
                 Sign(SignText(side->chain.sign)) + "  belief " + BeliefText(side->belief) + "\n";
        }
      } else {
        out +=
            std::string(ContradictionKindText(c.kind)) + ", weaker side's belief " + weaker + "\n";
        const bool refuted = c.kind == ContradictionKind::kRefuted;
        out += "   " + Chain(ChainCell{&c.side.chain, &result_.names}) + "  " +
               (refuted ? "supported, " : "") + "belief " + BeliefText(c.side.belief) + "\n";
        for (const Evidence& e : c.side.evidence) out += Piece(e, "     ");
        out += "   " +
               (refuted ? std::string("refuted")
                        : Chain(ChainCell{&c.against.chain, &result_.names})) +
               (refuted ? ", " : "  ") + "belief " + BeliefText(c.against.belief) + "\n";
        for (const Evidence& e : c.against.evidence) out += Piece(e, "     ");
      }
      out += "\n";
    }
    if (r.chains) {
      out += Count(r.pairs.size(), "pair", "pairs") + " of chains of opposite net sign from " +
             Name(r.from) + " to " + Name(r.to);
    } else {
      out += Count(r.pairs.size(), "contradiction", "contradictions") +
             (r.focus ? " about " + Name(*r.focus) : std::string());
    }
    out += r.capped ? Capped(r.chains ? "narrow it with a smaller DEPTH or VIA"
                                      : "narrow it with FOR or VIA")
                    : Truncated(r.truncated && !r.chains_partial);
    if (r.chains_partial) {
      out +=
          "\npaired from the shortest chains only: there are too many to pair them all at "
          "this depth; a smaller DEPTH or VIA gives whole answers";
    }
    return out + "\n";
  }

  std::string operator()(const WhyResult& r) const {
    std::string out;
    // The claims are laid out one under another with their evidence, not as a table.
    if (const auto& chain = rows_.facts().chain) {
      out += Chain(*chain) + "  net " + Sign(SignText(chain->NetSign())) + "  belief " +
             BeliefText(r.belief) + "\n\n";
    }
    for (const ClaimEvidence& claim : r.claims) {
      const Triple& t = claim.triple;
      out += Name(t.subject) + " -[" + Name(t.relation) + "]-> " + Name(t.object) + "  " +
             BeliefAbout(claim.belief) + "\n";
      if (claim.evidence.empty()) out += "  no evidence recorded\n";
      for (const Evidence& e : claim.evidence) {
        out += "  " + EvidenceAbout(e) + "\n";
        if (std::string where = EvidenceWhere(e); !where.empty()) out += "  " + where + "\n";
        if (!e.quote.empty()) out += "  \"" + Visible(e.quote) + "\"\n";
      }
    }
    return out + Count(r.EvidenceCount(), "piece of evidence", "pieces of evidence") +
           (r.capped ? Capped("ask for one claim at a time with WHY a relation b") : "") + "\n";
  }

  std::string operator()(const WriteResult&) const {
    std::string out = Visible(rows_.facts().message) + "\n";
    for (std::string_view w : rows_.facts().warnings) out += "warning: " + Visible(w) + "\n";
    return out;
  }

  std::string operator()(const PlanResult& r) const { return Plan(r); }

  // The plan as an indented tree, a line an operator, its inputs below it;
  // with PROFILE, what each counted in brackets.
  static std::string Plan(const PlanResult& r) {
    std::string out;
    PlanLines(r.root, 0, out);
    return out;
  }

  static void PlanLines(const PlanNode& node, std::size_t depth, std::string& out) {
    std::string line = std::string(2 * depth, ' ') + node.operation;
    if (!node.detail.empty()) line += " " + node.detail;
    std::vector<std::string> counted;
    if (node.rows) counted.push_back("rows " + Thousands(*node.rows));
    if (node.milliseconds) {
      std::ostringstream ms;
      ms.precision(3);
      ms << std::fixed << *node.milliseconds;
      counted.push_back(ms.str() + " ms");
    }
    for (const PlanCounter& c : node.counters) counted.push_back(c.name + " " + Thousands(c.value));
    if (!counted.empty()) {
      line += "  [";
      for (std::size_t i = 0; i < counted.size(); ++i) line += (i ? ", " : "") + counted[i];
      line += "]";
    }
    out += Visible(line) + "\n";
    for (const PlanNode& child : node.children) PlanLines(child, depth + 1, out);
  }

 private:
  const QueryResult& result_;
  const ResultRows rows_;
  const TextStyle& style_;
};

}  // namespace

std::string ResultAsText(const QueryResult& result, const TextStyle& style) {
  std::string out = VisitResult(result.body, TextWriter(result, style));
  if (result.profile) out += "\nprofile:\n" + TextWriter::Plan(*result.profile);
  return out;
}

}  // namespace causalkg::cli
