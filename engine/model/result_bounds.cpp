#include "engine/model/result_bounds.hpp"

#include <algorithm>

#include "engine/model/result_visit.hpp"

namespace causalkg {

namespace {

// Counts rows against all three caps, with the bytes of the names shown.
class NamedBudget {
 public:
  explicit NamedBudget(const QueryResult& result) : result_(result) {}

  // Whether a row still fits; counts it when it does. `for_each_id(f)`
  // calls f with each id the row names.
  template <typename ForEachId>
  bool Take(ForEachId for_each_id) {
    std::uint64_t bytes = 0;
    std::size_t terms = 0;
    for_each_id([&](TermId id) {
      bytes += Bytes(id);
      ++terms;
    });
    if (bytes_ + bytes > kMaxResultNameBytes || !budget_.Take(terms)) return false;
    bytes_ += bytes;
    return true;
  }

 private:
  // A reference shows the term's id and at most one of its labels.
  std::uint64_t Bytes(TermId id) const {
    auto it = result_.names.find(id);
    if (it == result_.names.end()) return 0;
    std::size_t longest = 0;
    for (const auto& [language, label] : it->second.labels)
      longest = std::max(longest, label.size());
    return it->second.name.size() + longest;
  }

  const QueryResult& result_;
  ResultBudget budget_;
  std::uint64_t bytes_ = 0;
};

// Keeps the rows of `rows` that fit; true when some did not.
// `visit(row, f)` calls f with each id of a row.
template <typename Row, typename Visit>
bool Cut(std::vector<Row>& rows, NamedBudget& budget, Visit visit) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!budget.Take([&](auto&& f) { visit(rows[i], f); })) {
      rows.resize(i);
      return true;
    }
  }
  return false;
}

}  // namespace

void CapResult(QueryResult& result) {
  NamedBudget budget(result);
  // Marks an enumeration cut when some of its rows did not fit.
  auto mark = [](auto& r, bool cut) {
    if (cut) r.truncated = r.capped = true;
  };
  VisitResult(result.body,
              Overloaded{
                  // A column of evidence holds a piece's index, which names no
                  // term; the pieces are capped by the rows' number.
                  [&](MatchResult& r) {
                    mark(r, Cut(r.rows, budget, [&r](const std::vector<TermId>& row, auto& f) {
                           for (std::size_t c = 0; c < row.size(); ++c) {
                             if (!r.IsEvidence(c)) f(row[c]);
                           }
                         }));
                  },
                  [&](PathsResult& r) {
                    mark(r, Cut(r.paths, budget, [](const Path& p, auto& f) {
                           for (TermId id : p.nodes) f(id);
                           for (const Step& s : p.steps) f(s.relation);
                         }));
                  },
                  // A row's chain end names a node and a relation the
                  // result mostly names already: not counted again.
                  [&](ReachResult& r) {
                    mark(r, Cut(r.nodes, budget, [](const ReachedNode& n, auto& f) { f(n.id); }));
                  },
                  [&](LeversResult& r) {
                    mark(r, Cut(r.levers, budget, [](const LeverRow& l, auto& f) {
                           f(l.lever);
                           f(l.relation);
                           f(l.target);
                         }));
                  },
                  [&](BlindspotsResult& r) {
                    mark(r, Cut(r.nodes, budget, [](const BlindspotRow& n, auto& f) {
                           f(n.id);
                           for (TermId id : n.recommendations) f(id);
                         }));
                  },
                  // The pairs, by the names of their two sides; their evidence is
                  // capped as it is read (engine/exec/run_contradictions.cpp).
                  [&](ContradictionsResult& r) {
                    mark(r, Cut(r.pairs, budget, [](const Contradiction& c, auto& f) {
                           for (const ContradictionSide* side : {&c.side, &c.against}) {
                             for (TermId id : side->chain.nodes) f(id);
                             for (const Step& s : side->chain.steps) f(s.relation);
                           }
                         }));
                  },
                  // WHY's evidence is capped as it is read (engine/exec/why.cpp).
                  [](WhyResult&) {},
                  [](WriteResult&) {},
                  [](PlanResult&) {},
                  [](LoopCountResult&) {},
              });
}

}  // namespace causalkg
