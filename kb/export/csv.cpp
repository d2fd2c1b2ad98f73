#include "kb/export/csv.hpp"

#include <nlohmann/json.hpp>

#include "kb/export/evidence_order.hpp"

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

Status WriteCsv(const Store& store, const StoreSnapshot& snapshot, std::ostream& out,
                std::uint64_t& not_utf8) {
  out << kCsvHeader << "\n";
  for (const Triple& t : snapshot.triples) {
    const ExportTerm& relation = snapshot.terms.at(t.relation);
    bool replaced = false;
    const std::string claim = CsvField(ValidUtf8(snapshot.Name(t.subject), replaced)) + "," +
                              CsvField(ValidUtf8(relation.name, replaced)) + "," +
                              CsvField(ValidUtf8(snapshot.Name(t.object), replaced)) + "," +
                              PolarityText(relation.info.polarity);
    auto evidence = SortedEvidenceOf(store, t);
    if (!evidence.ok()) return std::move(evidence).TakeStatus();
    if (evidence.value().empty()) {
      out << claim << ",,,,\n";
      not_utf8 += replaced;
    }
    for (const Evidence& e : evidence.value()) {
      bool row_replaced = replaced;
      out << claim << ',' << CsvField(ValidUtf8(e.quote, row_replaced)) << ','
          << CsvField(ValidUtf8(e.source, row_replaced))
          << ','
          // The shortest text that reads back as the same double.
          << (e.confidence ? nlohmann::json(*e.confidence).dump() : std::string()) << ','
          << CsvField(ValidUtf8(e.modality, row_replaced)) << "\n";
      not_utf8 += row_replaced;
    }
  }
  return Status::Ok();
}

}  // namespace causalkg::kb
