// The binder: a parsed statement to its bound form (bound_statement.hpp).
// Every error a statement can have without running is found here, before
// anything runs: unknown and ambiguous names, VIA relations without
// polarity, MATCH variables no pattern binds, texts the store would refuse,
// a write to a database open read-only.
#pragma once

#include <span>
#include <string>

#include "engine/binder/bound_statement.hpp"
#include "engine/storage/store.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

// Whether running `statement` changes the store: ADD, REMOVE and LOAD, run
// or profiled. EXPLAIN runs nothing, so an explained write reads.
bool Writes(const ast::Statement& statement);

class Binder {
 public:
  // `store` and `load_formats` must outlive the binder. `load_formats`: the
  // names of the formats LOAD ... FORMAT may name; reading files is kb/'s,
  // above the engine, so they are given.
  explicit Binder(const Store& store, std::span<const std::string> load_formats = {})
      : store_(store), load_formats_(load_formats) {}

  // Name errors and Query errors point into the statement's text by offset.
  Result<BoundStatement> Bind(const ast::Statement& statement) const;

 private:
  const Store& store_;
  std::span<const std::string> load_formats_;
};

}  // namespace causalkg
