#include "engine/exec/match.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "engine/model/result_bounds.hpp"

namespace causalkg {

namespace {

// A pattern position: a constant term or a variable's slot.
struct Slot {
  TermId constant = kNoTerm;
  int variable = -1;
};

struct CompiledPattern {
  Slot terms[3];  // subject, relation, object
  std::string text;
  std::uint64_t estimate = 0;
};

struct Operand {
  enum Kind { kTerm, kVariable, kSign, kSignText } kind = kTerm;
  TermId term = kNoTerm;
  int variable = -1;
  std::string sign_text;
};

struct CompiledComparison {
  Operand left, right;
  bool equal = true;
  std::vector<int> variables;
};

class MatchCompiler {
 public:
  MatchCompiler(const Store& store, const NameResolver& names) : store_(store), names_(names) {}

  int Variable(const ast::Variable& v, NameRole role) {
    auto [it, inserted] = slots_.try_emplace(v.name, static_cast<int>(columns_.size()));
    if (inserted) {
      columns_.push_back("?" + v.name);
      roles_.push_back(role);
    }
    return it->second;
  }

  Result<int> KnownVariable(const ast::Variable& v) const {
    auto it = slots_.find(v.name);
    if (it == slots_.end()) {
      return Status::Name("unknown variable ?" + v.name,
                          "a variable must appear in a MATCH pattern")
          .AtOffset(v.offset);
    }
    return it->second;
  }

  Result<Slot> Term(const ast::Term& term, NameRole role) {
    if (const auto* v = std::get_if<ast::Variable>(&term)) return Slot{kNoTerm, Variable(*v, role)};
    auto id = names_.Resolve(std::get<ast::Name>(term), role);
    if (!id.ok()) return std::move(id).TakeStatus();
    return Slot{*id, -1};
  }

  Result<Operand> CompileOperand(const ast::Operand& operand, NameRole role_hint) {
    Operand out;
    if (const auto* v = std::get_if<ast::Variable>(&operand)) {
      auto slot = KnownVariable(*v);
      if (!slot.ok()) return std::move(slot).TakeStatus();
      out.kind = Operand::kVariable;
      out.variable = *slot;
    } else if (const auto* s = std::get_if<ast::SignOf>(&operand)) {
      auto slot = KnownVariable(s->variable);
      if (!slot.ok()) return std::move(slot).TakeStatus();
      out.kind = Operand::kSign;
      out.variable = *slot;
    } else {
      const auto& name = std::get<ast::Name>(operand);
      if (role_hint == NameRole::kRelation && sign_context_) {
        if (name.text != "+" && name.text != "-" && name.text != "none") {
          return Status::Query("sign() is compared with '+', '-' or 'none', not '" + name.text +
                               "'")
              .AtOffset(name.offset);
        }
        out.kind = Operand::kSignText;
        out.sign_text = name.text == "none" ? "" : name.text;
      } else {
        auto id = names_.Resolve(name, role_hint);
        if (!id.ok()) return std::move(id).TakeStatus();
        out.term = *id;
      }
    }
    return out;
  }

  Result<CompiledComparison> Comparison(const ast::Comparison& c) {
    CompiledComparison out;
    out.equal = c.op == ast::CompareOp::kEqual;
    sign_context_ =
        std::holds_alternative<ast::SignOf>(c.left) || std::holds_alternative<ast::SignOf>(c.right);
    auto role_of = [&](const ast::Operand& other) {
      if (sign_context_) return NameRole::kRelation;
      if (const auto* v = std::get_if<ast::Variable>(&other)) {
        if (auto it = slots_.find(v->name); it != slots_.end()) return roles_[it->second];
      }
      return NameRole::kNode;
    };
    auto left = CompileOperand(c.left, role_of(c.right));
    if (!left.ok()) return std::move(left).TakeStatus();
    auto right = CompileOperand(c.right, role_of(c.left));
    if (!right.ok()) return std::move(right).TakeStatus();
    out.left = *left;
    out.right = *right;
    for (const Operand* o : {&out.left, &out.right}) {
      if (o->variable >= 0) out.variables.push_back(o->variable);
    }
    return out;
  }

  const std::vector<std::string>& columns() const { return columns_; }

