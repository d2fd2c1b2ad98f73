// MATCH p1, p2 [WHERE ...] [RETURN ...] [ORDER BY ...] [LIMIT n] and COUNT
// MATCH: triple patterns joined on shared variables. Its plan, the order
// of the join, is the planner's (engine/planner/match_plan.cpp).
#include <limits>
#include <numeric>
#include <string_view>

#include "engine/binder/bind_context.hpp"
#include "engine/binder/defaults.hpp"

namespace causalkg {

namespace {

std::size_t OffsetOf(const ast::Operand& operand) {
  return std::visit(
      [](const auto& o) {
        if constexpr (requires { o.offset; }) {
          return o.offset;
        } else {
          return o.variable.offset;
        }
      },
      operand);
}

class MatchBinder {
 public:
  MatchBinder(const BindContext& context, BoundMatch& match) : context_(context), match_(match) {}

  // A variable's index, made on its first appearance in a pattern, where it
  // takes the role of its position.
  int Variable(const ast::Variable& v, NameRole role) {
    if (const int known = Find(v.name); known >= 0) return known;
    match_.variables.push_back("?" + v.name);
    match_.roles.push_back(role);
    return static_cast<int>(match_.variables.size()) - 1;
  }

  // A variable outside the patterns must be one of theirs.
  Result<int> KnownVariable(const ast::Variable& v) const {
    const int known = Find(v.name);
    if (known < 0) {
      return Status::Name("unknown variable ?" + v.name,
                          "a variable must appear in a MATCH pattern")
          .AtOffset(v.offset);
    }
    return known;
  }

  Result<BoundSlot> Slot(const ast::Term& term, NameRole role) {
    BoundSlot slot;
    if (const auto* v = std::get_if<ast::Variable>(&term)) {
      slot.variable = Variable(*v, role);
      return slot;
    }
    auto constant = context_.Term(std::get<ast::Name>(term), role);
    if (!constant.ok()) return std::move(constant).TakeStatus();
    slot.constant = std::move(constant).value();
    return slot;
  }

  Result<BoundComparison> Comparison(const ast::Comparison& c) {
    BoundComparison out;
    if (c.op != ast::CompareOp::kEqual && c.op != ast::CompareOp::kNotEqual) {
      return Status::Query("MATCH compares terms and signs with = and != only")
          .AtOffset(OffsetOf(c.left));
    }
    out.equal = c.op == ast::CompareOp::kEqual;
    const bool sign_context =
        std::holds_alternative<ast::SignOf>(c.left) || std::holds_alternative<ast::SignOf>(c.right);
    // A name compared with a variable is a term of the variable's role.
    auto role_of = [&](const ast::Operand& other) {
      if (sign_context) return NameRole::kRelation;
      if (const auto* v = std::get_if<ast::Variable>(&other)) {
        if (const int known = Find(v->name); known >= 0) return match_.roles[known];
      }
      return NameRole::kNode;
    };
    auto left = Operand(c.left, role_of(c.right), sign_context);
    if (!left.ok()) return std::move(left).TakeStatus();
    auto right = Operand(c.right, role_of(c.left), sign_context);
    if (!right.ok()) return std::move(right).TakeStatus();
    out.left = std::move(left).value();
    out.right = std::move(right).value();
    for (const BoundOperand* o : {&out.left, &out.right}) {
      if (o->variable >= 0) out.variables.push_back(o->variable);
    }
    return out;
  }

 private:
  // The index of variable `name` (without its "?"), or -1. A MATCH has a
  // handful of variables: a look along them beats a map.
  int Find(const std::string& name) const {
    for (std::size_t i = 0; i < match_.variables.size(); ++i) {
      if (std::string_view(match_.variables[i]).substr(1) == name) return static_cast<int>(i);
    }
    return -1;
  }

