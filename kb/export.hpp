// Writing a store back out: as a JSON document or JSON Lines (which load
// back into the same store) or as N-Triples for RDF tools.
//
// The output depends only on the store's content, never on its internal
// ids: everything is ordered by name, so two stores with the same claims
// export byte for byte alike.
#pragma once

#include <ostream>
#include <string>

#include "engine/status.hpp"
#include "engine/store.hpp"

namespace causalkg::kb {

enum class ExportFormat { kJson, kJsonLines, kNTriples };

// nullopt-like: false when `name` is none of json, jsonl, ntriples.
bool ParseExportFormat(const std::string& name, ExportFormat& format);

Status Export(const Store& store, ExportFormat format, std::ostream& out);

}  // namespace causalkg::kb
