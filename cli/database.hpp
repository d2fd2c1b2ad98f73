// Finding and opening the database a command works on.
#pragma once

#include <memory>
#include <string>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::cli {

// ${XDG_DATA_HOME:-~/.local/share}/causalkg, ~ being HOME or else the
// account's home: where causalkg keeps its default database and the
// shell's history.
std::string DataHome();

// --db if given, else $CAUSALKG_DB, else DataHome()/default.
std::string DatabasePath(const std::string& flag);

// The database the command line names.
struct GlobalOptions {
  std::string db;      // --db
  bool empty = false;  // --empty: do not seed a new database
};

struct OpenRequest {
  std::string path;
  OpenMode mode = OpenMode::kReadWrite;
  bool seed = true;  // seed a new database with the bundled knowledge base
};

// Opens the database; a database that does not exist yet is created and,
// unless `seed` is false, loaded with the bundled SCP knowledge base first
// (also for read-only commands, so that `causalkg stats` works on a fresh
// machine).
Result<std::unique_ptr<Store>> OpenDatabase(const OpenRequest& request);

// The database `global` names, opened in `mode`.
Result<std::unique_ptr<Store>> OpenDatabase(const GlobalOptions& global, OpenMode mode);

}  // namespace causalkg::cli
