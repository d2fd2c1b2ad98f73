// What the tests of the claims-file importers share: loading one file into a
// fresh store as a user's load does, and the notes a load says of a file.
#pragma once

#include <string>
#include <vector>

namespace causalkg::testing {

struct LoadedFile {
  std::string exported;  // the store as JSON Lines, or "error: ..."
  std::vector<std::string> notes;
};

// Loads `path` into a fresh store, with the format named `format` (chosen
// from the file when empty).
LoadedFile LoadIntoFreshStore(const std::string& path, const std::string& format = {});

// `notes` as a load says them of `file`: each after the file's name.
std::vector<std::string> NotesOf(const std::string& file, std::vector<std::string> notes);

}  // namespace causalkg::testing
