// A source's error rates (engine/model/belief.hpp) in its JSON declaration,
// and set one at a time from the shell (.sources SET id reliability 0.8).
//
// A declaration names them "systematic_error", "random_error" and
// "reliability"; the store keeps them apart from the declaration's text
// (engine/storage/codec.hpp), and that record is the one that counts.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "engine/common/status.hpp"
#include "engine/model/model.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::kb {

inline constexpr const char* kSystematicErrorKey = "systematic_error";
inline constexpr const char* kRandomErrorKey = "random_error";
inline constexpr const char* kReliabilityKey = "reliability";

// `declaration` with the rates of `errors`, and without those it does not
// declare.
inline void PutSourceRates(const SourceErrors& errors, nlohmann::json& declaration) {
  const std::pair<const char*, const std::optional<double>*> rates[] = {
      {kSystematicErrorKey, &errors.systematic},
      {kRandomErrorKey, &errors.random},
      {kReliabilityKey, &errors.reliability}};
  for (const auto& [key, rate] : rates) {
    if (*rate) {
      declaration[key] = **rate;
    } else {
      declaration.erase(key);
    }
  }
}

enum class SourceRate { kSystematic, kRandom, kReliability };

// "systematic", "random" or "reliability" (as .sources SET names them, in
// any case); nullopt for any other word.
std::optional<SourceRate> SourceRateNamed(std::string_view word);

struct SourceRateChange {
  SourceErrors errors;      // what the source now declares
  bool new_source = false;  // it was not declared, and now is, by its id alone
};

// Sets one rate of source `id`, or with nullopt sets it back to the default
// of each piece's origin, in one write. A reliability and a random error
// stand for each other: setting one drops the other. A source not declared
// yet is declared with its id alone. Refused, writing nothing, when the
// rates would not add up (a Usage error: ErrorRatesProblem).
Result<SourceRateChange> SetSourceRate(Store& store, std::string_view id, SourceRate rate,
                                       std::optional<double> value);

}  // namespace causalkg::kb
