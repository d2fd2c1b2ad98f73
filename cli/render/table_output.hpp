// Results as text for a person: aligned tables, chains drawn with their
// signs, labels in the chosen language, and a closing line that says how
// many rows there are and whether the answer was cut at its LIMIT.
#pragma once

#include <string>

#include "engine/model/result.hpp"

namespace causalkg::cli {

struct TextStyle {
  std::string language = "en";  // labels shown: "en", "nl", or "id" for ids
  std::size_t width = 0;        // the terminal's width; 0 (not a terminal) never cuts
  bool colour = false;          // ANSI colour for signs
  // How the reader, where they are, gives net signs a larger step budget
  // (a command's option, a shell's setting), named after an answer whose
  // signs ran out of it; empty names no way.
  std::string raise_sign_budget = {};
};

std::string ResultAsText(const QueryResult& result, const TextStyle& style);

}  // namespace causalkg::cli
