#include "engine/exec/prepared_statement.hpp"

#include <algorithm>

#include "grammar/missing_semicolon.hpp"
#include "grammar/parse.hpp"

namespace causalkg {

Result<PreparedStatement> PreparedStatement::Prepare(std::string_view text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  if (parsed.error) {
    const grammar::Diagnostic& d = *parsed.error;
    std::string hint = d.hint;
    // Lines copied from the shell lack the `;` that ends each statement of
    // a longer text.
    if (const auto line = grammar::CompleteStatementBeforeError(text, parsed)) {
      hint = "end each statement with ';' (the statement on line " + std::to_string(*line) +
             " is complete)";
    }
    return Status::Parse(d.message, std::move(hint)).AtOffset(d.offset);
  }
  PreparedStatement prepared;
  prepared.text_ = std::string(text);
  prepared.statements_ = std::move(parsed.statements);
  for (std::size_t i = 0; i < prepared.statements_.size(); ++i)
    prepared.reuse_.push_back(std::make_unique<BindingReuse>());
  return prepared;
}

std::vector<std::string> PreparedStatement::ParameterNames() const {
  std::vector<std::string> names;
  for (const ast::Statement& statement : statements_) {
    for (const ast::Parameter& parameter : statement.parameters) {
      if (std::find(names.begin(), names.end(), parameter.name) == names.end()) {
        names.push_back(parameter.name);
      }
    }
  }
  return names;
}

}  // namespace causalkg
