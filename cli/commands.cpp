#include "cli/commands.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/database.hpp"
#include "cli/load_with_progress.hpp"
#include "cli/render/json_output.hpp"
#include "cli/staged_stdout.hpp"
#include "cli/store_listings.hpp"
#include "engine/common/visible_text.hpp"
#include "kb/export/export.hpp"
#include "kb/ingest/load.hpp"

namespace causalkg::cli {

void PrintError(const Status& status) {
  std::cerr << Visible(status.ToString()) << '\n';
  if (!status.hint().empty()) std::cerr << "hint: " << Visible(status.hint()) << '\n';
}

int RunLoad(const GlobalOptions& global, const std::vector<std::string>& files,
            const std::string& format) {
  // A format no reader has is bad usage: refused before a database is
  // opened, or made and seeded.
  if (!format.empty()) {
    if (auto named = kb::Formats().Choose({}, {}, format); !named.ok()) {
      PrintError(named.status());
      return 2;
    }
  }
  auto store = OpenDatabase(global, OpenMode::kReadWrite);
  if (!store.ok()) {
    PrintError(store.status());
    return 1;
  }
  auto loaded = LoadWithProgress(**store, files, format);
  if (!loaded.ok()) {
    PrintError(loaded.status());
    std::cerr << "Nothing was loaded; the database is as it was.\n";
    return 1;
  }
  std::cout << LoadedReport(*loaded);
  return 0;
}

namespace {

// ".json, .jsonl, .nt, .kumu.json or .csv": the extensions export writes.
std::string ExportExtensions() {
  std::string out;
  const auto& writers = kb::ExportWriters();
  for (std::size_t i = 0; i < writers.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == writers.size() ? " or " : ", ") + writers[i].extension;
  }
  return out;
}

}  // namespace

int RunExport(const GlobalOptions& global, const std::string& format, const std::string& output) {
  // Named, else the format of the file to write, else (standard output, a
  // file without an extension) a JSON document.
  const kb::ExportWriter* writer = kb::FindExportWriter(format.empty() ? "json" : format);
  if (format.empty() && output != "-") {
    const std::string extension = std::filesystem::path(output).extension().string();
    if (const kb::ExportWriter* by_extension = kb::ExportWriterForFile(output)) {
      writer = by_extension;
    } else if (!extension.empty()) {
      // A name that says another format would hold what it does not say.
      PrintError(Status::Usage("cannot export to a file ending in " + Visible(extension),
                               "name a file ending in one of " + ExportExtensions() +
                                   ", or give --format " + kb::DescribeExportFormats()));
      return 2;
    }
  }
  if (writer == nullptr) {
    PrintError(Status::Usage("unknown export format '" + format + "'",
                             "use " + kb::DescribeExportFormats()));
    return 2;
  }
  const kb::ExportFormat parsed = writer->format;
  auto store = OpenDatabase(global, OpenMode::kReadOnly);
  if (!store.ok()) {
    PrintError(store.status());
    return 1;
  }
  Status s;
  std::uint64_t not_utf8 = 0;
  if (output.empty() || output == "-") {
    StagedStdout staged;
    if (!staged.ok()) {
      PrintError(Status::Usage("cannot create a temporary file for the export",
                               "give a file to write with -o FILE"));
      return 1;
    }
    s = kb::Export(**store, parsed, staged.stream(), &not_utf8);
    if (s.ok() && !staged.Publish()) {
      s = Status::Storage("writing the export failed (is the disk full?)",
                          "give a file to write with -o FILE");
    }
  } else {
    // Written next to the target and renamed, so that a failed export never
    // leaves half a file under the name asked for.
    const std::string partial = output + ".partial";
    std::ofstream out(partial, std::ios::binary);
    if (!out) {
      PrintError(Status::Usage("cannot write " + output));
      return 1;
    }
    s = kb::Export(**store, parsed, out, &not_utf8);
    out.close();
    if (s.ok() && std::rename(partial.c_str(), output.c_str()) != 0) {
      s = Status::Storage("cannot rename " + partial + " to " + output);
    }
    if (!s.ok()) std::remove(partial.c_str());
  }
  if (!s.ok()) {
    PrintError(s);
    return 1;
  }
  if (not_utf8 > 0) {
    std::cerr << "warning: " << not_utf8 << (not_utf8 == 1 ? " record holds" : " records hold")
              << " text that is not valid UTF-8, exported with U+FFFD in place of the bad bytes\n";
  }
  return 0;
}

std::string DescribeStore(const Store& store) {
  const StoreCounts& c = store.counts();
  std::string out = "database   " + Visible(store.path()) + "\n" + "nodes      " +
                    std::to_string(c.nodes) + "\n" + "relations  " + std::to_string(c.relations) +
                    "\n" + "edges      " + std::to_string(c.edges) + "\n" + "evidence   " +
                    std::to_string(c.evidence) + "\n" + "sources    " + std::to_string(c.sources) +
                    "\n";
  auto sources = store.Sources();
  if (sources.ok()) {
    for (const SourceInfo& s : *sources) {
      auto json = nlohmann::json::parse(s.json, nullptr, false);
      std::string title = json.is_object() && json.contains("title") && json["title"].is_string()
                              ? json["title"].get<std::string>()
                              : std::string();
      out += "  " + Visible(s.id) + (title.empty() ? "" : "  " + Visible(title)) + "\n";
    }
  }
  return out;
}

int RunStats(const GlobalOptions& global, const std::string& format) {
  const auto named = OutputFormatNamed(format);
  if (!named) {
    PrintError(Status::Usage("unknown format '" + format + "'", "use " + DescribeOutputFormats()));
    return 2;
  }
  auto store = OpenDatabase(global, OpenMode::kReadOnly);
  if (!store.ok()) {
    PrintError(store.status());
    return 1;
  }
  std::cout << ListingText(StatsListing(**store), *named, 0);
  return 0;
}

}  // namespace causalkg::cli