 private:
  const Store& store_;
  const NameResolver& names_;
  std::map<std::string, int> slots_;
  std::vector<std::string> columns_;
  std::vector<NameRole> roles_;
  bool sign_context_ = false;
};

std::string SlotText(const Slot& s, const std::vector<std::string>& columns) {
  if (s.variable >= 0) return columns[s.variable];
  std::string text = "#";
  text += std::to_string(s.constant);
  return text;
}

class Joiner {
 public:
  Joiner(const Store& store, std::vector<CompiledPattern> patterns,
         std::vector<CompiledComparison> where, std::size_t variables,
         const std::atomic<bool>* cancel)
      : store_(store),
        patterns_(std::move(patterns)),
        where_(std::move(where)),
        row_(variables, kNoTerm),
        cancel_(cancel) {}

  // Orders the patterns: at each step the one with the most bound positions,
  // then the smallest estimate.
  void Plan() {
    std::vector<bool> bound(row_.size(), false), used(patterns_.size(), false);
    std::vector<CompiledPattern> ordered;
    for (std::size_t step = 0; step < patterns_.size(); ++step) {
      int best = -1, best_bound = -1;
      for (std::size_t i = 0; i < patterns_.size(); ++i) {
        if (used[i]) continue;
        int n = 0;
        for (const Slot& s : patterns_[i].terms) n += s.variable < 0 || bound[s.variable];
        if (n > best_bound ||
            (n == best_bound && patterns_[i].estimate < patterns_[best].estimate)) {
          best = static_cast<int>(i);
          best_bound = n;
        }
      }
      used[best] = true;
      for (const Slot& s : patterns_[best].terms) {
        if (s.variable >= 0) bound[s.variable] = true;
      }
      ordered.push_back(patterns_[best]);
    }
    patterns_ = std::move(ordered);
    // Each comparison is checked after the first pattern that binds all it needs.
    checks_.assign(patterns_.size(), {});
    std::vector<int> bound_at(row_.size(), -1);
    for (std::size_t i = 0; i < patterns_.size(); ++i) {
      for (const Slot& s : patterns_[i].terms) {
        if (s.variable >= 0 && bound_at[s.variable] < 0) bound_at[s.variable] = static_cast<int>(i);
      }
    }
    for (std::size_t c = 0; c < where_.size(); ++c) {
      int at = 0;
      for (int v : where_[c].variables) at = std::max(at, bound_at[v]);
      checks_[at].push_back(c);
    }
  }

  const std::vector<CompiledPattern>& patterns() const { return patterns_; }

  // Calls `emit(row)` for each solution; stops when it returns false.
  template <typename Emit>
  Status Run(Emit&& emit) {
    Step(0, emit);
    return status_;
  }

 private:
  TermId Value(const Operand& o) const {
    return o.kind == Operand::kVariable ? row_[o.variable] : o.term;
  }

  std::string SignValue(const Operand& o) const {
    if (o.kind == Operand::kSignText) return o.sign_text;
    return PolarityText(store_.RelationPolarity(row_[o.variable]));
  }

  bool Holds(const CompiledComparison& c) const {
    bool same;
    if (c.left.kind == Operand::kSign || c.right.kind == Operand::kSign ||
        c.left.kind == Operand::kSignText || c.right.kind == Operand::kSignText) {
      same = SignValue(c.left) == SignValue(c.right);
    } else {
      same = Value(c.left) == Value(c.right);
    }
    return same == c.equal;
  }

  template <typename Emit>
  bool Step(std::size_t i, Emit& emit) {
    if (i == patterns_.size()) return emit(row_);
    if (cancel_ && cancel_->load(std::memory_order_relaxed)) {
      status_ = Status::Query("the query was cancelled");
      return false;
    }
    const CompiledPattern& p = patterns_[i];
    TriplePattern scan;
    std::optional<TermId>* fields[3] = {&scan.subject, &scan.relation, &scan.object};
    for (int k = 0; k < 3; ++k) {
      const Slot& s = p.terms[k];
      if (s.variable < 0)
        *fields[k] = s.constant;
      else if (row_[s.variable] != kNoTerm)
        *fields[k] = row_[s.variable];
    }
    bool go_on = true;
    Status s = store_.Scan(scan, [&](const Triple& t) {
      const TermId values[3] = {t.subject, t.relation, t.object};
      std::vector<int> bound_here;
      bool consistent = true;
      for (int k = 0; k < 3 && consistent; ++k) {
        const Slot& slot = p.terms[k];
        if (slot.variable < 0 || fields[k]->has_value()) continue;
        TermId& cell = row_[slot.variable];
        if (cell == kNoTerm) {
          cell = values[k];
          bound_here.push_back(slot.variable);
        } else {
          consistent = cell == values[k];  // the same variable twice in one pattern
        }
      }
      if (consistent) {
        for (std::size_t c : checks_[i]) consistent = consistent && Holds(where_[c]);
      }
      if (consistent) go_on = Step(i + 1, emit);
      for (int v : bound_here) row_[v] = kNoTerm;
      return go_on;
    });
    if (!s.ok()) {
      status_ = std::move(s);
      return false;
    }
    return go_on && status_.ok();
  }

