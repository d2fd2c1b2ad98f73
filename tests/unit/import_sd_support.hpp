// What the tests of the system-dynamics importers share: the models in
// tests/data/import, their links as text, an enumeration of their feedback
// loops written apart from the engine's, and the engine's own LOOPS.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "kb/ingest/formats/sd_model.hpp"

namespace causalkg::testing {

// tests/data/import/`path`, as text.
std::string ModelText(const std::string& path);

// The model at tests/data/import/`path`, read by the reader its extension
// names (.mdl: Vensim, else XMILE); REQUIREs success.
kb::sd::Import MustImport(const std::string& path);

// "from -+-> to" for every link.
std::set<std::string> LinkTexts(const kb::sd::Import& import);

// "key kind" for every node.
std::set<std::string> NodeTexts(const kb::sd::Import& import);

// Each simple cycle as "a > b > c: R" (starting at its least key, in the
// links' direction; R, B, or U for one with a step of unknown sign), of at
// most `max_length` steps, over the links `follow` accepts.
std::multiset<std::string> EnumerateLoops(const kb::sd::Import& import, std::size_t max_length,
                                          bool with_unknown);

// The loops of LOOPS's answer in JSON (`--format json`), in the same form.
std::multiset<std::string> LoopsInAnswer(const std::string& json_text);

// The loops a store loaded with the import finds through LOOPS, in the same
// form; `with_unknown` is set to whether the store follows the import's
// links of unknown sign.
std::multiset<std::string> EngineLoops(const kb::sd::Import& import, int depth, bool& with_unknown);

}  // namespace causalkg::testing
