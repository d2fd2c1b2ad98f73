// Writing a store back out: as a JSON document or JSON Lines (which load
// back into the same store) or as N-Triples for RDF tools.
//
// The output depends only on the store's content, never on its internal
// ids: everything is ordered by name, so two stores with the same claims
// export byte for byte alike. The formats are listed once, in the table in
// kb/export/export.cpp: a new one is its writer and a line there.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::kb {

enum class ExportFormat { kJson, kJsonLines, kNTriples, kKumu, kCsv };

struct StoreSnapshot;  // kb/export/snapshot.hpp

// An export format: its names as `causalkg export --format NAME` takes
// them, the extension of its files, and its writer.
struct ExportWriter {
  ExportFormat format;
  std::vector<std::string> names;  // the first is its own; others are answered to ("nt")
  std::string extension;           // ".jsonl", lower case, with the dot
  // Writes all of `snapshot`; counts in `not_utf8` the records whose text
  // it wrote with U+FFFD in place of bytes that are not UTF-8.
  Status (*write)(const Store& store, const StoreSnapshot& snapshot, std::ostream& out,
                  std::uint64_t& not_utf8);
};

// Every export format, in the order messages list them.
const std::vector<ExportWriter>& ExportWriters();

// The format answering to `name`, or nullptr.
const ExportWriter* FindExportWriter(std::string_view name);

// The format whose extension ends `path` (case-insensitive; the longest that
// does, so that "map.kumu.json" is Kumu's), or nullptr.
const ExportWriter* ExportWriterForFile(std::string_view path);

// "json, jsonl or ntriples".
std::string DescribeExportFormats();

// False when `name` is the name of no export format.
bool ParseExportFormat(const std::string& name, ExportFormat& format);

// Writes the whole store to `out`. Text that is not valid UTF-8 (stored
// before stored text was checked) is written with U+FFFD in place of its bad
// bytes; `not_utf8`, when given, receives how many records had such text.
// On an error, `out` may hold part of the export: write to a temporary
// place and publish only on success.
Status Export(const Store& store, ExportFormat format, std::ostream& out,
              std::uint64_t* not_utf8 = nullptr);

}  // namespace causalkg::kb
