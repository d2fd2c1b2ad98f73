#include "kb/export/export.hpp"

#include <algorithm>
#include <cctype>

#include "engine/common/text_fold.hpp"
#include "kb/export/snapshot.hpp"

namespace causalkg::kb {

Status WriteJsonDocument(const Store&, const StoreSnapshot&, std::ostream&, std::uint64_t&);
Status WriteJsonLines(const Store&, const StoreSnapshot&, std::ostream&, std::uint64_t&);
Status WriteNTriples(const Store&, const StoreSnapshot&, std::ostream&, std::uint64_t&);
Status WriteKumu(const Store&, const StoreSnapshot&, std::ostream&, std::uint64_t&);
Status WriteCsv(const Store&, const StoreSnapshot&, std::ostream&, std::uint64_t&);

const std::vector<ExportWriter>& ExportWriters() {
  static const std::vector<ExportWriter> writers = {
      {ExportFormat::kJson, {"json"}, ".json", WriteJsonDocument},          // json_export.cpp
      {ExportFormat::kJsonLines, {"jsonl"}, ".jsonl", WriteJsonLines},      // json_export.cpp
      {ExportFormat::kNTriples, {"ntriples", "nt"}, ".nt", WriteNTriples},  // ntriples.cpp
      {ExportFormat::kKumu, {"kumu"}, ".kumu.json", WriteKumu},             // kumu.cpp
      {ExportFormat::kCsv, {"csv"}, ".csv", WriteCsv},                      // csv.cpp
  };
  return writers;
}

namespace {

const ExportWriter* WriterOf(ExportFormat format) {
  for (const ExportWriter& writer : ExportWriters()) {
    if (writer.format == format) return &writer;
  }
  return nullptr;
}

}  // namespace

const ExportWriter* FindExportWriter(std::string_view name) {
  for (const ExportWriter& writer : ExportWriters()) {
    if (std::find(writer.names.begin(), writer.names.end(), name) != writer.names.end()) {
      return &writer;
    }
  }
  return nullptr;
}

const ExportWriter* ExportWriterForFile(std::string_view path) {
  const std::string name = AsciiLower(path.substr(path.find_last_of('/') + 1));
  const ExportWriter* found = nullptr;
  for (const ExportWriter& writer : ExportWriters()) {
    if (name.size() > writer.extension.size() &&
        name.compare(name.size() - writer.extension.size(), writer.extension.size(),
                     writer.extension) == 0 &&
        (found == nullptr || writer.extension.size() > found->extension.size())) {
      found = &writer;
    }
  }
  return found;
}

std::string DescribeExportFormats() {
  const auto& writers = ExportWriters();
  std::string out;
  for (std::size_t i = 0; i < writers.size(); ++i) {
    if (i > 0) out += i + 1 == writers.size() ? " or " : ", ";
    out += writers[i].names.front();
  }
  return out;
}

bool ParseExportFormat(const std::string& name, ExportFormat& format) {
  const ExportWriter* writer = FindExportWriter(name);
  if (writer == nullptr) return false;
  format = writer->format;
  return true;
}

Status Export(const Store& store, ExportFormat format, std::ostream& out, std::uint64_t* not_utf8) {
  const ExportWriter* writer = WriterOf(format);
  if (writer == nullptr) return Status::Internal("no writer for this export format");
  StoreSnapshot snap;
  CAUSALKG_RETURN_IF_ERROR(TakeSnapshot(store, snap));
  std::uint64_t replaced = 0;
  Status s = writer->write(store, snap, out, replaced);
  if (not_utf8) *not_utf8 = replaced;
  if (s.ok() && !out) return Status::Storage("writing the export failed");
  return s;
}

}  // namespace causalkg::kb
