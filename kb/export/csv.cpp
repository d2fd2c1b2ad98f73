#include "kb/export/csv.hpp"

#include <nlohmann/json.hpp>

#include "kb/export/store_view.hpp"

namespace causalkg::kb {

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

Status ExportCsv(const Store& store, std::ostream& out, std::uint64_t* not_utf8) {
  auto read = StoreView::Read(store);
  if (!read.ok()) return std::move(read).TakeStatus();
  const StoreView& view = read.value();
  std::uint64_t replaced_rows = 0;
  out << kCsvHeader << "\n";
  for (const Triple& t : view.triples()) {
    const StoreView::Term& relation = view.TermOf(t.relation);
    bool replaced = false;
    const std::string claim = CsvField(ValidUtf8(view.Name(t.subject), replaced)) + "," +
                              CsvField(ValidUtf8(relation.name, replaced)) + "," +
                              CsvField(ValidUtf8(view.Name(t.object), replaced)) + "," +
                              PolarityText(relation.info.polarity);
    auto evidence = view.EvidenceOf(t);
    if (!evidence.ok()) return std::move(evidence).TakeStatus();
    if (evidence.value().empty()) {
      out << claim << ",,,,\n";
      replaced_rows += replaced;
    }
    for (const Evidence& e : evidence.value()) {
      bool row_replaced = replaced;
      out << claim << ',' << CsvField(ValidUtf8(e.quote, row_replaced)) << ','
          << CsvField(ValidUtf8(e.source, row_replaced))
          << ','
          // The shortest text that reads back as the same double.
          << (e.confidence ? nlohmann::json(*e.confidence).dump() : std::string()) << ','
          << CsvField(ValidUtf8(e.modality, row_replaced)) << "\n";
      replaced_rows += row_replaced;
    }
  }
  if (not_utf8) *not_utf8 = replaced_rows;
  if (!out) return Status::Storage("writing the export failed");
  return Status::Ok();
}

}  // namespace causalkg::kb
