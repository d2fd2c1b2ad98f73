// MATCH p1, p2 [WHERE ...] [RETURN ...] [ORDER BY ...] [LIMIT n] and COUNT
// MATCH: triple patterns joined on shared variables. Its plan, the order
// of the join, is the planner's (engine/planner/match_plan.cpp). A pattern's
// EVIDENCE ?e binds each piece of its claim's evidence, whose fields
// (?e.confidence) WHERE compares as the chain statements' conditions do
// (bind_evidence.hpp), and RETURN and ORDER BY name.
#include <limits>
#include <numeric>
#include <string_view>

#include "engine/binder/bind_context.hpp"
#include "engine/binder/bind_evidence.hpp"
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
  Result<int> Variable(const ast::Variable& v, NameRole role) {
    if (const int known = Find(v.name); known >= 0) {
      if (match_.IsEvidence(known)) return PieceNotTerm(v, known);
      return known;
    }
    match_.variables.push_back("?" + v.name);
    match_.roles.push_back(role);
    match_.evidence_of.push_back(-1);
    return static_cast<int>(match_.variables.size()) - 1;
  }

  // EVIDENCE ?e of pattern `pattern`: a variable of its own.
  Result<int> EvidenceVariable(const ast::Variable& v, std::size_t pattern) {
    if (v.name.find('.') != std::string::npos) {
      return Status::Query("?" + v.name + " has a '.', which would read as ?e.field",
                           "name the evidence plainly: EVIDENCE ?e")
          .AtOffset(v.offset);
    }
    if (const int known = Find(v.name); known >= 0) {
      return Status::Query(
                 "?" + v.name +
                     (match_.IsEvidence(known) ? " binds the evidence of another pattern already"
                                               : " is a variable of the patterns' terms already"),
                 "give each pattern's evidence a variable of its own")
          .AtOffset(v.offset);
    }
    match_.variables.push_back("?" + v.name);
    match_.roles.push_back(NameRole::kNode);
    match_.evidence_of.push_back(static_cast<int>(pattern));
    return static_cast<int>(match_.variables.size()) - 1;
  }

  // A column of RETURN or a key of ORDER BY: a variable, or ?e.field.
  Result<BoundColumn> Column(const ast::Variable& v) const {
    if (const int known = Find(v.name); known >= 0) return BoundColumn{known, std::nullopt};
    const std::size_t dot = v.name.find('.');
    const int owner = dot == std::string::npos ? -1 : Find(v.name.substr(0, dot));
    if (owner < 0) return KnownVariable(v).status();
    if (!match_.IsEvidence(owner)) {
      return Status::Query(match_.variables[owner] +
                               " stands for a term, which has no fields: only a piece of "
                               "evidence has them",
                           "bind a pattern's evidence with EVIDENCE ?e, then name ?e.source, "
                           "?e.confidence, ...")
          .AtOffset(v.offset);
    }
    auto field = BindEvidenceField(std::string_view(v.name).substr(dot + 1), v.offset + dot + 2);
    if (!field.ok()) return std::move(field).TakeStatus();
    return BoundColumn{owner, std::move(field).value()};
  }

  // A WHERE comparison: of terms and signs into `where`, of a field of
  // evidence into `evidence_where`.
  Status Condition(const ast::Comparison& c) {
    for (const ast::Operand* operand : {&c.left, &c.right}) {
      const auto* v = std::get_if<ast::Variable>(operand);
      const auto* s = std::get_if<ast::SignOf>(operand);
      if (s) v = &s->variable;
      if (!v) continue;
      const int known = Find(v->name);
      if (known >= 0 && match_.IsEvidence(known)) return PieceNotTerm(*v, known);
      const std::size_t dot = v->name.find('.');
      const int owner = known < 0 && dot != std::string::npos ? Find(v->name.substr(0, dot)) : -1;
      if (owner >= 0 && match_.IsEvidence(owner) && (operand == &c.right || s)) {
        return Status::Query(
                   "a field of evidence comes first in its comparison, and is "
                   "compared with a value: ?" +
                   v->name + " " + OpText(c.op) + " ...")
            .AtOffset(v->offset);
      }
    }
    if (const auto* left = std::get_if<ast::Variable>(&c.left);
        left && Find(left->name) < 0 && left->name.find('.') != std::string::npos) {
      auto column = Column(*left);
      if (!column.ok()) return std::move(column).TakeStatus();
      std::vector<ast::Name> values = c.list;
      if (c.op != ast::CompareOp::kIn && c.op != ast::CompareOp::kNotIn) {
        const auto* value = std::get_if<ast::Name>(&c.right);
        if (!value) {
          return Status::Query("?" + left->name +
                               " is compared with a value: a number, a word, a quoted text "
                               "or none")
              .AtOffset(OffsetOf(c.right));
        }
        values = {*value};
      }
      auto condition = BindEvidenceCondition(*column->field, "?" + left->name,
                                             left->offset + left->name.find('.') + 2, c.op, values);
      if (!condition.ok()) return std::move(condition).TakeStatus();
      match_.evidence_where.push_back({column->variable, std::move(condition).value()});
      return Status::Ok();
    }
    auto comparison = Comparison(c);
    if (!comparison.ok()) return std::move(comparison).TakeStatus();
    match_.where.push_back(std::move(comparison).value());
    return Status::Ok();
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
      auto variable = Variable(*v, role);
      if (!variable.ok()) return std::move(variable).TakeStatus();
      slot.variable = *variable;
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
      return Status::Query("terms and signs are compared with = and != only",
                           "< <= > >= IN and NOT IN compare a field of evidence: ?e.confidence "
                           ">= 0.6, ?e.source IN (a, b)")
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
  static std::string OpText(ast::CompareOp op) {
    switch (op) {
      case ast::CompareOp::kEqual:
        return "=";
      case ast::CompareOp::kNotEqual:
        return "!=";
      case ast::CompareOp::kLess:
        return "<";
      case ast::CompareOp::kLessEqual:
        return "<=";
      case ast::CompareOp::kGreater:
        return ">";
      case ast::CompareOp::kGreaterEqual:
        return ">=";
      case ast::CompareOp::kIn:
        return "IN";
      case ast::CompareOp::kNotIn:
        return "NOT IN";
    }
    return "";
  }

  // An evidence variable where a term or a sign goes.
  Status PieceNotTerm(const ast::Variable& v, int variable) const {
    return Status::Query(match_.variables[variable] +
                             " stands for a piece of evidence, not a term: compare or order by "
                             "one of its fields",
                         "for example: " + match_.variables[variable] + ".source = scp-2025")
        .AtOffset(v.offset);
  }

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
    if (p.evidence) {
      auto evidence = binder.EvidenceVariable(*p.evidence, bound.patterns.size());
      if (!evidence.ok()) return std::move(evidence).TakeStatus();
      pattern.evidence = *evidence;
    }
    bound.patterns.push_back(std::move(pattern));
  }
  for (const ast::Comparison& c : match.where) CAUSALKG_RETURN_IF_ERROR(binder.Condition(c));
  for (const ast::Variable& v : match.returns) {
    auto column = binder.Column(v);
    if (!column.ok()) return std::move(column).TakeStatus();
    bound.returned.push_back(std::move(column).value());
  }
  if (bound.returned.empty()) {
    for (std::size_t v = 0; v < bound.variables.size(); ++v)
      bound.returned.push_back({static_cast<int>(v), std::nullopt});
  }
  for (const ast::OrderKey& key : match.order_by) {
    auto column = binder.Column(key.variable);
    if (!column.ok()) return std::move(column).TakeStatus();
    if (!column->field && bound.IsEvidence(column->variable)) {
      return Status::Query(
                 "rows are ordered by a field of " + bound.variables[column->variable] +
                     ", not by the whole piece",
                 "for example: ORDER BY " + bound.variables[column->variable] + ".confidence DESC")
          .AtOffset(key.variable.offset);
    }
    bound.order_by.push_back({std::move(column).value(), key.descending});
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

std::string ColumnText(const BoundMatch& match, const BoundColumn& column) {
  return match.variables[column.variable] + (column.field ? "." + column.field->Name() : "");
}

}  // namespace causalkg
