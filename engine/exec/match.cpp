// MATCH: triple patterns joined on shared variables, in the order the
// planner chose (engine/planner/match_plan.hpp). Without ORDER BY, LIMIT
// stops the join early. A pattern's EVIDENCE ?e makes a row of each piece of
// its claim's evidence, read once the pattern is bound.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "engine/exec/run_statement.hpp"
#include "engine/exec/work_counters.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

namespace {

// One solution of the join: the terms of its variables, and the pieces of
// its evidence variables (by the same index; empty for a term's).
struct Solution {
  const std::vector<TermId>& terms;
  const std::vector<Evidence>& pieces;
};

bool BindsEvidence(const BoundMatch& match) {
  return std::any_of(match.evidence_of.begin(), match.evidence_of.end(),
                     [](int pattern) { return pattern >= 0; });
}

// The join of a MATCH's patterns in the planner's order; each WHERE
// comparison is checked at the step the plan puts it.
class Joiner {
 public:
  Joiner(const Store& store, const BoundMatch& match, const std::vector<JoinStep>& steps,
         std::vector<JoinStepCounts>& counts, const std::atomic<bool>* cancel)
      : store_(store),
        match_(match),
        steps_(steps),
        counts_(counts),
        row_(match.variables.size(), kNoTerm),
        // A piece of evidence is held only for a MATCH that binds some:
        // another's rows carry none, and make none.
        pieces_(BindsEvidence(match) ? match.variables.size() : 0),
        cancel_(cancel) {
    counts_.assign(steps.size(), {});
  }

  // Calls `emit(solution)` for each solution; stops when it returns false.
  template <typename Emit>
  Status Run(Emit&& emit) {
    Step(0, emit);
    return status_;
  }

 private:
  TermId Value(const BoundOperand& o) const {
    return o.kind == BoundOperand::Kind::kVariable ? row_[o.variable] : o.term.id;
  }

  // A view, not a copy: compared once a row, for every row a scan meets.
  std::string_view SignValue(const BoundOperand& o) const {
    if (o.kind == BoundOperand::Kind::kSignText) return o.sign_text;
    return PolarityText(store_.RelationPolarity(row_[o.variable]));
  }

  static bool IsSign(const BoundOperand& o) {
    return o.kind == BoundOperand::Kind::kSign || o.kind == BoundOperand::Kind::kSignText;
  }

  bool Holds(const BoundComparison& c) const {
    const bool same = IsSign(c.left) || IsSign(c.right) ? SignValue(c.left) == SignValue(c.right)
                                                        : Value(c.left) == Value(c.right);
    return same == c.equal;
  }

  // The rows of claim `t` of step `i`'s pattern, a piece of its evidence
  // each, that meet the step's conditions on the piece.
  template <typename Emit>
  bool Pieces(std::size_t i, const Triple& t, Emit& emit) {
    const JoinStep& step = steps_[i];
    JoinStepCounts& counted = counts_[i];
    Evidence& piece = pieces_[match_.patterns[step.pattern].evidence];
    bool go_on = true;
    Status s = store_.ForEachEvidenceOf(t, [&](Evidence&& read) {
      ++counted.pieces;
      piece = std::move(read);
      for (std::size_t c : step.evidence_checks) {
        if (!causalkg::Holds(match_.evidence_where[c].condition, piece)) return true;
      }
      ++counted.pieces_kept;
      go_on = Step(i + 1, emit);
      return go_on;
    });
    if (!s.ok()) {
      status_ = std::move(s);
      return false;
    }
    return go_on;
  }

