#include "engine/planner/match_plan.hpp"

#include <algorithm>
#include <limits>

namespace causalkg {

namespace {

// Counting stops here: past it, a pattern is simply large.
constexpr std::uint64_t kEstimateCap = 10000;

Result<std::uint64_t> Estimate(const Store& store, const BoundPattern& pattern) {
  TriplePattern constants;
  std::optional<TermId>* fields[3] = {&constants.subject, &constants.relation, &constants.object};
  for (int k = 0; k < 3; ++k) {
    if (pattern.terms[k].variable < 0) *fields[k] = pattern.terms[k].constant.id;
  }
  return store.CountMatches(constants, kEstimateCap);
}

std::string EstimateText(const BoundPattern& pattern, std::uint64_t estimate) {
  const bool has_constant = std::any_of(pattern.terms.begin(), pattern.terms.end(),
                                        [](const BoundSlot& s) { return s.variable < 0; });
  // Without constants the count is the store's, exact at any size.
  if (has_constant && estimate >= kEstimateCap) return "≥" + std::to_string(estimate) + " triples";
  return "~" + std::to_string(estimate) + " triples";
}

std::string VariableList(const BoundMatch& match, const std::vector<int>& variables) {
  std::string text;
  for (int v : variables) text += (text.empty() ? "" : ", ") + match.variables[v];
  return text;
}

std::string ColumnList(const BoundMatch& match, const std::vector<BoundColumn>& columns) {
  std::string text;
  for (const BoundColumn& c : columns) text += (text.empty() ? "" : ", ") + ColumnText(match, c);
  return text;
}

PlanNode Node(std::string operation, std::string detail, std::vector<PlanNode> children = {}) {
  PlanNode node;
  node.operation = std::move(operation);
  node.detail = std::move(detail);
  node.children = std::move(children);
  return node;
}

}  // namespace

Result<std::vector<JoinStep>> PlanJoin(const Store& store, const BoundMatch& match, bool shown) {
  const std::size_t n = match.patterns.size();
  if (n == 1 && !shown) {
    // Nothing to choose: the commonest MATCH pays for no estimate.
    std::vector<JoinStep> join(1);
    for (std::size_t c = 0; c < match.where.size(); ++c) join[0].checks.push_back(c);
    for (std::size_t c = 0; c < match.evidence_where.size(); ++c)
      join[0].evidence_checks.push_back(c);
    return join;
  }
  std::vector<std::optional<std::uint64_t>> estimates(n);
  {
    for (std::size_t i = 0; i < n; ++i) {
      auto estimate = Estimate(store, match.patterns[i]);
      if (!estimate.ok()) return std::move(estimate).TakeStatus();
      estimates[i] = *estimate;
    }
  }
  std::vector<bool> bound(match.variables.size(), false), used(n, false);
  std::vector<int> bound_at(match.variables.size(), -1);
  std::vector<JoinStep> join;
  for (std::size_t step = 0; step < n; ++step) {
    int best = -1, best_bound = -1;
    for (std::size_t i = 0; i < n; ++i) {
      if (used[i]) continue;
      int known = 0;
      for (const BoundSlot& s : match.patterns[i].terms)
        known += s.variable < 0 || bound[s.variable];
      if (known > best_bound ||
          (known == best_bound && estimates[i].value_or(0) < estimates[best].value_or(0))) {
        best = static_cast<int>(i);
        best_bound = known;
      }
    }
    used[best] = true;
    JoinStep next;
    next.pattern = static_cast<std::size_t>(best);
    next.estimate = estimates[best];
    for (const BoundSlot& s : match.patterns[best].terms) {
      if (s.variable < 0) continue;
      if (bound[s.variable]) {
        if (std::find(next.join_on.begin(), next.join_on.end(), s.variable) == next.join_on.end())
          next.join_on.push_back(s.variable);
      } else {
        bound[s.variable] = true;
        bound_at[s.variable] = static_cast<int>(step);
      }
    }
    join.push_back(std::move(next));
  }
  for (std::size_t c = 0; c < match.where.size(); ++c) {
    int at = 0;
    for (int v : match.where[c].variables) at = std::max(at, bound_at[v]);
    join[at].checks.push_back(c);
  }
  // A condition on ?e's fields is checked where ?e's pattern is joined.
  for (std::size_t c = 0; c < match.evidence_where.size(); ++c) {
    const int pattern = match.evidence_of[match.evidence_where[c].variable];
    for (JoinStep& step : join) {
      if (step.pattern == static_cast<std::size_t>(pattern)) step.evidence_checks.push_back(c);
    }
  }
  return join;
}

PlanNode MatchTree(const BoundMatch& match, const std::vector<JoinStep>& join,
                   const RunProfile* profile) {
  auto counts = [&](std::size_t step) -> const JoinStepCounts* {
    return profile && step < profile->join.size() ? &profile->join[step] : nullptr;
  };
  PlanNode tree;
  for (std::size_t i = 0; i < join.size(); ++i) {
    const JoinStep& step = join[i];
    const BoundPattern& pattern = match.patterns[step.pattern];
    std::string detail = PatternText(match, pattern);
    if (step.estimate) detail += " " + EstimateText(pattern, *step.estimate);
    PlanNode scan = Node("scan", std::move(detail));
    const JoinStepCounts* counted = counts(i);
    if (counted) scan.rows = counted->matched;
    if (i == 0) {
      tree = std::move(scan);
    } else {
      if (counted) scan.counters.push_back({"lookups", counted->lookups});
      PlanNode joined = step.join_on.empty()
                            ? Node("cross join", "no shared variable")
                            : Node("index join", "on " + VariableList(match, step.join_on));
      joined.children.push_back(std::move(tree));
      joined.children.push_back(std::move(scan));
      if (counted) joined.rows = counted->matched;
      tree = std::move(joined);
    }
    if (!step.checks.empty()) {
      std::string conditions;
      for (std::size_t c : step.checks) {
        conditions += (conditions.empty() ? "" : " and ") + ComparisonText(match, match.where[c]);
      }
      PlanNode filter = Node("filter", std::move(conditions));
      filter.children.push_back(std::move(tree));
      if (counted) filter.rows = counted->kept;
      tree = std::move(filter);
    }
    if (const int evidence = pattern.evidence; evidence >= 0) {
      PlanNode pieces =
          Node("evidence", "each piece of the evidence of " + PatternText(match, pattern) + " as " +
                               match.variables[evidence] + ", a row a piece");
      pieces.children.push_back(std::move(tree));
      if (counted) pieces.rows = counted->pieces;
      tree = std::move(pieces);
      if (!step.evidence_checks.empty()) {
        std::string conditions;
        for (std::size_t c : step.evidence_checks) {
          conditions +=
              (conditions.empty() ? "" : " and ") + match.evidence_where[c].condition.text;
        }
        PlanNode filter = Node("evidence filter", std::move(conditions));
        filter.children.push_back(std::move(tree));
        if (counted) filter.rows = counted->pieces_kept;
        tree = std::move(filter);
      }
    }
  }
  const bool limited = match.limit != std::numeric_limits<std::uint64_t>::max();
  if (match.count) {
    PlanNode count = Node("count", limited ? "rows, up to " + std::to_string(match.limit) : "rows");
    count.children.push_back(std::move(tree));
    if (profile) count.rows = profile->rows;
    return count;
  }
  PlanNode top;
  if (match.order_by.empty()) {
    top = Node("limit", std::to_string(match.limit) + " rows");
  } else {
    std::string keys;
    for (const BoundOrderKey& key : match.order_by) {
      keys += (keys.empty() ? "" : ", ") + ColumnText(match, key.column) +
              (key.descending ? " DESC" : "");
    }
    top = Node("top",
               std::to_string(match.limit) + " rows by " + keys + ", kept in a heap as they come");
  }
  top.children.push_back(std::move(tree));
  PlanNode columns = Node("return", ColumnList(match, match.returned));
  columns.children.push_back(std::move(top));
  if (profile) columns.children.front().rows = columns.rows = profile->rows;
  return columns;
}

}  // namespace causalkg
