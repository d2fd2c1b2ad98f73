#include "cli/extract_command.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/staged_stdout.hpp"
#include "engine/common/visible_text.hpp"
#include "kb/extract/extractor.hpp"

namespace causalkg::cli {

namespace {

std::string Plural(std::uint64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "extract: 1 file, 2282 bytes, 14 sentences, 12 candidates (verb-final 5, chain 3, ...)"
std::string Summary(const kb::extract::ExtractStats& stats) {
  std::string out = "extract: " + Plural(stats.files, "file", "files") + ", " +
                    Plural(stats.bytes, "byte", "bytes") + ", " +
                    Plural(stats.sentences, "sentence", "sentences");
  if (!stats.by_language.empty()) {
    out += " (";
    bool first = true;
    for (const auto& [language, count] : stats.by_language) {
      out += (first ? "" : ", ") + language + " " + std::to_string(count);
      first = false;
    }
    out += ")";
  }
  out += ", " + Plural(stats.candidates, "candidate", "candidates");
  if (!stats.by_rule.empty()) {
    out += " (";
    bool first = true;
    for (const auto& [rule, count] : stats.by_rule) {
      out += (first ? "" : ", ") + rule + " " + std::to_string(count);
      first = false;
    }
    out += ")";
  }
  out += "\n";
  if (stats.questions > 0) {
    out += "note: " + Plural(stats.questions, "question", "questions") +
           " skipped: a question claims nothing\n";
  }
  for (const std::string& note : stats.notes) out += "note: " + Visible(note) + "\n";
  return out;
}

}  // namespace

int RunExtract(const GlobalOptions& global, const ExtractArguments& arguments) {
  kb::extract::ExtractOptions options;
  if (arguments.language == "nl" || arguments.language == "en") {
    options.language = kb::extract::LanguageFromCode(arguments.language);
  } else if (arguments.language != "auto") {
    PrintError(Status::Usage("unknown language '" + arguments.language + "'",
                             "use --lang nl, --lang en or --lang auto"));
    return 2;
  }
  options.source = arguments.source;
  options.lexicons = arguments.lexicons;
  if (!arguments.calibration.empty()) {
    auto confidences = kb::extract::ReadCalibration(arguments.calibration);
    if (!confidences.ok()) {
      PrintError(confidences.status());
      return 1;
    }
    options.rule_confidences = std::move(confidences).value();
  }

  // Read-only, as other readers: it works while another process writes.
  auto store = OpenDatabase(global, OpenMode::kReadOnly);
  if (!store.ok()) {
    PrintError(store.status());
    return 1;
  }
  auto extractor = kb::extract::Extractor::Create(options, store->get());
  if (!extractor.ok()) {
    PrintError(extractor.status());
    return extractor.status().kind() == ErrorKind::kUsage ? 2 : 1;
  }

  // Written whole or not at all, as an export is.
  const bool to_stdout = arguments.output.empty() || arguments.output == "-";
  StagedStdout staged;
  std::ofstream file;
  const std::string partial = arguments.output + ".partial";
  if (to_stdout) {
    if (!staged.ok()) {
      PrintError(Status::Usage("cannot create a temporary file for the candidates",
                               "give a file to write with -o FILE"));
      return 1;
    }
  } else {
    file.open(partial, std::ios::binary);
    if (!file) {
      PrintError(Status::Usage("cannot write " + arguments.output));
      return 1;
    }
  }
  std::ostream& out = to_stdout ? staged.stream() : file;
  kb::extract::ExtractStats stats;
  const auto emit = [&](const kb::extract::Candidate& candidate) {
    out << kb::extract::CandidateJson(candidate) << '\n';
    return out ? Status::Ok()
               : Status::Storage("writing the candidates failed (is the disk full?)");
  };
  Status s;
  for (const std::string& path : arguments.files) {
    s = (*extractor)->ExtractFile(path, emit, stats);
    if (!s.ok()) break;
  }
  if (s.ok()) {
    if (to_stdout) {
      if (!staged.Publish())
        s = Status::Storage("writing the candidates to standard output failed");
    } else {
      file.close();
      if (!file) {
        s = Status::Storage("writing " + arguments.output + " failed (is the disk full?)");
      } else if (std::rename(partial.c_str(), arguments.output.c_str()) != 0) {
        s = Status::Storage("cannot rename " + partial + " to " + arguments.output);
      }
    }
  }
  if (!to_stdout && !s.ok()) {
    file.close();
    std::remove(partial.c_str());
  }
  if (!s.ok()) {
    PrintError(s);
    std::cerr << "No candidates were written.\n";
    return s.kind() == ErrorKind::kUsage ? 2 : 1;
  }
  std::cerr << Summary(stats);
  return 0;
}

}  // namespace causalkg::cli
