#include "kb/extract/candidate.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

namespace causalkg::kb::extract {

std::string CandidateJson(const Candidate& c) {
  nlohmann::ordered_json j;
  j["subject"] = c.subject;
  j["relation"] = c.relation;
  j["object"] = c.object;
  j["cause"] = c.cause;
  j["effect"] = c.effect;
  j["sign"] = c.sign > 0 ? "+" : c.sign < 0 ? "-" : "?";
  j["negated"] = c.negated;
  j["modality"] = c.modality;
  j["confidence"] = std::round(c.confidence * 100.0) / 100.0;
  j["rule"] = c.rule;
  j["lang"] = std::string(LanguageCode(c.language));
  j["quote"] = c.quote;
  j["start"] = c.start;
  j["end"] = c.end;
  j["cause_start"] = c.cause_start;
  j["cause_end"] = c.cause_end;
  j["effect_start"] = c.effect_start;
  j["effect_end"] = c.effect_end;
  j["subject_linked"] = c.subject_linked;
  j["object_linked"] = c.object_linked;
  j["subject_match"] = c.subject_match;
  j["object_match"] = c.object_match;
  j["source"] = c.source;
  j["file"] = c.file;
  j["origin"] = "extracted";
  if (c.negated) j["stance"] = "refutes";
  // The text is checked UTF-8; replacing would only hide a fault of ours.
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace causalkg::kb::extract