  template <typename Emit>
  bool Step(std::size_t i, Emit& emit) {
    if (i == steps_.size()) return emit(Solution{row_, pieces_});
    if (cancel_ && cancel_->load(std::memory_order_relaxed)) {
      status_ = Status::Query("the query was cancelled");
      return false;
    }
    const JoinStep& step = steps_[i];
    const BoundPattern& p = match_.patterns[step.pattern];
    JoinStepCounts& counted = counts_[i];
    TriplePattern scan;
    std::optional<TermId>* fields[3] = {&scan.subject, &scan.relation, &scan.object};
    for (int k = 0; k < 3; ++k) {
      const BoundSlot& s = p.terms[k];
      if (s.variable < 0)
        *fields[k] = s.constant.id;
      else if (row_[s.variable] != kNoTerm)
        *fields[k] = row_[s.variable];
    }
    bool go_on = true;
    ++counted.lookups;
    ProcessWork().pattern_scans.fetch_add(1, std::memory_order_relaxed);
    Status s = store_.Scan(scan, [&](const Triple& t) {
      const TermId values[3] = {t.subject, t.relation, t.object};
      int bound_here[3];
      int bound_count = 0;
      bool consistent = true;
      for (int k = 0; k < 3 && consistent; ++k) {
        const BoundSlot& slot = p.terms[k];
        if (slot.variable < 0 || fields[k]->has_value()) continue;
        TermId& cell = row_[slot.variable];
        if (cell == kNoTerm) {
          cell = values[k];
          bound_here[bound_count++] = slot.variable;
        } else {
          consistent = cell == values[k];  // the same variable twice in one pattern
        }
      }
      if (consistent) {
        ++counted.matched;
        for (std::size_t c : step.checks) consistent = consistent && Holds(match_.where[c]);
      }
      if (consistent) {
        ++counted.kept;
        go_on = p.evidence >= 0 ? Pieces(i, t, emit) : Step(i + 1, emit);
      }
      for (int b = 0; b < bound_count; ++b) row_[bound_here[b]] = kNoTerm;
      return go_on;
    });
    if (!s.ok()) {
      status_ = std::move(s);
      return false;
    }
    return go_on && status_.ok();
  }

  const Store& store_;
  const BoundMatch& match_;
  const std::vector<JoinStep>& steps_;
  std::vector<JoinStepCounts>& counts_;
  std::vector<TermId> row_;
  std::vector<Evidence> pieces_;
  const std::atomic<bool>* cancel_;
  Status status_;
};

// A solution kept: its terms, and the pieces of its evidence variables.
struct KeptRow {
  std::vector<TermId> terms;
  std::vector<Evidence> pieces;
};

// The first `keep` rows of a join in ORDER BY order (ties in the order
// they came), kept in a heap as they come. ORDER BY compares names, as a
// person reads them, and fields of evidence by their values, a piece that
// lacks the field last.
class TopRows {
  struct Ranked {
    KeptRow row;
    std::uint64_t arrival;
  };

  // Whether a comes before b; the heap's top is the last row kept.
  struct Before {
    const TopRows* top;
    bool operator()(const Ranked& a, const Ranked& b) const {
      for (const BoundOrderKey& key : top->order_) {
        const int v = key.column.variable;
        if (key.column.field) {
          const FieldValue x = ValueOf(a.row.pieces[v], *key.column.field);
          const FieldValue y = ValueOf(b.row.pieces[v], *key.column.field);
          const bool x_none = std::holds_alternative<std::monostate>(x);
          const bool y_none = std::holds_alternative<std::monostate>(y);
          if (x_none != y_none) return y_none;
          const int c = CompareFieldValues(x, y);
          if (c != 0) return key.descending ? c > 0 : c < 0;
          continue;
        }
        const std::string &x = top->name_of_.at(a.row.terms[v]),
                          &y = top->name_of_.at(b.row.terms[v]);
        if (x != y) return key.descending ? y < x : x < y;
      }
      return a.arrival < b.arrival;
    }
  };

 public:
  TopRows(const Store& store, const std::vector<BoundOrderKey>& order, std::uint64_t keep)
      : store_(store), order_(order), keep_(keep) {}

  // False (stop the join) when a name could not be read.
  bool Add(const Solution& solution) {
    for (const BoundOrderKey& key : order_) {
      if (key.column.field) continue;
      const TermId id = solution.terms[key.column.variable];
      if (name_of_.count(id)) continue;
      auto name = store_.TermName(id);
      if (!name.ok()) {
        status_ = std::move(name).TakeStatus();
        return false;
      }
      name_of_.emplace(id, std::move(name).value());
    }
    Ranked ranked{{solution.terms, solution.pieces}, next_++};
    if (heap_.size() < keep_) {
      heap_.push_back(std::move(ranked));
      std::push_heap(heap_.begin(), heap_.end(), Before{this});
      return true;
    }
    dropped_ = true;
    if (!Before{this}(ranked, heap_.front())) return true;
    std::pop_heap(heap_.begin(), heap_.end(), Before{this});
    heap_.back() = std::move(ranked);
    std::push_heap(heap_.begin(), heap_.end(), Before{this});
    return true;
  }

  // The rows kept, in order.
  std::vector<KeptRow> Take() {
    std::sort_heap(heap_.begin(), heap_.end(), Before{this});
    std::vector<KeptRow> rows;
    for (Ranked& r : heap_) rows.push_back(std::move(r.row));
    return rows;
  }

