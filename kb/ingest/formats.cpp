// The formats causalkg reads, in the order messages list them.
//
// A new format is a reader file (kb/ingest/NAME.cpp, or kb/ingest/formats/
// for one with a parser of its own) that defines
// `Format NameFormat()` and a line in the list below; nothing else needs to
// know of it. See kb/README.md.
#include "kb/ingest/format_registry.hpp"

namespace causalkg::kb {

Format JsonDocumentFormat();   // json_document.cpp
Format JsonLinesFormat();      // json_lines.cpp
Format KumuFormat();           // formats/kumu.cpp
Format LoopyFormat();          // formats/loopy.cpp
Format MentalModelerFormat();  // formats/mental_modeler.cpp
Format VensimFormat();         // formats/sd_formats.cpp
Format XmileFormat();          // formats/sd_formats.cpp
Format CsvFormat();            // formats/csv_reader.cpp
Format TsvFormat();            // formats/csv_reader.cpp
Format IndraFormat();          // formats/indra.cpp
Format CauseNetFormat();       // formats/causenet.cpp

const FormatRegistry& Formats() {
  static const FormatRegistry registry = [] {
    FormatRegistry formats;
    for (Format format : {
             JsonDocumentFormat(),
             JsonLinesFormat(),
             KumuFormat(),
             LoopyFormat(),
             MentalModelerFormat(),
             VensimFormat(),
             XmileFormat(),
             CsvFormat(),
             TsvFormat(),
             IndraFormat(),
             CauseNetFormat(),
         }) {
      // Names are fixed here, in one list, and cannot clash at run time.
      (void)formats.Add(std::move(format));
    }
    return formats;
  }();
  return registry;
}

}  // namespace causalkg::kb
