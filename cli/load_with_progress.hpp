// Loading claims files from the command line, the shell and LOAD, with a
// progress bar on a terminal.
#pragma once

#include <string>
#include <vector>

#include "engine/storage/store.hpp"
#include "kb/ingest/load.hpp"

namespace causalkg::cli {

// kb::LoadFiles, drawing a progress bar on stderr when it is a terminal.
// `format` names the files' format; empty to choose each file's by its
// extension, else by its first bytes.
Result<kb::LoadSummary> LoadWithProgress(Store& store, const std::vector<std::string>& files,
                                         const std::string& format = {});

// The names of the formats causalkg reads, as --format and FORMAT name them.
std::vector<std::string> LoadFormatNames();

// "Loaded 3 claims: ...", a "note: ..." line for each of the readers' notes,
// and a "warning: ..." line for each warning.
std::string LoadedReport(const kb::LoadSummary& summary);

}  // namespace causalkg::cli