  const Store& store_;
  std::vector<CompiledPattern> patterns_;
  std::vector<CompiledComparison> where_;
  std::vector<std::vector<std::size_t>> checks_;
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

Result<MatchResult> EvaluateMatch(const Store& store, const NameResolver& names,
                                  const ast::Match& match, std::uint64_t default_limit,
                                  const std::atomic<bool>* cancel, std::vector<PlanStep>* plan) {
  MatchCompiler compiler(store, names);
  std::vector<CompiledPattern> patterns;
  for (const ast::TriplePattern& p : match.patterns) {
    CompiledPattern compiled;
    const ast::Term* terms[3] = {&p.subject, &p.relation, &p.object};
    for (int k = 0; k < 3; ++k) {
      auto slot = compiler.Term(*terms[k], k == 1 ? NameRole::kRelation : NameRole::kNode);
      if (!slot.ok()) return std::move(slot).TakeStatus();
      compiled.terms[k] = *slot;
    }
    patterns.push_back(compiled);
  }
  std::vector<CompiledComparison> where;
  for (const ast::Comparison& c : match.where) {
    auto compiled = compiler.Comparison(c);
    if (!compiled.ok()) return std::move(compiled).TakeStatus();
    where.push_back(*compiled);
  }
  std::vector<int> returned;
  for (const ast::Variable& v : match.returns) {
    auto slot = compiler.KnownVariable(v);
    if (!slot.ok()) return std::move(slot).TakeStatus();
    returned.push_back(*slot);
  }
  if (returned.empty()) {
    returned.resize(compiler.columns().size());
    std::iota(returned.begin(), returned.end(), 0);
  }
  std::vector<std::pair<int, bool>> order;
  for (const ast::OrderKey& key : match.order_by) {
    auto slot = compiler.KnownVariable(key.variable);
    if (!slot.ok()) return std::move(slot).TakeStatus();
    order.emplace_back(*slot, key.descending);
  }
  // Estimates: how many triples each pattern's constants alone match. One
  // pattern has no order to choose, and its estimate would cost a scan.
  for (CompiledPattern& p : patterns) {
    if (patterns.size() == 1) break;
    TriplePattern constants;
    if (p.terms[0].variable < 0) constants.subject = p.terms[0].constant;
    if (p.terms[1].variable < 0) constants.relation = p.terms[1].constant;
    if (p.terms[2].variable < 0) constants.object = p.terms[2].constant;
    auto estimate = store.CountMatches(constants, 10000);
    if (!estimate.ok()) return std::move(estimate).TakeStatus();
    p.estimate = *estimate;
  }
  const auto& columns = compiler.columns();
  MatchResult result;
  // A pattern draws an edge per row when each of its terms is a constant or
  // a returned column.
  for (const CompiledPattern& p : patterns) {
    std::array<EdgeEnd, 3> ends;
    bool drawable = true;
    for (int k = 0; k < 3; ++k) {
      if (p.terms[k].variable < 0) {
        ends[k].constant = p.terms[k].constant;
        continue;
      }
      auto at = std::find(returned.begin(), returned.end(), p.terms[k].variable);
      drawable = drawable && at != returned.end();
      ends[k].column = static_cast<int>(at - returned.begin());
    }
    if (drawable) result.edge_patterns.push_back(ends);
  }
  Joiner joiner(store, std::move(patterns), std::move(where), columns.size(), cancel);
  joiner.Plan();
  if (plan) {
    for (const CompiledPattern& p : joiner.patterns()) {
      std::string step = "scan " + SlotText(p.terms[0], columns) + " " +
                         SlotText(p.terms[1], columns) + " " + SlotText(p.terms[2], columns);
      if (joiner.patterns().size() > 1)
        step += " (about " + std::to_string(p.estimate) + " triples)";
      plan->push_back({step, std::nullopt, std::nullopt});
    }
  }

  result.count_only = match.count;
  for (int v : returned) result.columns.push_back(columns[v]);
  const std::uint64_t limit = match.limit.value_or(match.count ? UINT64_MAX : default_limit);
  if (match.count || order.empty()) {
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
    return result;
  }
  // ORDER BY: the first rows in order are kept as they come, never more
  // than the LIMIT or what one result may hold, so that ordering a large
  // join needs no more memory than its answer.
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
  return result;
}

}  // namespace causalkg
