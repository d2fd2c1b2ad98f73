// Loading claims files from the command line, the shell and LOAD, with a
// progress bar on a terminal.
#pragma once

#include <string>
#include <vector>

#include "engine/storage/store.hpp"
#include "kb/ingest/load.hpp"

namespace causalkg::cli {

// kb::LoadFiles, drawing a progress bar on stderr when it is a terminal.
Result<kb::LoadSummary> LoadWithProgress(Store& store, const std::vector<std::string>& files);

// "Loaded 3 claims: ..." and a "warning: ..." line for each warning.
std::string LoadedReport(const kb::LoadSummary& summary);

}  // namespace causalkg::cli
