// Writing a store's claims as CSV, for spreadsheets and for tools that read
// claims a row each:
//
//   subject,relation,object,polarity,quote,source,confidence,modality
//   digitalisation,strengthens,individualisation,+,"...",scp-2025,0.6,can
//
// A row is a piece of evidence (or a triple that has none); polarity is the
// relation's: +, - or empty for one that is not causal. Fields holding a
// comma, a double quote or a line break are quoted, a double quote doubled
// (RFC 4180); rows end with a line feed. Nodes' labels and sources'
// declarations have no place in a row and are not written.
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"
#include "kb/export/snapshot.hpp"

namespace causalkg::kb {

inline constexpr std::string_view kCsvHeader =
    "subject,relation,object,polarity,quote,source,confidence,modality";

// Writes every claim of `snapshot` (of `store`) to `out`. Text that is not
// valid UTF-8 is written with U+FFFD in place of its bad bytes; `not_utf8`
// counts the rows that had such text.
Status WriteCsv(const Store& store, const StoreSnapshot& snapshot, std::ostream& out,
                std::uint64_t& not_utf8);

// `field` as a CSV field: quoted when it must be.
std::string CsvField(std::string_view field);

}  // namespace causalkg::kb
