// A text parsed once and run many times: its statements keep their
// parameter slots (`$x`), which each run fills from its own values
// (Executor::Execute with ParameterValues). Parsed statements depend on the
// text alone, never on a store, so one prepared text runs against any store
// and stays right after any write.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/binder/parameters.hpp"
#include "engine/common/status.hpp"
#include "engine/exec/binding_reuse.hpp"
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
  // What statement `i` keeps between its runs (Executor::Execute with a
  // BindingReuse).
  BindingReuse& ReuseOf(std::size_t i) const { return *reuse_[i]; }

 private:
  std::string text_;
  std::vector<ast::Statement> statements_;
  std::vector<std::unique_ptr<BindingReuse>> reuse_;  // one a statement
};

}  // namespace causalkg
