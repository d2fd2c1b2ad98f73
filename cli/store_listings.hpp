// What the database holds, as listings (cli/render/listing_output.hpp) that
// show in every output mode: .nodes, .relations, .sources, .stats and
// `causalkg stats`. The JSON fields are those of the Python module's
// db.nodes(), db.relations(), db.sources() and db.stats().
#pragma once

#include <cstddef>
#include <string>

#include "cli/render/listing_output.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::cli {

// The nodes whose id or a label holds `pattern` (any case); the table shows
// at most `most_shown` of them, and says so.
Result<Listing> NodesListing(const Store& store, const std::string& pattern,
                             std::size_t most_shown);

// The database's relations in the order they came, then the built-in ones no
// claim uses yet.
Result<Listing> RelationsListing(const Store& store);

// The sources and their error rates; only the one whose id is `only` when it
// is given.
Result<Listing> SourcesListing(const Store& store, const std::string& only = {});

// The counts, and the sources with their titles.
Listing StatsListing(const Store& store);

}  // namespace causalkg::cli
