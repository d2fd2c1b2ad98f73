#include "kb/ingest/source_rates.hpp"

#include "engine/model/belief.hpp"
#include "engine/storage/write_set.hpp"

namespace causalkg::kb {

std::optional<SourceRate> SourceRateNamed(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (lower == "systematic") return SourceRate::kSystematic;
  if (lower == "random") return SourceRate::kRandom;
  if (lower == "reliability") return SourceRate::kReliability;
  return std::nullopt;
}

Result<SourceRateChange> SetSourceRate(Store& store, std::string_view id, SourceRate rate,
                                       std::optional<double> value) {
  auto sources = store.Sources();
  if (!sources.ok()) return std::move(sources).TakeStatus();
  SourceRateChange change;
  change.new_source = true;
  nlohmann::json declaration = {{"id", std::string(id)}};
  for (const SourceInfo& source : *sources) {
    if (source.id != id) continue;
    change.new_source = false;
    change.errors = source.errors;
    auto parsed = nlohmann::json::parse(source.json, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_object()) declaration = std::move(parsed);
  }
  SourceErrors& errors = change.errors;
  switch (rate) {
    case SourceRate::kSystematic:
      errors.systematic = value;
      break;
    case SourceRate::kRandom:
      errors.random = value;
      if (value) errors.reliability.reset();
      break;
    case SourceRate::kReliability:
      errors.reliability = value;
      if (value) errors.random.reset();
      break;
  }
  if (std::string problem = ErrorRatesProblem(errors); !problem.empty()) {
    return Status::Usage("source '" + std::string(id) + "' " + problem,
                         "each rate lies between 0 and 1, a systematic and a random error add up "
                         "to at most 1, and a reliability stands for a random error")
        .WithCode(StatusCode::kInvalid);
  }
  PutSourceRates(errors, declaration);
  WriteSet write(store, ErrorKind::kUsage);
  CAUSALKG_RETURN_IF_ERROR(write.AddSource(
      {std::string(id), declaration.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
       errors}));
  // A declaration with no rate keeps the stored ones: setting the last rate
  // back to its default needs its own write of the rates.
  CAUSALKG_RETURN_IF_ERROR(write.SetSourceErrors(std::string(id), errors));
  auto committed = write.Commit();
  if (!committed.ok()) return std::move(committed).TakeStatus();
  return change;
}

}  // namespace causalkg::kb
