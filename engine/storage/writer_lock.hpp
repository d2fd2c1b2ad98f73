// Whether a database is open for writing, decided by who holds RocksDB's lock
// on it, not by the words of RocksDB's error.
//
// RocksDB opens a database for writing only with an fcntl write lock on its
// LOCK file, and reports a lock held elsewhere as a plain IO error that has
// no code of its own. fcntl does not show a process its own locks, and
// closing any descriptor of the file would drop them, so the stores this
// process holds open for writing are kept in a table and never probed.
#pragma once

#include <string>

namespace causalkg {

// Marks the database at `path` as open for writing by this process, for as
// long as the mark lives: made when a store has opened it for writing, and
// dropped once it has closed it.
class WritingMark {
 public:
  explicit WritingMark(const std::string& path);
  ~WritingMark();
  WritingMark(const WritingMark&) = delete;
  WritingMark& operator=(const WritingMark&) = delete;

 private:
  std::string lock_file_;
};

// Whether the database at `path` is open for writing now: by a store of this
// process, or by a process that holds the lock on its LOCK file. False when
// that cannot be told (no LOCK file, or one that cannot be read).
bool HeldForWriting(const std::string& path);

}  // namespace causalkg
