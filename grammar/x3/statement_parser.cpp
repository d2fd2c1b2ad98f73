// Runs the instantiated statement rule and converts its X3 attributes into
// the public ast types. Includes X3's core headers only; the grammar itself
// is compiled in query.cpp.
#include "grammar/x3/statement_parser.hpp"

#include <algorithm>
#include <boost/spirit/home/x3/directive/with.hpp>

#include "grammar/x3/query.hpp"

namespace causalkg::grammar::detail {
namespace {

template <typename T>
std::optional<T> ToStd(boost::optional<T> const& value) {
  return value ? std::optional<T>(*value) : std::nullopt;
}

class Converter {
 public:
  explicit Converter(char const* text) : text_(text) {}

  std::size_t Offset(char const* where) const { return static_cast<std::size_t>(where - text_); }

  ast::Variable operator()(x3_ast::Variable const& variable) const {
    return {variable.name, Offset(variable.where)};
  }

  ast::Name operator()(x3_ast::Name const& name) const {
    if (name.parameter) Parameter(name.text, name.where);
    return {name.text, name.quoted, Offset(name.where), name.parameter};
  }

  // A parameter, noted for the statement's list.
  ast::Parameter Parameter(std::string const& name, char const* where) const {
    ast::Parameter parameter{name, Offset(where)};
    bool const seen = std::any_of(parameters_.begin(), parameters_.end(),
                                  [&](ast::Parameter const& p) { return p.name == name; });
    if (!seen) parameters_.push_back(parameter);
    return parameter;
  }

  // A number, or the parameter in its place.
  template <typename T>
  void Number(boost::optional<x3_ast::Number<T>> const& number, std::optional<T>& value,
              std::optional<ast::Parameter>& parameter) const {
    if (!number) return;
    if (number->parameter.empty()) {
      value = number->value;
    } else {
      parameter = Parameter(number->parameter, number->where);
    }
  }

  ast::SignOf operator()(x3_ast::SignOf const& sign_of) const {
    return {(*this)(sign_of.variable)};
  }

  std::optional<ast::Name> operator()(boost::optional<x3_ast::Name> const& name) const {
    if (!name) return std::nullopt;
    return (*this)(*name);
  }

  ast::Term operator()(x3_ast::Term const& term) const {
    return boost::apply_visitor(
        [this](auto const& alternative) -> ast::Term { return (*this)(alternative); }, term.get());
  }

  ast::Operand operator()(x3_ast::Operand const& operand) const {
    return boost::apply_visitor(
        [this](auto const& alternative) -> ast::Operand { return (*this)(alternative); },
        operand.get());
  }

  ast::ChainOptions operator()(x3_ast::ChainOptions const& options) const {
    ast::ChainOptions converted;
    Number(options.depth, converted.depth, converted.depth_parameter);
    for (x3_ast::Name const& name : options.via) converted.via.push_back((*this)(name));
    converted.sign = ToStd(options.sign);
    Number(options.limit, converted.limit, converted.limit_parameter);
    for (x3_ast::EvidenceCondition const& condition : options.where) {
      ast::EvidenceCondition out;
      out.field = (*this)(condition.field);
      out.op = condition.test.op;
      for (x3_ast::Name const& value : condition.test.values) out.values.push_back((*this)(value));
      converted.where.push_back(std::move(out));
    }
    Number(options.min_belief, converted.min_belief, converted.min_belief_parameter);
    if (options.order_by_belief) {
      converted.order_by_belief = ast::BeliefOrder{options.order_by_belief->descending,
                                                   Offset(options.order_by_belief->where)};
    }
    return converted;
  }

  ast::Body operator()(x3_ast::Match const& match) const {
    ast::Match converted;
    converted.count = match.count;
    for (auto const& pattern : match.patterns) {
      std::optional<ast::Variable> evidence;
      if (pattern.evidence) evidence = (*this)(*pattern.evidence);
      converted.patterns.push_back({(*this)(pattern.subject), (*this)(pattern.relation),
                                    (*this)(pattern.object), std::move(evidence)});
    }
    for (auto const& comparison : match.where) {
      ast::Comparison out;
      out.left = (*this)(comparison.left);
      out.op = comparison.test.op;
      if (comparison.test.right) out.right = (*this)(*comparison.test.right);
      for (x3_ast::Name const& name : comparison.test.list) out.list.push_back((*this)(name));
      converted.where.push_back(std::move(out));
    }
    for (auto const& variable : match.returns) converted.returns.push_back((*this)(variable));
    for (auto const& key : match.order_by) {
      converted.order_by.push_back({(*this)(key.variable), key.descending});
    }
    Number(match.limit, converted.limit, converted.limit_parameter);
    return converted;
  }

  ast::Body operator()(x3_ast::Paths const& paths) const {
    return ast::Paths{(*this)(paths.from), (*this)(paths.to), (*this)(paths.options)};
  }

  ast::Body operator()(x3_ast::Shortest const& shortest) const {
    return ast::Shortest{(*this)(shortest.from), (*this)(shortest.to), (*this)(shortest.options)};
  }

  ast::Body operator()(x3_ast::Reach const& reach) const {
    return ast::Reach{reach.direction, (*this)(reach.node), (*this)(reach.options)};
  }

