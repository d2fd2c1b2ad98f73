// Writing a store back out: as a JSON document or JSON Lines (which load
// back into the same store) or as N-Triples for RDF tools.
//
// The output depends only on the store's content, never on its internal
// ids: everything is ordered by name, so two stores with the same claims
// export byte for byte alike.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::kb {

enum class ExportFormat { kJson, kJsonLines, kNTriples };

// nullopt-like: false when `name` is none of json, jsonl, ntriples.
bool ParseExportFormat(const std::string& name, ExportFormat& format);

// Writes the whole store to `out`. Text that is not valid UTF-8 (stored
// before stored text was checked) is written with U+FFFD in place of its bad
// bytes; `not_utf8`, when given, receives how many records had such text.
// On an error, `out` may hold part of the export: write to a temporary
// place and publish only on success.
Status Export(const Store& store, ExportFormat format, std::ostream& out,
              std::uint64_t* not_utf8 = nullptr);

}  // namespace causalkg::kb
