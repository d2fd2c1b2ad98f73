#include "engine/binder/binder.hpp"

#include <utility>

#include "engine/binder/bind_context.hpp"
#include "engine/binder/parameters.hpp"

namespace causalkg {

namespace {

template <typename T>
struct ValueOf;
template <typename T>
struct ValueOf<Result<T>> {
  using type = T;
};

// The bound type of an AST node: what its binder returns.
template <typename Node>
using BoundOf = typename ValueOf<decltype(Bind(std::declval<const Node&>(),
                                               std::declval<const BindContext&>()))>::type;

}  // namespace

bool Writes(const ast::Statement& statement) {
  if (statement.mode == ast::Mode::kExplain) return false;
  return std::visit([](const auto& node) { return BoundOf<std::decay_t<decltype(node)>>::kWrites; },
                    statement.body);
}

Result<BoundStatement> Binder::Bind(const ast::Statement& statement) const {
  // A statement whose parameters have no values yet binds nothing.
  if (HasParameters(statement)) {
    const ast::Parameter& first = statement.parameters.front();
    return UnboundParameter(first.name, first.offset);
  }
  BoundStatement bound;
  bound.mode = statement.mode;
  bound.writes = Writes(statement);
  bound.offset = statement.offset;
  if (bound.writes && store_.read_only()) {
    return ReadOnlyError(store_.path()).AtOffset(statement.offset);
  }
  const BindContext context(store_, load_formats_);
  // Each statement's own binder, by overload (bound_statement.hpp): a
  // statement without one does not compile.
  auto body = std::visit(
      [&](const auto& node) -> Result<BoundBody> {
        auto bound_body = causalkg::Bind(node, context);
        if (!bound_body.ok()) return std::move(bound_body).TakeStatus();
        return BoundBody(std::move(bound_body).value());
      },
      statement.body);
  if (!body.ok()) return std::move(body).TakeStatus();
  bound.body = std::move(body).value();
  return bound;
}

}  // namespace causalkg
