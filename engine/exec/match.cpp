// MATCH: triple patterns joined on shared variables, in the order the
// planner chose (engine/planner/match_plan.hpp). Without ORDER BY, LIMIT
// stops the join early.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "engine/exec/run_statement.hpp"
#include "engine/exec/work_counters.hpp"
#include "engine/model/result_bounds.hpp"

namespace causalkg {

namespace {

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
        cancel_(cancel) {
    counts_.assign(steps.size(), {});
  }

  // Calls `emit(row)` for each solution; stops when it returns false.
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

  template <typename Emit>
  bool Step(std::size_t i, Emit& emit) {
    if (i == steps_.size()) return emit(row_);
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
        go_on = Step(i + 1, emit);
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
  const std::atomic<bool>* cancel_;
  Status status_;
};

// The first `keep` rows of a join in ORDER BY order (ties in the order
// they came), kept in a heap as they come. ORDER BY compares names, as a
// person reads them.
class TopRows {
  struct Ranked {
    std::vector<TermId> row;
    std::uint64_t arrival;
  };

  // Whether a comes before b; the heap's top is the last row kept.
  struct Before {
    const TopRows* top;
    bool operator()(const Ranked& a, const Ranked& b) const {
      for (const auto& [v, descending] : top->order_) {
        const std::string &x = top->name_of_.at(a.row[v]), &y = top->name_of_.at(b.row[v]);
        if (x != y) return descending ? y < x : x < y;
      }
      return a.arrival < b.arrival;
    }
  };

 public:
  TopRows(const Store& store, const std::vector<std::pair<int, bool>>& order, std::uint64_t keep)
      : store_(store), order_(order), keep_(keep) {}

  // False (stop the join) when a name could not be read.
  bool Add(const std::vector<TermId>& row) {
    for (const auto& [v, descending] : order_) {
      if (name_of_.count(row[v])) continue;
      auto name = store_.TermName(row[v]);
      if (!name.ok()) {
        status_ = std::move(name).TakeStatus();
        return false;
      }
      name_of_.emplace(row[v], std::move(name).value());
    }
    Ranked ranked{row, next_++};
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
  std::vector<std::vector<TermId>> Take() {
    std::sort_heap(heap_.begin(), heap_.end(), Before{this});
    std::vector<std::vector<TermId>> rows;
    for (Ranked& r : heap_) rows.push_back(std::move(r.row));
    return rows;
  }

  // Whether rows past the kept ones came.
  bool dropped() const { return dropped_; }
  const Status& status() const { return status_; }

 private:
  const Store& store_;
  const std::vector<std::pair<int, bool>>& order_;
  std::uint64_t keep_;
  std::unordered_map<TermId, std::string> name_of_;
  std::vector<Ranked> heap_;
  std::uint64_t next_ = 0;
  bool dropped_ = false;
  Status status_;
};

}  // namespace

Result<ResultBody> Run(const BoundMatch& match, RunContext& context) {
  const Store& store = context.store;
  const std::vector<int>& returned = match.returned;
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
      auto at = std::find(returned.begin(), returned.end(), p.terms[k].variable);
      drawable = drawable && at != returned.end();
      ends[k].column = static_cast<int>(at - returned.begin());
    }
    if (drawable) result.edge_patterns.push_back(ends);
  }
  Joiner joiner(store, match, context.plan.join, context.profile.join, context.options.cancel);
  result.count_only = match.count;
  for (int v : returned) result.columns.push_back(match.variables[v]);
  const std::uint64_t limit = match.limit;
  if (match.count || match.order_by.empty()) {
    ResultBudget budget;
    Status s = joiner.Run([&](const std::vector<TermId>& row) {
      if (match.count) return ++result.count < limit;
      if (result.rows.size() >= limit) {
        result.truncated = true;
        return false;
      }
      if (!budget.Take(returned.size())) {
        result.truncated = result.capped = true;
        return false;
      }
      std::vector<TermId> out;
      for (int v : returned) out.push_back(row[v]);
      result.rows.push_back(std::move(out));
      return true;
    });
    if (!s.ok()) return s;
    return ResultBody(std::move(result));
  }
  // ORDER BY: the first rows in order are kept as they come, never more
  // than the LIMIT or what one result may hold, so that ordering a large
  // join needs no more memory than its answer.
  std::vector<std::pair<int, bool>> order;
  for (const BoundOrderKey& key : match.order_by) order.emplace_back(key.variable, key.descending);
  const std::uint64_t fits = ResultBudget::RowsOf(returned.size());
  TopRows top(store, order, std::min(limit, fits));
  Status s = joiner.Run([&](const std::vector<TermId>& row) { return top.Add(row); });
  if (!s.ok()) return s;
  CAUSALKG_RETURN_IF_ERROR(top.status());
  for (const std::vector<TermId>& row : top.Take()) {
    std::vector<TermId> out;
    for (int v : returned) out.push_back(row[v]);
    result.rows.push_back(std::move(out));
  }
  result.truncated = top.dropped();
  result.capped = top.dropped() && fits < limit;
  return ResultBody(std::move(result));
}

}  // namespace causalkg
