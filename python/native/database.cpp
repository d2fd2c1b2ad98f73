#include "python/native/database.hpp"

#include <cstdio>
#include <fstream>
#include <mutex>

#include "grammar/missing_semicolon.hpp"
#include "grammar/parse.hpp"
#include "kb/export/export.hpp"
#include "kb/ingest/load.hpp"
#include "python/native/open_store.hpp"

namespace causalkg::python {

namespace {

// A load as the result of a write: the message and counts LOAD gives, with
// the readers' notes said among the warnings, as LOAD says them.
Result<QueryResult> LoadedResult(Result<kb::LoadSummary> loaded) {
  if (!loaded.ok()) return std::move(loaded).TakeStatus();
  for (std::string& note : loaded->notes) loaded->write.warnings.push_back(std::move(note));
  WriteResult write;
  write.message = "Loaded " + kb::DescribeSummary(*loaded);
  write.summary = std::move(loaded->write);
  QueryResult result;
  result.body = std::move(write);
  return result;
}

Result<WriteResult> LoadStatement(Store& store, const std::string& path,
                                  const std::string& format) {
  kb::LoadOptions options;
  options.format = format;
  auto loaded = LoadedResult(kb::LoadFiles(store, {path}, options));
  if (!loaded.ok()) return std::move(loaded).TakeStatus();
  return std::get<WriteResult>(std::move(loaded->body));
}

std::vector<std::string> LoadFormatNames() {
  std::vector<std::string> names;
  for (const kb::Format& format : kb::Formats().formats()) names.push_back(format.name);
  return names;
}

ExecutorOptions OptionsWith(std::optional<std::uint64_t> sign_budget) {
  return ExecutorOptions{nullptr, &LoadStatement, LoadFormatNames(), std::nullopt, sign_budget};
}

Status Closed() {
  return Status::Usage("the database is closed", "open it again with causalkg.open(path)");
}

}  // namespace

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, bool read_only,
                                                 bool seed) {
  auto opened = OpenStore(path, read_only ? OpenMode::kReadOnly : OpenMode::kReadWrite, seed);
  if (!opened.ok()) return std::move(opened).TakeStatus();
  return std::unique_ptr<Database>(
      new Database(std::move(opened->store), path, read_only, std::move(opened->warnings)));
}

Database::Database(std::unique_ptr<Store> store, std::string path, bool read_only,
                   std::vector<std::string> warnings)
    : path_(std::move(path)),
      read_only_(read_only),
      warnings_(std::move(warnings)),
      store_(std::move(store)),
      executor_(std::make_unique<Executor>(*store_, OptionsWith(std::nullopt))) {}

Database::~Database() { Close(); }

bool Database::closed() const {
  std::shared_lock lock(mutex_);
  return store_ == nullptr;
}

void Database::Close() {
  std::unique_lock lock(mutex_);
  executor_.reset();
  store_.reset();
}

Status Database::CheckOpen() const { return store_ ? Status::Ok() : Closed(); }

Result<PreparedStatement> Database::Prepare(std::string_view text) {
  auto prepared = PreparedStatement::Prepare(text);
  if (!prepared.ok()) return prepared;
  for (const ast::Statement& statement : prepared->statements()) {
    if (statement.output.format != ast::Format::kDefault || statement.output.file) {
      return Status::Usage(
                 "AS and TO choose how the causalkg binary prints a result; in Python a "
                 "result is an object",
                 "leave out AS ... and TO '...', and use the result's .rows, .data, "
                 ".to_pandas() or .to_networkx()")
          .AtOffset(statement.offset);
    }
  }
  return prepared;
}

TextOutcome Database::Run(std::string_view text, bool explain,
                          std::optional<std::uint64_t> sign_budget) {
  auto prepared = Prepare(text);
  if (!prepared.ok()) {
    TextOutcome outcome;
    outcome.error = std::move(prepared).TakeStatus();
    return outcome;
  }
  return Run(*prepared, {}, explain, sign_budget);
}

TextOutcome Database::Run(const PreparedStatement& prepared, const ParameterValues& values,
                          bool explain, std::optional<std::uint64_t> sign_budget) {
  TextOutcome outcome;
  // A budget of these statements' own: an executor of theirs (it holds
  // nothing but its options), as others run beside them with the
  // database's. Called with the lock held and the store open.
  auto execute = [&](const ast::Statement& statement, BindingReuse* reuse) {
    if (!sign_budget) return executor_->Execute(statement, values, reuse);
    Executor budgeted(*store_, OptionsWith(sign_budget));
    return budgeted.Execute(statement, values, reuse);
  };
  for (std::size_t i = 0; i < prepared.statements().size(); ++i) {
    const ast::Statement& statement = prepared.statements()[i];
    Result<QueryResult> result = Closed();
    // EXPLAIN of a prepared statement: planned, not run, with its own mode
    // left as parsed for the next run.
    const ast::Statement* run = &statement;
    ast::Statement explained;
    if (explain && statement.mode != ast::Mode::kExplain) {
      explained = statement;
      explained.mode = ast::Mode::kExplain;
      run = &explained;
    }
    if (IsWrite(*run)) {
      std::unique_lock lock(mutex_);
      if (store_) result = execute(*run, nullptr);
    } else {
      std::shared_lock lock(mutex_);
      if (store_) result = execute(*run, &prepared.ReuseOf(i));
    }
    if (!result.ok()) {
      outcome.error = std::move(result).TakeStatus();
      return outcome;
    }
    outcome.results.push_back(std::move(result).value());
  }
  return outcome;
}

