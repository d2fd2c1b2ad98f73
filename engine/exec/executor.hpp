// Executor: evaluates parsed statements against a store.
#pragma once

#include <atomic>
#include <functional>
#include <string>

#include "engine/common/status.hpp"
#include "engine/model/result.hpp"
#include "engine/storage/store.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

struct ExecutorOptions {
  // Set to true (e.g. by Ctrl-C) to stop a running query.
  const std::atomic<bool>* cancel = nullptr;
  // LOAD 'file'. Loading lives above the engine (kb/), so it is handed in.
  std::function<Result<WriteResult>(Store& store, const std::string& path)> load;
};

// Whether a statement changes the store (ADD, REMOVE, LOAD).
bool IsWrite(const ast::Statement& statement);

class Executor {
 public:
  // `store` must outlive the executor.
  Executor(Store& store, ExecutorOptions options) : store_(store), options_(std::move(options)) {}

  // Evaluates `statement`; errors are Name or Query errors that point into
  // the statement's text by offset, or Storage errors.
  Result<QueryResult> Execute(const ast::Statement& statement);

 private:
  Store& store_;
  ExecutorOptions options_;
};

}  // namespace causalkg
