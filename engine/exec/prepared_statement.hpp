// A text parsed once and run many times: its statements keep their
// parameter slots (`$x`), which each run fills from its own values
// (Executor::Execute with ParameterValues). Parsed statements depend on the
// text alone, never on a store, so one prepared text runs against any store
// and stays right after any write.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/binder/parameters.hpp"
#include "engine/common/status.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

class PreparedStatement {
 public:
  // Parses `text` in full. A syntax error is a Parse error at its offset,
  // worded as the binary words it.
  static Result<PreparedStatement> Prepare(std::string_view text);

  const std::string& text() const { return text_; }
  const std::vector<ast::Statement>& statements() const { return statements_; }
  // The parameters of all its statements, in order of appearance, each once.
  std::vector<std::string> ParameterNames() const;

 private:
  std::string text_;
  std::vector<ast::Statement> statements_;
};

}  // namespace causalkg
