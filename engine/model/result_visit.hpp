// The one way to act on a result by its type: VisitResult calls the
// visitor's overload for the type a ResultBody holds, and refuses to compile
// a visitor that lacks an overload for any result type, or that has a
// catch-all (`auto` or a template) that would take a result type added
// later without a word. So adding a result type stops the build at every
// place that must learn about it, instead of falling into an `else`.
//
//   VisitResult(result.body, Overloaded{
//       [](const MatchResult& r) { ... },
//       [](const PathsResult& r) { ... },
//       ...one lambda a result type...
//   });
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>
#include <variant>

#include "engine/model/result.hpp"

namespace causalkg {

// A visitor made of lambdas, one a type.
template <typename... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <typename... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

namespace result_visit {

// No result type: a visitor that accepts it accepts anything.
struct NotAResult {};

template <typename Visitor, typename Result>
constexpr bool Handles() {
  static_assert(std::is_invocable_v<Visitor, Result>,
                "VisitResult: the visitor has no overload for a result type; add one for the "
                "type named as `Result` in this instantiation");
  return std::is_invocable_v<Visitor, Result>;
}

template <typename Visitor, typename Body, std::size_t... I>
constexpr bool HandlesEach(std::index_sequence<I...>) {
  return (Handles<Visitor, decltype(std::get<I>(std::declval<Body>()))>() && ...);
}

}  // namespace result_visit

// Calls `visitor` with the result `body` holds (const or not) and returns
// what it returns; every overload must return the same type.
template <typename Body, typename Visitor>
decltype(auto) VisitResult(Body&& body, Visitor&& visitor) {
  static_assert(std::is_same_v<std::remove_cvref_t<Body>, ResultBody>,
                "VisitResult visits a ResultBody");
  static_assert(!std::is_invocable_v<Visitor, const result_visit::NotAResult&>,
                "VisitResult: the visitor has a catch-all overload (auto or a template); name "
                "each result type instead, so that a new one cannot pass unhandled");
  constexpr bool kHandlesEach = result_visit::HandlesEach<Visitor, Body>(
      std::make_index_sequence<std::variant_size_v<ResultBody>>());
  if constexpr (kHandlesEach) {
    return std::visit(std::forward<Visitor>(visitor), std::forward<Body>(body));
  }
}

}  // namespace causalkg
