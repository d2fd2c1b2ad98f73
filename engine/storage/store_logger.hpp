// The store's own RocksDB info log.
//
// RocksDB's default logger aborts the process (an assertion in its file
// writer) when a write to its LOG file fails once and a later message
// follows, as on a nearly full disk. This one drops what it cannot write.
#pragma once

#include <memory>
#include <string>

namespace rocksdb {
class Logger;
}

namespace causalkg {

// A logger that appends RocksDB's warnings and errors to `file`, created on
// the first message (so that opening creates no file when all is well), and
// ignores every failure to write. With an empty `file` it keeps nothing: for
// readers, which must not write into a folder another process writes.
std::shared_ptr<rocksdb::Logger> NewStoreLogger(const std::string& file);

}  // namespace causalkg