  // Whether rows past the kept ones came.
  bool dropped() const { return dropped_; }
  const Status& status() const { return status_; }

 private:
  const Store& store_;
  const std::vector<BoundOrderKey>& order_;
  std::uint64_t keep_;
  std::unordered_map<TermId, std::string> name_of_;
  std::vector<Ranked> heap_;
  std::uint64_t next_ = 0;
  bool dropped_ = false;
  Status status_;
};

// Appends the returned columns of a solution to `result`: terms as they
// are, pieces into result.pieces (once a row, whatever number of its
// columns show the same piece).
class RowWriter {
 public:
  RowWriter(const BoundMatch& match, MatchResult& result)
      : match_(match), result_(result), at_(match.variables.size(), -1) {}

  void Write(const std::vector<TermId>& terms, const std::vector<Evidence>& pieces) {
    std::fill(at_.begin(), at_.end(), -1);
    std::vector<TermId> out;
    out.reserve(match_.returned.size());
    for (const BoundColumn& column : match_.returned) {
      const int v = column.variable;
      if (!match_.IsEvidence(v)) {
        out.push_back(terms[v]);
        continue;
      }
      if (at_[v] < 0) {
        at_[v] = static_cast<int>(result_.pieces.size());
        result_.pieces.push_back(pieces[v]);
      }
      out.push_back(static_cast<TermId>(at_[v]));
    }
    result_.rows.push_back(std::move(out));
  }

 private:
  const BoundMatch& match_;
  MatchResult& result_;
  std::vector<int> at_;  // by variable: its piece's index in this row
};

}  // namespace

Result<ResultBody> Run(const BoundMatch& match, RunContext& context) {
  const Store& store = context.store;
  const std::vector<BoundColumn>& returned = match.returned;
  MatchResult result;
  // A pattern draws an edge per row when each of its terms is a constant or
  // a returned column.
  for (const BoundPattern& p : match.patterns) {
    std::array<EdgeEnd, 3> ends;
    bool drawable = true;
    for (int k = 0; k < 3; ++k) {
      if (p.terms[k].variable < 0) {
        ends[k].constant = p.terms[k].constant.id;
        continue;
      }
      auto at = std::find_if(returned.begin(), returned.end(), [&](const BoundColumn& c) {
        return c.variable == p.terms[k].variable;
      });
      drawable = drawable && at != returned.end();
      ends[k].column = static_cast<int>(at - returned.begin());
    }
    if (drawable) result.edge_patterns.push_back(ends);
  }
  Joiner joiner(store, match, context.plan.join, context.profile.join, context.options.cancel);
  result.count_only = match.count;
  result.columns.reserve(returned.size());
  for (const BoundColumn& column : returned) {
    result.columns.push_back(ColumnText(match, column));
    if (match.IsEvidence(column.variable)) result.evidence_columns.resize(returned.size());
  }
  for (std::size_t c = 0; c < result.evidence_columns.size(); ++c) {
    if (match.IsEvidence(returned[c].variable))
      result.evidence_columns[c] = MatchEvidenceColumn{returned[c].field};
  }
  RowWriter writer(match, result);
  const std::uint64_t limit = match.limit;
  if (match.count || match.order_by.empty()) {
    ResultBudget budget;
    Status s = joiner.Run([&](const Solution& solution) {
      if (match.count) return ++result.count < limit;
      if (result.rows.size() >= limit) {
        result.truncated = true;
        return false;
      }
      if (!budget.Take(returned.size())) {
        result.truncated = result.capped = true;
        return false;
      }
      writer.Write(solution.terms, solution.pieces);
      return true;
    });
    if (!s.ok()) return s;
    return ResultBody(std::move(result));
  }
  // ORDER BY: the first rows in order are kept as they come, never more
  // than the LIMIT or what one result may hold, so that ordering a large
  // join needs no more memory than its answer.
  const std::uint64_t fits = ResultBudget::RowsOf(returned.size());
  TopRows top(store, match.order_by, std::min(limit, fits));
  Status s = joiner.Run([&](const Solution& solution) { return top.Add(solution); });
  if (!s.ok()) return s;
  CAUSALKG_RETURN_IF_ERROR(top.status());
  for (const KeptRow& row : top.Take()) writer.Write(row.terms, row.pieces);
  result.truncated = top.dropped();
  result.capped = top.dropped() && fits < limit;
  return ResultBody(std::move(result));
}

}  // namespace causalkg
