// Opening the database a Python caller names: made where there is none, and
// then, when asked, seeded with the bundled SCP report, as the binary does
// (cli/database.cpp, which python/ may not include).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::python {

struct OpenedStore {
  std::unique_ptr<Store> store;
  // What its user should hear of once: a migration to the current format,
  // or, for a reader, the damage it answers around.
  std::vector<std::string> warnings;
};

// Opens the database in folder `path` in `mode`. A folder that holds
// nothing (or is not there) gets a new database, seeded with the bundled
// report when `seed`, also when it is to be read only; a new database
// whose seeding fails is removed again.
Result<OpenedStore> OpenStore(const std::string& path, OpenMode mode, bool seed);

}  // namespace causalkg::python
