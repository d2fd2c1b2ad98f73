// Helpers for the tests of the map importers (Kumu, LOOPY, Mental Modeler):
// their test files, a map's links as text, and a brute-force enumeration of
// a graph's loops that knows nothing of the importers or the engine.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/common/status.hpp"
#include "kb/ingest/formats/causal_map.hpp"

namespace causalkg::testing {

// The path and text of tests/data/import/RELATIVE.
std::string ImportDataPath(const std::string& relative);
std::string ImportData(const std::string& relative);

// "a -[increases +]-> b" for each link of `map`, by node id; the relation's
// sign is the link's.
std::multiset<std::string> LinkTexts(const kb::maps::CausalMap& map);

// The map of a parse that must succeed (REQUIREd).
kb::maps::CausalMap MustParse(const Result<kb::maps::CausalMap>& parsed);

// Whether one of `remarks` contains `part`.
bool HasRemark(const kb::maps::CausalMap& map, const std::string& part);

// An arrow of a map as a test reads it from the file: node names and a
// sign '+', '-' or '?'.
struct OracleEdge {
  std::string from, to;
  char sign;
};

// Every simple cycle of at most `max_length` steps over `edges`, each once:
// "R a -+-> b -+-> a" from its least node name, typed R or B by its signs'
// product, U when a step's sign is '?'. Edges repeated with the same
// sign are one edge, as the same claim is one.
std::multiset<std::string> BruteLoops(const std::vector<OracleEdge>& edges, std::size_t max_length);

// The loops of a LOOPS result in JSON, written as BruteLoops writes them,
// nodes by label.
std::multiset<std::string> EngineLoops(const nlohmann::json& result);

// How many of `loops` are of `type` ('R', 'B', 'U').
std::size_t CountType(const std::multiset<std::string>& loops, char type);

}  // namespace causalkg::testing
