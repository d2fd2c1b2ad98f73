// The equations of system-dynamics models (Vensim .mdl and XMILE), read for
// what a causal graph needs of them: which variables each one names, and the
// sign of the dependency where the equation's form makes it plain.
//
// This is the one piece the Vensim and XMILE readers share; each reads its
// own file format, and both hand their equations here. It parses an equation
// into a small tree and, given the sign of each variable's value, finds for
// every name in it the sign of the equation's derivative by that name:
// + where it can only rise with the name, - where it can only fall, ? where
// the form does not say (a lookup table, IF, MIN/MAX, a product with a factor
// of unknown sign). Initial values (INTEG's second argument, the initial
// value of a delay or smooth, INITIAL()) are not dependencies: they act once,
// at the start, and carry no feedback.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"

namespace causalkg::kb::sd {

enum class Dialect : std::uint8_t {
  kVensim,  // names may hold spaces; :AND:, :OR:, :NOT:; IF THEN ELSE(c, a, b)
  kXmile,   // names hold no spaces (else "quoted"); AND, OR, NOT, MOD; IF c THEN a ELSE b
};

// The sign of a value (kPositive: never below zero; kNegative: never above)
// or of a dependency (kNone: none at all).
enum class Sign : std::uint8_t { kNone, kPositive, kNegative, kUnknown };

// "+", "-", "?", or "" for kNone.
const char* SignText(Sign sign);

// The key under which a model knows a name: case folded, with runs of spaces
// and underscores (and XMILE's "\n" escapes) as one '_'. "Teacup
// Temperature", "teacup_temperature" and "Teacup  Temperature" are one
// variable in either tool.
std::string NameKey(std::string_view name);

// A name as a person reads it: whitespace runs (and "\n" escapes) as one
// space, underscores kept.
std::string DisplayName(std::string_view name);

struct ExprNode {
  enum class Kind : std::uint8_t {
    kNumber,  // value
    kName,    // key (a variable, or Time)
    kCall,    // key (the function's or lookup table's), args
    kUnary,   // op '+' or '-', args[0]
    kBinary,  // op '+', '-', '*', '/', '^', or 'c' for a comparison, logic or MOD
    kNot,     // args[0]
    kIf,      // XMILE's IF args[0] THEN args[1] ELSE args[2]
    kList,    // a constant array (Vensim 1, 2; 3, 4) or a lookup's points
    kOpaque,  // a string, :NA:, a lookup's range: nothing to depend on
  };
  Kind kind = Kind::kOpaque;
  char op = 0;
  double value = 0;
  std::string key;
  std::vector<std::size_t> args;  // into Equation::nodes
  std::size_t offset = 0;         // in the equation's text
};

struct Equation {
  std::vector<ExprNode> nodes;
  std::size_t root = 0;
  const ExprNode& Root() const { return nodes[root]; }
};

// Parses `text`. An error is a Parse status with the byte offset in `text`.
Result<Equation> ParseEquation(std::string_view text, Dialect dialect);

// The role of a function's argument for the signs.
enum class ArgRole : std::uint8_t {
  kPasses,   // the function rises with it (EXP, SQRT, SUM, a stock's rate)
  kDelayed,  // the output follows it after a delay (SMOOTH, DELAY1, ...)
  kInitial,  // an initial value: not a dependency
  kUnknown,  // a dependency of unstated sign (a delay time, IF, MIN, ...)
};

// A built-in function the signs know something of; nullptr for any other
// (IF THEN ELSE, MIN, MAX, ABS, STEP, ... and lookup tables), whose every
// argument is a dependency of unknown sign.
struct FunctionSigns {
  std::string_view key;
  std::vector<ArgRole> roles;  // by position; later arguments kUnknown
  enum class Value : std::uint8_t { kUnknown, kPositive, kOfFirst, kQuotient } value;
  bool reads_table = false;  // its first argument is a lookup table (LOOKUP, WITH LOOKUP)
};
const FunctionSigns* FindFunction(std::string_view key);

// One name met in an equation, with the sign of the dependency on it.
struct Dependency {
  std::string key;
  Sign sign = Sign::kNone;
  bool delayed = false;        // through a delay or smooth
  bool through_table = false;  // as a lookup table, or the input of one
  // The delay or smooth it passes through ("smooth3", its function's key),
  // the outermost when several; empty when not delayed.
  std::string_view delay;
};

// What an equation depends on, given the sign of each variable's value
// (`value_sign(key)`) and whether a name called as a function is one of the
// model's lookup tables (`is_table(key)`). Each name once, in the order of
// first mention; `initial_only` gets the names met only in initial values.
struct Dependencies {
  std::vector<Dependency> names;
  std::vector<std::string> initial_only;
};
Dependencies FindDependencies(const Equation& equation,
                              const std::function<Sign(const std::string&)>& value_sign,
                              const std::function<bool(const std::string&)>& is_table);

// The sign of the equation's value under the same knowledge.
Sign ValueSign(const Equation& equation, const std::function<Sign(const std::string&)>& value_sign,
               const std::function<bool(const std::string&)>& is_table);

}  // namespace causalkg::kb::sd
