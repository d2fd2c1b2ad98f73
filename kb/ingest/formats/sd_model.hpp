// A system-dynamics model as its readers (vensim.cpp, xmile.cpp) give it, and
// the causal graph made of it: a node per variable, a link x -> y for each x
// that y's equation names (a stock's from its inflows and outflows), signed
// where the equation makes the sign plain (sd_equation.hpp) or the diagram
// marks it, and a list of what was kept and what was dropped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/common/status.hpp"
#include "kb/ingest/formats/sd_equation.hpp"

namespace causalkg::kb::sd {

enum class NodeKind : std::uint8_t { kStock, kFlow, kAuxiliary, kConstant, kLookup, kData };

// "stock", "flow", "auxiliary", "constant", "lookup", "data": as stored (`x is_a stock`).
const char* NodeKindName(NodeKind kind);

// One equation of a variable; a subscripted variable may have several.
struct Definition {
  std::string text;  // "y = a * x", as the file writes it: the evidence's quote
  Equation equation;
  std::size_t line = 0;
};

struct Variable {
  std::string key;   // NameKey of its name
  std::string name;  // DisplayName of its name as first defined
  // As the file says: kStock, kFlow, kAuxiliary (a constant when its
  // equation names nothing), kLookup or kData.
  NodeKind kind = NodeKind::kAuxiliary;
  std::vector<Definition> definitions;  // an XMILE stock's are its initial values
  // An XMILE stock's flows, with the text quoted for each.
  struct Flow {
    std::string key, quote;
    std::size_t line = 0;
  };
  std::vector<Flow> inflows, outflows;
  bool subscripted = false;
  bool through_table = false;  // an XMILE variable with a graphical function (<gf>)
  std::size_t line = 0;
};

// A sign the diagram marks on an arrow: Vensim's arrow polarity, XMILE's
// connector polarity.
struct SignMark {
  std::string from, to;  // keys
  Sign sign = Sign::kUnknown;
  std::size_t line = 0;
};

struct Model {
  Dialect dialect = Dialect::kVensim;
  std::vector<Variable> variables;  // in the file's order
  std::vector<SignMark> marks;
  // Names an equation may use that are no variables (subscript ranges and
  // their elements): dropped without a word.
  std::vector<std::string> other_names;
  // What the reader itself kept and dropped, in words.
  std::vector<std::string> remarks;
};

struct Node {
  std::string key, name;
  NodeKind kind = NodeKind::kAuxiliary;
  bool subscripted = false;
  std::size_t line = 0;  // where the variable is first defined
};

struct Link {
  std::string from, to;  // keys
  Sign sign = Sign::kUnknown;
  bool delayed = false;        // through a delay or smooth
  bool through_table = false;  // from a lookup table, or into one's input
  bool marked = false;         // its sign is the diagram's mark
  std::string quote;           // the equation (or <inflow>) it comes from
  std::size_t line = 0;
  std::string delay;  // the delay or smooth it goes through ("SMOOTH3"); empty for none
};

struct Import {
  std::vector<Node> nodes;  // in the file's order
  std::vector<Link> links;  // by target in the file's order, then by mention
  std::vector<std::string> remarks;
};

// The graph of `model`, or an error naming `file` and the line: a variable
// defined twice, or an equation that names a variable the model lacks.
Result<Import> BuildImport(Model model, const std::string& file);

// Whether `key` is one of the simulation's settings rather than a variable
// (Time, TIME STEP, DT, INITIAL TIME, STARTTIME, ...): never a node.
bool IsSimulationSetting(const std::string& key);

}  // namespace causalkg::kb::sd
