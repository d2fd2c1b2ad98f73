#include "cli/load_with_progress.hpp"

#include "cli/progress_bar.hpp"
#include "engine/common/visible_text.hpp"

namespace causalkg::cli {

Result<kb::LoadSummary> LoadWithProgress(Store& store, const std::vector<std::string>& files,
                                         const std::string& format) {
  ProgressBar bar;
  kb::LoadOptions options;
  options.format = format;
  options.progress = [&bar](std::uint64_t done, std::uint64_t total) { bar.Update(done, total); };
  return kb::LoadFiles(store, files, options);
}

std::vector<std::string> LoadFormatNames() {
  std::vector<std::string> names;
  for (const kb::Format& format : kb::Formats().formats()) names.push_back(format.name);
  return names;
}

std::string LoadedReport(const kb::LoadSummary& summary) {
  std::string out = "Loaded " + kb::DescribeSummary(summary) + "\n";
  for (const std::string& note : summary.notes) out += "note: " + Visible(note) + "\n";
  for (const std::string& warning : summary.write.warnings)
    out += "warning: " + Visible(warning) + "\n";
  return out;
}

}  // namespace causalkg::cli
