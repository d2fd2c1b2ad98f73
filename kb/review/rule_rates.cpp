#include "kb/review/rule_rates.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

namespace causalkg::kb {

using nlohmann::json;

namespace {

// Rates as a file keeps them: to the thousandth.
double Rounded(double value) { return std::round(value * 1000) / 1000; }

}  // namespace

double RuleRate::AcceptRate() const {
  return reviewed() == 0 ? 0 : static_cast<double>(accepted + edited) / reviewed();
}

double RuleRate::Calibrated() const {
  return static_cast<double>(accepted + 1) / static_cast<double>(reviewed() + 2);
}

std::vector<RuleRate> RatesByRule(std::span<const Candidate> candidates,
                                  std::span<const CandidateState> states) {
  std::map<std::string, RuleRate> by_rule;
  for (std::size_t i = 0; i < candidates.size() && i < states.size(); ++i) {
    const std::string rule = candidates[i].rule.empty() ? "(none)" : candidates[i].rule;
    RuleRate& rate = by_rule[rule];
    rate.rule = rule;
    ++rate.candidates;
    const CandidateState& state = states[i];
    if (state.verdict == Verdict::kAccepted) {
      ++(state.edited() ? rate.edited : rate.accepted);
    } else if (state.verdict == Verdict::kRejected) {
      // A link the text denies, rightly found so, is no fault of the rule.
      if (state.reason != Reason::kNegated) ++rate.rejected;
      ++rate.reasons[state.reason];
    }
  }
  std::vector<RuleRate> rates;
  for (auto& [rule, rate] : by_rule) rates.push_back(std::move(rate));
  return rates;
}

json RatesJson(std::span<const RuleRate> rates) {
  json rules = json::object();
  for (const RuleRate& rate : rates) {
    json reasons = json::object();
    for (const auto& [reason, count] : rate.reasons) reasons[ReasonName(reason)] = count;
    rules[rate.rule] = {{"candidates", rate.candidates},
                        {"reviewed", rate.reviewed()},
                        {"accepted", rate.accepted},
                        {"edited", rate.edited},
                        {"rejected", rate.rejected},
                        {"accept_rate", Rounded(rate.AcceptRate())},
                        {"confidence", Rounded(rate.Calibrated())},
                        {"reasons", reasons}};
  }
  return rules;
}

Status WriteCalibration(const std::string& path, const std::string& candidates_path,
                        std::span<const RuleRate> rates) {
  const json calibration = {{"format", "causalkg-calibration/1"},
                            {"candidates", candidates_path},
                            {"rules", RatesJson(rates)}};
  const std::string partial = path + ".partial";
  auto failed = [&] {
    std::remove(partial.c_str());
    return Status::Storage("cannot write " + path, "is the disk full, or the folder not writable?");
  };
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) return failed();
    out << calibration.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    out.close();
    if (!out) return failed();
  }
  if (std::rename(partial.c_str(), path.c_str()) != 0) return failed();
  return Status::Ok();
}

}  // namespace causalkg::kb
