// Parameters (`$x`): a statement is parsed once with a slot where a value
// goes, and runs many times with different values put in. Values are put in
// before the binder sees the statement, so that every check the binder makes
// of a literal (an unknown name, a relation without polarity) it makes of a
// parameter's value alike; and every slot is checked before anything runs.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "engine/common/status.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

// Values by parameter name (without `$`), as text: a name or a quote takes
// the text as it is, a number (DEPTH, LIMIT, CONFIDENCE) is read from it.
using ParameterValues = std::map<std::string, std::string, std::less<>>;

// The parameters `statement` uses, in order of appearance, each name once
// (the parser lists them).
std::vector<ast::Parameter> ParametersOf(const ast::Statement& statement);

// One place a parameter stands in a statement: a name (a term, or a value
// a condition on evidence compares with), or a slot whose value is read as
// a number or a text (DEPTH, LIMIT, a quote, ...).
struct ParameterUse {
  std::string name;
  std::size_t offset = 0;
  bool as_name = false;
};

// Every place a parameter stands in `statement`, each use once.
std::vector<ParameterUse> ParameterUses(const ast::Statement& statement);

// Whether `statement` has a parameter at all.
bool HasParameters(const ast::Statement& statement);

// `statement` with every parameter replaced by its value. Errors, at the
// parameter: a Query error kNotFound for one with no value in `values`, and
// kInvalid for a value that is not a number where one goes, or out of range.
Result<ast::Statement> BindParameters(const ast::Statement& statement,
                                      const ParameterValues& values);

// The error for parameter `name` at `offset` that has no value.
Status UnboundParameter(const std::string& name, std::size_t offset);

}  // namespace causalkg