  ast::Body operator()(x3_ast::Loops const& loops) const {
    return ast::Loops{(*this)(loops.through), (*this)(loops.options), loops.form};
  }

  ast::Body operator()(x3_ast::Levers const& levers) const {
    return ast::Levers{(*this)(levers.target), (*this)(levers.options)};
  }

  ast::Body operator()(x3_ast::Blindspots const& blindspots) const {
    return ast::Blindspots{(*this)(blindspots.target), (*this)(blindspots.options)};
  }

  ast::Body operator()(x3_ast::Contradictions const& contradictions) const {
    return boost::apply_visitor([this](auto const& form) -> ast::Body { return (*this)(form); },
                                contradictions.get());
  }

  ast::Body operator()(x3_ast::ChainContradictions const& chains) const {
    ast::Contradictions converted;
    converted.chains = true;
    converted.from = (*this)(chains.from);
    converted.to = (*this)(chains.to);
    converted.options = (*this)(chains.options);
    return converted;
  }

  ast::Body operator()(x3_ast::ClaimContradictions const& claims) const {
    ast::Contradictions converted;
    converted.focus = (*this)(claims.focus);
    converted.options = (*this)(claims.options);
    return converted;
  }

  ast::Body operator()(x3_ast::Why const& why) const {
    return ast::Why{(*this)(why.first), (*this)(why.second), (*this)(why.third)};
  }

  ast::Body operator()(x3_ast::Add const& add) const {
    ast::Add converted;
    converted.subject = (*this)(add.subject);
    converted.relation = (*this)(add.relation);
    converted.object = (*this)(add.object);
    if (add.options.quote) {
      converted.quote_offset = Offset(add.options.quote->where);
      if (add.options.quote->parameter) {
        converted.quote_parameter = Parameter(add.options.quote->text, add.options.quote->where);
      } else {
        converted.quote = add.options.quote->text;
      }
    }
    if (add.options.source) {
      converted.source_offset = Offset(add.options.source->where);
      if (add.options.source->parameter) {
        converted.source_parameter = Parameter(add.options.source->text, add.options.source->where);
      } else {
        converted.source = add.options.source->text;
      }
    }
    Number(add.options.confidence, converted.confidence, converted.confidence_parameter);
    if (add.options.modality) {
      converted.modality_offset = Offset(add.options.modality->where);
      if (add.options.modality->parameter) {
        converted.modality_parameter =
            Parameter(add.options.modality->text, add.options.modality->where);
      } else {
        converted.modality = add.options.modality->text;
      }
    }
    return converted;
  }

  ast::Body operator()(x3_ast::Remove const& remove) const {
    return ast::Remove{(*this)(remove.subject), (*this)(remove.relation), (*this)(remove.object)};
  }

  ast::Body operator()(x3_ast::Load const& load) const {
    return ast::Load{load.path, (*this)(load.options.format)};
  }

  ast::Body operator()(x3_ast::Rename const& rename) const {
    return ast::Rename{(*this)(rename.node), (*this)(rename.new_name)};
  }

  ast::Body operator()(x3_ast::Merge const& merge) const {
    return ast::Merge{(*this)(merge.from), (*this)(merge.into)};
  }

  ast::Body operator()(x3_ast::RemoveNode const& remove) const {
    return ast::RemoveNode{(*this)(remove.node)};
  }

  ast::Statement operator()(x3_ast::Statement const& statement) const {
    ast::Statement converted;
    converted.mode = statement.mode;
    converted.body = boost::apply_visitor([this](auto const& body) { return (*this)(body); },
                                          statement.body.get());
    converted.output.format = statement.output.format;
    converted.output.file = ToStd(statement.output.file);
    std::sort(parameters_.begin(), parameters_.end(),
              [](ast::Parameter const& a, ast::Parameter const& b) { return a.offset < b.offset; });
    converted.parameters = std::move(parameters_);
    parameters_.clear();
    return converted;
  }

 private:
  char const* text_;
  mutable std::vector<ast::Parameter> parameters_;
};

}  // namespace

StatementParse ParseStatementAt(std::string_view text, std::size_t offset) {
  namespace x3 = boost::spirit::x3;
  char const* const begin = text.data();
  char const* first = begin + offset;
  char const* const last = begin + text.size();

  x3_parser::SyntaxFailure failure;
  x3_ast::Statement parsed;
  auto const parser = x3::with<x3_parser::failure_tag>(failure)[x3_parser::StatementRule()];
  bool ok = x3::phrase_parse(first, last, parser, x3_parser::BlankSkipper{}, parsed,
                             x3::skip_flag::dont_post_skip);

  StatementParse result;
  if (!ok) {
    // Every path through the statement rule that fails throws first, so the
    // handler has recorded where; the fallback only guards that invariant.
    result.error = failure.where
                       ? SyntaxError{static_cast<std::size_t>(failure.where - begin), failure.key}
                       : SyntaxError{offset, "statement"};
    return result;
  }
  Converter converter(begin);
  result.statement = converter(parsed);
  result.statement->offset = offset;
  result.statement->length = static_cast<std::size_t>(first - begin) - offset;
  result.end = static_cast<std::size_t>(first - begin);
  return result;
}

}  // namespace causalkg::grammar::detail
