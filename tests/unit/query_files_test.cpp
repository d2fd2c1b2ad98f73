// Data-driven query tests: every tests/queries/<folder>/<name>.test is one
// Catch2 test, tagged [queries] and [<folder>], found when the test binary
// starts, so adding a test means adding a file (format: tests/queries/README.md).
// Each file runs on a fresh store holding its graph; its cases run in order,
// each statement parsed and run by the engine itself (no cli), and its
// result compared as rows: ids and values, not a layout.
#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>

#include "engine/exec/executor.hpp"
#include "grammar/parse.hpp"
#include "kb/ingest/bundled.hpp"
#include "query_test_file.hpp"
#include "query_test_rows.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

namespace fs = std::filesystem;

fs::path QueriesDirectory() { return fs::path(CAUSALKG_SOURCE_DIR) / "tests" / "queries"; }

std::string Indented(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += "    " + line + "\n";
  return out.empty() ? "    (nothing)\n" : out;
}

std::vector<std::string> Lines(const testing::RowsText& rows) {
  std::vector<std::string> lines{rows.header};
  lines.insert(lines.end(), rows.rows.begin(), rows.rows.end());
  lines.insert(lines.end(), rows.facts.begin(), rows.facts.end());
  return lines;
}

// Loads the graph a file names; an empty string when it loaded cleanly.
std::string LoadGraph(Store& store, const testing::QueryFile& file) {
  const std::string& graph = file.graph;
  if (graph == "empty") return {};
  auto loaded = graph == "scp"
                    ? kb::SeedWithBundled(store)
                    : kb::LoadFiles(store, {(QueriesDirectory() / "graphs" / graph).string()});
  if (!loaded.ok()) return loaded.status().ToString();
  // Graphs declare what they use: a warning the file does not list means
  // the graph is not the one intended.
  if (loaded->write.warnings != file.graph_warnings) {
    return "warning: " + (loaded->write.warnings.empty()
                              ? std::string("none, where the file lists some")
                              : loaded->write.warnings.front());
  }
  return {};
}

// LOAD 'file' in a case, as the cli loads (without its progress bar).
Result<WriteResult> LoadStatement(Store& store, const std::string& path,
                                  const std::string& format) {
  kb::LoadOptions options;
  options.format = format;
  auto loaded = kb::LoadFiles(store, {path}, options);
  if (!loaded.ok()) return std::move(loaded).TakeStatus();
  WriteResult result;
  result.summary = loaded->write;
  result.message = "Loaded " + kb::DescribeSummary(*loaded);
  return result;
}

// An error as the tests match it: the message, where it is (line and
// column, the statement with a caret) and the hint.
std::string ErrorText(const Status& status, std::string_view text) {
  std::string out = status.ToString() + "\n";
  if (status.offset()) {
    const auto at = grammar::Locate(text, *status.offset());
    out += "line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ":\n";
    out += grammar::RenderCaret(text, *status.offset()) + "\n";
  }
  if (!status.hint().empty()) out += "hint: " + status.hint() + "\n";
  return out;
}

// Parses and runs the one statement of a case.
Result<QueryResult> Execute(Executor& executor, const std::string& text) {
  const grammar::ParseResult parsed = grammar::Parse(text);
  if (parsed.error)
    return Status::Parse(parsed.error->message, parsed.error->hint).AtOffset(parsed.error->offset);
  if (parsed.statements.size() != 1)
    return Status::Usage("a query test case holds one statement, this one " +
                         std::to_string(parsed.statements.size()));
  return executor.Execute(parsed.statements.front());
}

// Runs one case; an empty string when it gave what it expects, else why not.
std::string RunCase(Executor& executor, const testing::QueryCase& c) {
  Result<QueryResult> result = Execute(executor, c.statement);
  if (c.expects_error) {
    if (result.ok())
      return "expected an error, but it succeeded with:\n" +
             Indented(Lines(testing::RowsTextOf(*result)));
    const std::string error = ErrorText(result.status(), c.statement);
    for (const std::string& part : c.errors) {
      if (error.find(part) == std::string::npos)
        return "expected an error containing '" + part + "', got:\n" + error;
    }
    return {};
  }
  if (!result.ok())
    return "expected rows, but it failed with:\n" + ErrorText(result.status(), c.statement);
  testing::RowsText expected = c.expected, actual = testing::RowsTextOf(*result, c.expected.header);
  if (!c.ordered) {
    std::sort(expected.rows.begin(), expected.rows.end());
    std::sort(actual.rows.begin(), actual.rows.end());
  }
  std::sort(expected.facts.begin(), expected.facts.end());
  std::sort(actual.facts.begin(), actual.facts.end());
  if (Lines(actual) == Lines(expected)) return {};
  return std::string(c.ordered ? "in order, " : "rows in any order, ") + "expected:\n" +
         Indented(Lines(expected)) + "got:\n" + Indented(Lines(actual));
}

void RunQueryFile(const fs::path& path) {
  const std::string name = fs::relative(path, QueriesDirectory()).string();
  std::string error;
  const testing::QueryFile file = testing::ParseQueryFile(testing::ReadFile(path.string()), error);
  INFO(name);
  if (!error.empty()) FAIL(name + ", " + error);

  testing::ScratchStore db;
  const std::string load_error = LoadGraph(*db.store, file);
  if (!load_error.empty())
    FAIL(name + ": the graph " + file.graph + " does not load: " + load_error);

  Executor executor(*db.store, ExecutorOptions{nullptr, &LoadStatement});
  for (const testing::QueryCase& c : file.cases) {
    const std::string problem = RunCase(executor, c);
    if (problem.empty()) {
      SUCCEED();
    } else {
      FAIL_CHECK(name + ":" + std::to_string(c.line) + "\n  " + c.statement + "\n" + problem);
    }
  }
}

class QueryFileTest : public Catch::ITestInvoker {
 public:
  explicit QueryFileTest(fs::path path) : path_(std::move(path)) {}
  void invoke() const override { RunQueryFile(path_); }

 private:
  fs::path path_;
};

void NoQueryFiles() { FAIL("no .test files under " + QueriesDirectory().string()); }

// Registers one test per .test file when the binary starts.
struct QueryFileRegistry {
  std::deque<std::string> texts;  // names and tags outlive registration

  QueryFileRegistry() {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(QueriesDirectory(), ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->is_regular_file() && it->path().extension() == ".test") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
      Catch::AutoReg(Catch::makeTestInvoker(&NoQueryFiles), CATCH_INTERNAL_LINEINFO,
                     Catch::StringRef(),
                     Catch::NameAndTags{"query test files are found", "[queries]"});
    }
    for (const fs::path& file : files) {
      const fs::path relative = fs::relative(file, QueriesDirectory());
      const std::string folder =
          relative.has_parent_path() ? relative.parent_path().generic_string() : "";
      const std::string& name = texts.emplace_back("query file " + relative.generic_string() +
                                                   " gives the expected answers");
      const std::string& tags =
          texts.emplace_back("[queries]" + (folder.empty() ? "" : "[" + folder + "]"));
      Catch::AutoReg(new QueryFileTest(file), CATCH_INTERNAL_LINEINFO, Catch::StringRef(),
                     Catch::NameAndTags{name, tags});
    }
  }
};

const QueryFileRegistry kQueryFiles;

}  // namespace
}  // namespace causalkg
