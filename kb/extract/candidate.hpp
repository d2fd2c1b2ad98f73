// A candidate claim as `causalkg extract` writes it: one JSON object a line
// (the fields: kb/extract/README.md).
#pragma once

#include <cstdint>
#include <string>

#include "kb/extract/language.hpp"

namespace causalkg::kb::extract {

struct Candidate {
  std::string file;
  std::string cause;   // as written: file[cause_start, cause_end)
  std::string effect;  // as written: file[effect_start, effect_end)
  int sign = 1;        // +1, -1, 0 (?)
  std::string quote;   // the sentence: file[start, end)
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t cause_start = 0;
  std::uint32_t cause_end = 0;
  std::uint32_t effect_start = 0;
  std::uint32_t effect_end = 0;
  std::string modality;  // "can" when hedged, else "is"
  double confidence = 0;
  std::string rule;
  bool negated = false;
  Language language = Language::kEnglish;
  std::string subject;
  std::string relation;
  std::string object;
  bool subject_linked = false;
  bool object_linked = false;
  std::string subject_match;  // name, contains, head or proposed (node_linker.hpp)
  std::string object_match;
  std::string source;
};

// The candidate as one line of JSON, without the line break.
std::string CandidateJson(const Candidate& candidate);

}  // namespace causalkg::kb::extract
