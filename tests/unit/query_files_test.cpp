// Data-driven query tests: every tests/queries/<folder>/<name>.test is one
// Catch2 test, tagged [queries] and [<folder>], found when the test binary
// starts, so adding a test means adding a file (format: tests/queries/README.md).
// Each file runs on a fresh store holding its graph; its cases run in order,
// as a user would type them, through the same StatementRunner as the shell,
// with table output in ids.
#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <sstream>

#include "cli/statement_runner.hpp"
#include "kb/ingest/bundled.hpp"
#include "query_test_file.hpp"
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

// Loads the graph a file names; an empty string when it loaded cleanly.
std::string LoadGraph(Store& store, const std::string& graph) {
  if (graph == "empty") return {};
  auto loaded = graph == "scp"
                    ? kb::SeedWithBundled(store)
                    : kb::LoadFiles(store, {(QueriesDirectory() / "graphs" / graph).string()});
  if (!loaded.ok()) return loaded.status().ToString();
  // Graphs declare what they use: a warning means the graph is not the one intended.
  if (!loaded->write.warnings.empty()) return "warning: " + loaded->write.warnings.front();
  return {};
}

// Runs one case; an empty string when it gave what it expects, else why not.
std::string RunCase(cli::StatementRunner& runner, std::ostringstream& out, std::ostringstream& err,
                    const testing::QueryCase& c) {
  out.str({});
  err.str({});
  const bool ok = runner.Run(c.statement);
  if (c.expects_error) {
    if (ok)
      return "expected an error, but it succeeded with:\n" +
             Indented(testing::ComparableLines(out.str(), true));
    for (const std::string& part : c.expected) {
      if (err.str().find(part) == std::string::npos) {
        return "expected an error containing '" + part + "', got:\n" + err.str();
      }
    }
    return {};
  }
  if (!ok) return "expected output, but it failed with:\n" + err.str();
  std::vector<std::string> expected;
  for (const std::string& line : c.expected) {
    for (const std::string& l : testing::ComparableLines(line, true)) expected.push_back(l);
  }
  if (!c.ordered) std::sort(expected.begin(), expected.end());
  const std::vector<std::string> actual = testing::ComparableLines(out.str(), c.ordered);
  if (actual == expected) return {};
  return std::string(c.ordered ? "in order, " : "as a sorted set of lines, ") + "expected:\n" +
         Indented(expected) + "got:\n" + Indented(actual);
}

void RunQueryFile(const fs::path& path) {
  const std::string name = fs::relative(path, QueriesDirectory()).string();
  std::string error;
  const testing::QueryFile file = testing::ParseQueryFile(testing::ReadFile(path.string()), error);
  INFO(name);
  if (!error.empty()) FAIL(name + ", " + error);

  testing::ScratchStore db;
  const std::string load_error = LoadGraph(*db.store, file.graph);
  if (!load_error.empty())
    FAIL(name + ": the graph " + file.graph + " does not load: " + load_error);

  std::ostringstream out, err;
  cli::StatementRunner runner(*db.store, out, err);
  runner.style().language = "id";
  for (const testing::QueryCase& c : file.cases) {
    const std::string problem = RunCase(runner, out, err, c);
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