Result<QueryResult> Database::RunOne(const PreparedStatement& prepared,
                                     const ParameterValues& values) {
  const ast::Statement& statement = prepared.statements().front();
  if (IsWrite(statement)) {
    std::unique_lock lock(mutex_);
    CAUSALKG_RETURN_IF_ERROR(CheckOpen());
    return executor_->Execute(statement, values);
  }
  std::shared_lock lock(mutex_);
  CAUSALKG_RETURN_IF_ERROR(CheckOpen());
  return executor_->Execute(statement, values, &prepared.ReuseOf(0));
}

Result<QueryResult> Database::Add(const AddRequest& request) {
  // The grammar checks what ADD's text gives; given as a number, it is
  // checked here, as the grammar words it (NaN fails both comparisons).
  if (request.confidence && !(*request.confidence >= 0 && *request.confidence <= 1)) {
    return Status::Query("confidence must be between 0 and 1", "write it as a decimal: 0.6")
        .WithCode(StatusCode::kInvalid);
  }
  ast::Statement statement;
  ast::Add add;
  add.subject = {request.subject, true, 0};
  add.relation = {request.relation, true, 0};
  add.object = {request.object, true, 0};
  add.quote = request.quote;
  add.source = request.source;
  add.modality = request.modality;
  add.confidence = request.confidence;
  statement.body = std::move(add);
  std::unique_lock lock(mutex_);
  CAUSALKG_RETURN_IF_ERROR(CheckOpen());
  auto result = executor_->Execute(statement);
  if (result.ok()) return result;
  // No text to point into: the message names what it refuses.
  const Status& s = result.status();
  return Status::Error(s.kind(), s.message(), s.hint()).WithCode(s.code());
}

Result<QueryResult> Database::Load(const std::vector<std::string>& paths,
                                   const std::string& format) {
  std::unique_lock lock(mutex_);
  CAUSALKG_RETURN_IF_ERROR(CheckOpen());
  if (store_->read_only()) return ReadOnlyError(store_->path());
  kb::LoadOptions options;
  options.format = format;
  return LoadedResult(kb::LoadFiles(*store_, paths, options));
}

Result<QueryResult> Database::LoadText(std::string_view text, const std::string& name,
                                       const std::string& format) {
  std::unique_lock lock(mutex_);
  CAUSALKG_RETURN_IF_ERROR(CheckOpen());
  if (store_->read_only()) return ReadOnlyError(store_->path());
  return LoadedResult(kb::LoadText(*store_, text, name, format));
}

Status Database::Export(const std::string& path, const std::string& format,
                        std::uint64_t& not_utf8) {
  const kb::ExportWriter* writer = kb::FindExportWriter(format.empty() ? "json" : format);
  if (format.empty()) {
    if (const kb::ExportWriter* by_extension = kb::ExportWriterForFile(path)) writer = by_extension;
  }
  if (writer == nullptr) {
    return Status::Usage("unknown export format '" + format + "'",
                         "use " + kb::DescribeExportFormats());
  }
  std::shared_lock lock(mutex_);
  CAUSALKG_RETURN_IF_ERROR(CheckOpen());
  // Written beside the target and renamed, so that a failed export never
  // leaves half a file under the name asked for.
  const std::string partial = path + ".partial";
  std::ofstream out(partial, std::ios::binary);
  if (!out) return Status::Usage("cannot write " + path).WithCode(StatusCode::kNotFound);
  Status s = kb::Export(*store_, writer->format, out, &not_utf8);
  out.close();
  if (s.ok() && !out) s = Status::Storage("writing " + path + " failed (is the disk full?)");
  if (s.ok() && std::rename(partial.c_str(), path.c_str()) != 0) {
    s = Status::Storage("cannot rename " + partial + " to " + path);
  }
  if (!s.ok()) std::remove(partial.c_str());
  return s;
}

Result<std::vector<NodeEntry>> Database::Nodes(const std::string& pattern) {
  std::shared_lock lock(mutex_);
  CAUSALKG_RETURN_IF_ERROR(CheckOpen());
  return ListNodes(*store_, pattern);
}

Result<std::vector<RelationEntry>> Database::Relations() {
  std::shared_lock lock(mutex_);
  CAUSALKG_RETURN_IF_ERROR(CheckOpen());
  return ListRelations(*store_);
}

Result<std::vector<SourceInfo>> Database::Sources() {
  std::shared_lock lock(mutex_);
  CAUSALKG_RETURN_IF_ERROR(CheckOpen());
  return store_->Sources();
}

Result<StoreCounts> Database::Counts() {
  std::shared_lock lock(mutex_);
  CAUSALKG_RETURN_IF_ERROR(CheckOpen());
  return store_->counts();
}

}  // namespace causalkg::python
