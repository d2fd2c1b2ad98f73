// Checks shared by the extraction tests: every candidate's quote and phrases
// are the file's bytes at their offsets.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kb/extract/candidate.hpp"

namespace causalkg::testing {

// "cause | sign | effect (rule, negated)" for messages.
std::string Describe(const kb::extract::Candidate& candidate);
std::string Describe(const nlohmann::json& candidate);
std::string Describe(const std::vector<kb::extract::Candidate>& candidates);

// CHECKs that file[start, end) is the quote, file[cause_start, cause_end) the
// cause and file[effect_start, effect_end) the effect, each phrase inside the
// quote.
void CheckVerbatim(const std::string& file, const kb::extract::Candidate& candidate);
void CheckVerbatim(const std::string& file, const nlohmann::json& candidate);

// The candidates of a JSON Lines output; REQUIREs that each line parses.
std::vector<nlohmann::json> ParseCandidates(const std::string& jsonl);

// `text` with each run of white space made one space.
std::string OneSpace(const std::string& text);

}  // namespace causalkg::testing
