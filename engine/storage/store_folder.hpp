// What a database folder holds, judged from its file names and RocksDB's
// CURRENT file before RocksDB is let near it: opening a folder for writing
// creates files in it (LOCK, a new MANIFEST, ...) even when it then fails,
// and a folder that holds a damaged store must be left exactly as it is.
#pragma once

#include <string>

#include "engine/common/status.hpp"

namespace causalkg {

enum class FolderContents {
  kNothing,  // no folder, or an empty one: a new database may be made here
  kStore,    // RocksDB's metadata is in place: a store to open
};

// What `path` holds; a Storage error, naming the folder and what is wrong in
// it, for a folder holding a damaged store or files of something else.
Result<FolderContents> InspectStoreFolder(const std::string& path);

// Removes a store made in `path` that is not to be kept (its making or its
// seeding failed): the folder held nothing before, so all it holds now is
// that store. `folder_existed`: whether the (empty) folder was there before.
void RemoveNewStore(const std::string& path, bool folder_existed);

// The error for a store that is damaged in the way `what` says: causalkg
// has not changed it, and it is recovered from an export.
Status DamagedStore(const std::string& path, const std::string& what);

}  // namespace causalkg
