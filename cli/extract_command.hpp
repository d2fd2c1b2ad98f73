// `causalkg extract FILE...`: candidate claims read from text, one JSON
// object a line, linked to the nodes of the database.
#pragma once

#include <string>
#include <vector>

#include "cli/database.hpp"

namespace causalkg::cli {

struct ExtractArguments {
  std::vector<std::string> files;
  std::string language = "auto";  // nl, en or auto
  std::string source;             // empty: each file's name
  std::string output;             // empty or -: standard output
  std::vector<std::string> lexicons;
  std::string calibration;  // empty: the rules' own confidences
};

// Returns the exit code: 0, 1 (a file could not be read), 2 (bad usage).
int RunExtract(const GlobalOptions& global, const ExtractArguments& arguments);

}  // namespace causalkg::cli