  Result<BoundOperand> Operand(const ast::Operand& operand, NameRole role, bool sign_context) {
    BoundOperand out;
    if (const auto* v = std::get_if<ast::Variable>(&operand)) {
      auto slot = KnownVariable(*v);
      if (!slot.ok()) return std::move(slot).TakeStatus();
      out.kind = BoundOperand::Kind::kVariable;
      out.variable = *slot;
      return out;
    }
    if (const auto* s = std::get_if<ast::SignOf>(&operand)) {
      auto slot = KnownVariable(s->variable);
      if (!slot.ok()) return std::move(slot).TakeStatus();
      out.kind = BoundOperand::Kind::kSign;
      out.variable = *slot;
      return out;
    }
    const auto& name = std::get<ast::Name>(operand);
    if (sign_context) {
      if (name.text != "none" && !CausalPolarityFromText(name.text)) {
        return Status::Query("sign() is compared with '+', '-', '?' or 'none', not '" + name.text +
                             "'")
            .AtOffset(name.offset);
      }
      out.kind = BoundOperand::Kind::kSignText;
      out.sign_text = name.text == "none" ? "" : name.text;
      return out;
    }
    auto term = context_.Term(name, role);
    if (!term.ok()) return std::move(term).TakeStatus();
    out.kind = BoundOperand::Kind::kTerm;
    out.term = std::move(term).value();
    return out;
  }

  const BindContext& context_;
  BoundMatch& match_;
};

}  // namespace

Result<BoundMatch> Bind(const ast::Match& match, const BindContext& context) {
  BoundMatch bound;
  MatchBinder binder(context, bound);
  bound.count = match.count;
  for (const ast::TriplePattern& p : match.patterns) {
    BoundPattern pattern;
    const ast::Term* terms[3] = {&p.subject, &p.relation, &p.object};
    for (int k = 0; k < 3; ++k) {
      auto slot = binder.Slot(*terms[k], k == 1 ? NameRole::kRelation : NameRole::kNode);
      if (!slot.ok()) return std::move(slot).TakeStatus();
      pattern.terms[k] = std::move(slot).value();
    }
    bound.patterns.push_back(std::move(pattern));
  }
  for (const ast::Comparison& c : match.where) {
    auto comparison = binder.Comparison(c);
    if (!comparison.ok()) return std::move(comparison).TakeStatus();
    bound.where.push_back(std::move(comparison).value());
  }
  for (const ast::Variable& v : match.returns) {
    auto slot = binder.KnownVariable(v);
    if (!slot.ok()) return std::move(slot).TakeStatus();
    bound.returned.push_back(*slot);
  }
  if (bound.returned.empty()) {
    bound.returned.resize(bound.variables.size());
    std::iota(bound.returned.begin(), bound.returned.end(), 0);
  }
  for (const ast::OrderKey& key : match.order_by) {
    auto slot = binder.KnownVariable(key.variable);
    if (!slot.ok()) return std::move(slot).TakeStatus();
    bound.order_by.push_back({*slot, key.descending});
  }
  // A count has no rows to hold, so no default LIMIT.
  bound.limit =
      match.limit.value_or(match.count ? std::numeric_limits<std::uint64_t>::max() : kDefaultLimit);
  return bound;
}

std::string PatternText(const BoundMatch& match, const BoundPattern& pattern) {
  std::string text = "(";
  for (int k = 0; k < 3; ++k) {
    const BoundSlot& slot = pattern.terms[k];
    text += (k ? ", " : "") +
            (slot.variable >= 0 ? match.variables[slot.variable] : slot.constant.name);
  }
  return text + ")";
}

std::string ComparisonText(const BoundMatch& match, const BoundComparison& comparison) {
  auto operand = [&](const BoundOperand& o) -> std::string {
    switch (o.kind) {
      case BoundOperand::Kind::kTerm:
        return o.term.name;
      case BoundOperand::Kind::kVariable:
        return match.variables[o.variable];
      case BoundOperand::Kind::kSign:
        return "sign(" + match.variables[o.variable] + ")";
      case BoundOperand::Kind::kSignText:
        return "'" + (o.sign_text.empty() ? std::string("none") : o.sign_text) + "'";
    }
    return {};
  };
  return operand(comparison.left) + (comparison.equal ? " = " : " != ") + operand(comparison.right);
}

}  // namespace causalkg
