#include "kb/extract/calibration.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace causalkg::kb::extract {

namespace {

constexpr const char* kCalibrationFormat = "causalkg-calibration/1";

Status NotCalibration(const std::string& path, const std::string& why) {
  return Status::Load(path + ": " + why,
                      "give the file `causalkg review --calibrate` writes "
                      "(candidates.calibration.json)");
}

}  // namespace

Result<RuleConfidences> ReadCalibration(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Load("cannot read " + path, "is the path right?");
  std::ostringstream text;
  text << in.rdbuf();
  const nlohmann::json doc = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return NotCalibration(path, "not a JSON document");
  if (!doc.is_object() || doc.value("format", nlohmann::json()) != kCalibrationFormat) {
    return NotCalibration(path, std::string("no \"format\": \"") + kCalibrationFormat + "\"");
  }
  const auto rules = doc.find("rules");
  if (rules == doc.end() || !rules->is_object()) {
    return NotCalibration(path, "no \"rules\" object");
  }
  RuleConfidences confidences;
  for (const auto& [rule, rates] : rules->items()) {
    const auto confidence = rates.is_object() ? rates.find("confidence") : rates.end();
    if (!rates.is_object() || confidence == rates.end() || !confidence->is_number() ||
        *confidence < 0.0 || *confidence > 1.0) {
      return NotCalibration(path, "rule '" + rule + "' has no confidence between 0 and 1");
    }
    confidences.emplace(rule, confidence->get<double>());
  }
  return confidences;
}

}  // namespace causalkg::kb::extract
