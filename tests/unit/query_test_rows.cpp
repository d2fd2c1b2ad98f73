#include "query_test_rows.hpp"

#include <algorithm>
#include <sstream>

#include "engine/model/result_visit.hpp"

namespace causalkg::testing {

namespace {

std::string TermText(const TermCell& term) {
  return term.names ? term.Name() : "#" + std::to_string(term.id);
}

std::string ChainText(const ChainCell& chain) {
  std::size_t first = 0;
  if (chain.is_loop()) {
    for (std::size_t i = 1; i < chain.steps(); ++i) {
      if (TermText(chain.From(i)) < TermText(chain.From(first))) first = i;
    }
  }
  std::string out = TermText(chain.From(first));
  for (std::size_t k = 0; k < chain.steps(); ++k) {
    const std::size_t i = (first + k) % chain.steps();
    out += std::string(" -[") + TermText(chain.Relation(i)) + " " +
           PolarityText(chain.StepSign(i)) + "]-> " + TermText(chain.To(i));
  }
  return out;
}

std::string Joined(const std::vector<Cell>& cells, const std::vector<std::size_t>& shown) {
  std::string out;
  for (std::size_t i : shown) out += (out.empty() ? "" : " | ") + CellText(cells[i]);
  return NormalRowLine(out);
}

std::vector<std::string> HeaderNames(std::string_view header) {
  std::vector<std::string> names;
  const std::string line = NormalRowLine(header);
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = line.find(" | ", start);
    names.push_back(line.substr(start, bar == std::string::npos ? bar : bar - start));
    if (bar == std::string::npos) return names;
    start = bar + 3;
  }
}

// The positions of the columns `header` names, when they are some of the
// result's in its order; else of every column, so that a mismatch shows.
std::vector<std::size_t> ShownColumns(const std::vector<Column>& columns, std::string_view header) {
  std::vector<std::size_t> shown;
  if (!header.empty()) {
    const std::vector<std::string> names = HeaderNames(header);
    for (std::size_t i = 0; i < columns.size() && shown.size() < names.size(); ++i) {
      if (columns[i].name == names[shown.size()]) shown.push_back(i);
    }
    if (shown.size() == names.size()) return shown;
    shown.clear();
  }
  for (std::size_t i = 0; i < columns.size(); ++i) shown.push_back(i);
  return shown;
}

}  // namespace

std::string CellText(const Cell& cell) {
  return std::visit(Overloaded{
                        [](const EmptyCell&) -> std::string { return "NULL"; },
                        [](const TermCell& t) { return TermText(t); },
                        [](const TermListCell& l) {
                          std::string out;
                          for (const TermCell& t : l.terms)
                            out += (out.empty() ? "" : ", ") + TermText(t);
                          return "[" + out + "]";
                        },
                        [](const ChainCell& c) { return ChainText(c); },
                        [](const IntegerCell& n) { return std::to_string(n.value); },
                        [](const RealCell& r) {
                          std::ostringstream out;
                          out << r.value;
                          return out.str();
                        },
                        [](const SignCell& s) { return s.signs.Text(); },
                        [](const TextCell& t) { return std::string(t.text); },
                    },
                    cell);
}

RowsText RowsTextOf(const QueryResult& result, std::string_view header) {
  const ResultRows rows(result);
  const std::vector<std::size_t> shown = ShownColumns(rows.columns(), header);
  RowsText out;
  for (std::size_t i : shown)
    out.header += (out.header.empty() ? "" : " | ") + rows.columns()[i].name;
  out.header = NormalRowLine(out.header);
  for (std::size_t i = 0; i < rows.size(); ++i) out.rows.push_back(Joined(rows.Row(i), shown));
  const ResultFacts& facts = rows.facts();
  if (facts.truncated) out.facts.push_back("@truncated");
  if (facts.capped) out.facts.push_back("@capped");
  if (facts.signs_partial) out.facts.push_back("@signs partial");
  if (facts.total) out.facts.push_back("@total: " + std::to_string(*facts.total));
  if (facts.chain) {
    SignSet sign;
    sign.Add(facts.chain->NetSign());
    out.facts.push_back("@chain: " + ChainText(*facts.chain) + " | " + sign.Text());
  }
  if (!facts.message.empty()) out.facts.push_back("@message: " + std::string(facts.message));
  for (std::string_view warning : facts.warnings)
    out.facts.push_back("@warning: " + std::string(warning));
  for (std::string& fact : out.facts) fact = NormalRowLine(fact);
  return out;
}

}  // namespace causalkg::testing
