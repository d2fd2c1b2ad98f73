// A database as Python holds it: an open store, the executor that runs its
// statements, and the lock that lets one Python object be used from
// several threads. Plain C++: the bindings (module.cpp) release the GIL
// around each call and turn what it returns into Python objects.
//
// Threads: statements that only read run side by side; a write (ADD,
// REMOVE, LOAD, a load) runs alone, and close()
// waits for what runs. The store's own rule holds across processes: one
// process may have a database open for writing, any number for reading.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/exec/executor.hpp"
#include "engine/exec/prepared_statement.hpp"
#include "engine/model/result.hpp"
#include "engine/storage/store.hpp"
#include "python/native/store_listing.hpp"

namespace causalkg::python {

// The results of the statements of one text, in order, and the error that
// stopped it (the statements before it ran; the one that failed changed
// nothing; those after it did not run).
struct TextOutcome {
  std::vector<QueryResult> results;
  std::optional<Status> error;
};

// A claim added by Database::Add, as ADD takes it.
struct AddRequest {
  std::string subject, relation, object;
  std::optional<std::string> quote, source, modality;
  std::optional<double> confidence;
};

class Database {
 public:
  // Opens (or makes, and then seeds when `seed`) the database in folder
  // `path`. Errors: Storage errors (kLocked for a database another process
  // has open for writing, kCorrupt, ...), or the bundled report's Load error.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool read_only, bool seed);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  const std::string& path() const { return path_; }
  bool read_only() const { return read_only_; }
  bool closed() const;
  // What opening it said: a migration, damage a reader answers around.
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Waits for what runs, then closes the store; later calls fail with a
  // Usage error. Closing twice does nothing.
  void Close();

  // Parses all of `text`, then runs its statements in order, stopping at the
  // first error. Text that does not parse runs nothing, nor does a text in
  // which a statement asks for rendered output (AS ..., TO 'file'): Python
  // gets objects. With `explain`, every statement is planned, not run.
  // `sign_budget`: the step budget of net signs for these statements
  // (ExecutorOptions's), when given.
  TextOutcome Run(std::string_view text, bool explain,
                  std::optional<std::uint64_t> sign_budget = std::nullopt);

  // `text` parsed once, to run many times with Run(prepared, values, ...):
  // a Parse error, or the Usage error of a statement that asks for rendered
  // output, as Run() gives them. Needs no open database.
  static Result<PreparedStatement> Prepare(std::string_view text);
  // Runs the statements of `prepared` as Run() does, with `values` put in
  // for their parameters (a parameter without a value is a Query error).
  TextOutcome Run(const PreparedStatement& prepared, const ParameterValues& values, bool explain,
                  std::optional<std::uint64_t> sign_budget = std::nullopt);
  // Runs the one statement of `prepared`, which does not write (a loop of
  // look-ups): its result or its error, with no list around it.
  Result<QueryResult> RunOne(const PreparedStatement& prepared, const ParameterValues& values);

  // ADD, with the names and texts as given (no quoting): a name is an id or
  // a label, case-insensitively; an unknown one is made.
  Result<QueryResult> Add(const AddRequest& request);

  // Loads the files in one write, all or nothing; `format` "" to choose each
  // file's by its extension, else by its first bytes.
  Result<QueryResult> Load(const std::vector<std::string>& paths, const std::string& format);
  // Loads text in the format named; `name` stands for a file name in errors.
  Result<QueryResult> LoadText(std::string_view text, const std::string& name,
                               const std::string& format);

  // Writes the whole store to `path`, in the format named, else the one of
  // its extension, else as a JSON document; through a file beside it,
  // renamed when complete. `not_utf8` counts records written with U+FFFD.
  Status Export(const std::string& path, const std::string& format, std::uint64_t& not_utf8);

  Result<std::vector<NodeEntry>> Nodes(const std::string& pattern);
  Result<std::vector<RelationEntry>> Relations();
  Result<std::vector<SourceInfo>> Sources();
  Result<StoreCounts> Counts();

 private:
  Database(std::unique_ptr<Store> store, std::string path, bool read_only,
           std::vector<std::string> warnings);
  // Usage error "the database is closed" when it is; call with the lock held.
  Status CheckOpen() const;

  std::string path_;
  bool read_only_;
  std::vector<std::string> warnings_;
  mutable std::shared_mutex mutex_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Executor> executor_;
};

}  // namespace causalkg::python
