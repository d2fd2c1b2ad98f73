#include "cli/render/rows_output.hpp"
#include "cli/render/belief_text.hpp"
#include "cli/render/sign_budget_text.hpp"

#include "engine/common/visible_text.hpp"
#include "engine/model/result_bounds.hpp"
#include "engine/model/result_rows.hpp"
#include "engine/model/result_visit.hpp"

namespace causalkg::cli {

namespace {

class CellWriter {
 public:
  explicit CellWriter(const std::string& language) : language_(language) {}

  // A term as the table names it: its label in the language, else its id.
  std::string Term(const TermCell& term) const {
    if (term.names == nullptr) return "#" + std::to_string(term.id);
    if (language_ != "id") {
      auto it = term.names->labels.find(language_);
      if (it != term.names->labels.end()) return Visible(it->second);
    }
    return Visible(term.names->name);
  }

  // a -[amplifies +]-> b -[weakens -]-> c
  std::string Chain(const ChainCell& chain) const {
    std::string out = Term(chain.From(0));
    for (std::size_t i = 0; i < chain.steps(); ++i) {
      out += " -[" + Term(chain.Relation(i)) + " " + PolarityText(chain.StepSign(i)) + "]-> " +
             Term(chain.To(i));
    }
    return out;
  }

  std::string Text(const Cell& cell) const {
    return std::visit(Overloaded{
                          [](const EmptyCell&) { return std::string(); },
                          [&](const TermCell& t) { return Term(t); },
                          [&](const TermListCell& l) {
                            std::string out;
                            for (const TermCell& t : l.terms)
                              out += (out.empty() ? "" : ", ") + Term(t);
                            return out;
                          },
                          [&](const ChainCell& c) { return Chain(c); },
                          [](const IntegerCell& n) { return std::to_string(n.value); },
                          // Every real a row holds is a belief.
                          [](const RealCell& r) { return BeliefText(r.value); },
                          [](const SignCell& s) { return s.signs.Text(); },
                          [](const TextCell& t) { return Visible(t.text); },
                      },
                      cell);
  }

 private:
  const std::string& language_;
};

// A term by its name as the rows give it (its id when the result names it not).
std::string TermText(const QueryResult& result, const CellWriter& writer, TermId id) {
  const auto names = result.names.find(id);
  return writer.Term(TermCell{id, names == result.names.end() ? nullptr : &names->second});
}

// "a (12 nodes), b (2 nodes) and c (1 node)": the components whose chains the budget for
// net signs could not finish, by their nodes' names as the rows give them.
std::string ComponentNames(const QueryResult& result, const CellWriter& writer,
                           const std::vector<SignComponent>& components) {
  std::string out;
  for (std::size_t i = 0; i < components.size(); ++i) {
    const SignComponent& c = components[i];
    out += (i == 0                       ? ""
            : i + 1 == components.size() ? " and "
                                         : ", ") +
           TermText(result, writer, c.node) + " (" + std::to_string(c.size) +
           (c.size == 1 ? " node)" : " nodes)");
  }
  return out;
}

// The components a row's partial net signs pass through (its JSON's
// "signs_depend_on"); null for a result with no net signs.
const std::vector<TermId>* SignsDependOn(const QueryResult& result, std::size_t row) {
  return std::visit(Overloaded{
                        [&](const ReachResult& r) { return &r.nodes[row].signs_depend_on; },
                        [&](const LeversResult& r) { return &r.levers[row].signs_depend_on; },
                        [&](const BlindspotsResult& r) { return &r.nodes[row].signs_depend_on; },
                        [](const auto&) -> const std::vector<TermId>* { return nullptr; },
                    },
                    result.body);
}

std::vector<std::string> Notes(const QueryResult& result, const ResultRows& rows,
                               const CellWriter& writer, const std::string& raise_sign_budget) {
  const ResultFacts& facts = rows.facts();
  std::vector<std::string> notes;
  if (!facts.message.empty()) notes.push_back(Visible(facts.message));
  for (std::string_view w : facts.warnings) notes.push_back("warning: " + Visible(w));
  if (facts.capped) {
    notes.push_back("note: cut short: one result holds at most " + std::to_string(kMaxResultRows) +
                    " rows, whatever its LIMIT; narrow the statement");
  } else if (facts.total && *facts.total > rows.size()) {
    notes.push_back("note: " + std::to_string(rows.size()) + " of " + std::to_string(*facts.total) +
                    " rows: truncated at the LIMIT; raise LIMIT to see them");
  } else if (facts.truncated && !facts.signs_partial) {
    notes.push_back("note: truncated at the LIMIT: there are more; raise LIMIT to see them");
  }
  if (facts.signs_partial) {
    const bool named = facts.incomplete_components && !facts.incomplete_components->empty();
    notes.push_back("note: net signs are from part of the chains: " +
                    (named ? "those through the loops around " +
                                 ComponentNames(result, writer, *facts.incomplete_components) +
                                 " are too many to follow at this depth"
                           : std::string("there are too many to follow them all at this depth")) +
                    "; a smaller DEPTH or VIA gives whole answers, as does a larger step budget" +
                    RaiseBudget(raise_sign_budget));
  }
  return notes;
}

}  // namespace

StringTable ResultTable(const QueryResult& result, const std::string& language) {
  const ResultRows rows(result);
  const CellWriter writer(language);
  StringTable table;
  for (const Column& column : rows.columns()) table.header.push_back(column.name);
  table.rows.reserve(rows.size());
  // Partial net signs: beside each row the loops its signs depend on, so
  // that a reader of the rows alone sees which are partial and why (empty
  // for a row whose signs are whole).
  const bool depends = rows.facts().signs_partial && rows.size() > 0 && SignsDependOn(result, 0);
  if (depends) table.header.push_back("signs depend on");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::vector<std::string> cells;
    cells.reserve(rows.columns().size() + 1);
    for (const Cell& cell : rows.Row(i)) cells.push_back(writer.Text(cell));
    if (depends) {
      std::string on;
      for (TermId id : *SignsDependOn(result, i)) {
        on += (on.empty() ? "" : ";") + TermText(result, writer, id);
      }
      cells.push_back(std::move(on));
    }
    table.rows.push_back(std::move(cells));
  }
  return table;
}

RowsText ResultAsRows(const QueryResult& result, const std::string& language, OutputFormat format,
                      const std::string& raise_sign_budget) {
  RowsText out;
  out.text = TabularText(ResultTable(result, language), format);
  out.notes = Notes(result, ResultRows(result), CellWriter(language), raise_sign_budget);
  return out;
}

}  // namespace causalkg::cli
