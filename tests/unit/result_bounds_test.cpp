// No LIMIT makes a statement hold more than one result may: enumerations
// stop at the documented caps, say so, and stay within their memory.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/statement_runner.hpp"
#include "engine/model/result_bounds.hpp"
#include "kb/ingest/bundled.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

// The memory README promises a statement stays within.
constexpr long kDocumentedPeakKb = 1024 * 1024;  // 1 GiB

// Every one of `n` nodes linked to every other, as JSON Lines: with 60,
// chains of 12 steps from one node to another number about 10^20.
std::string DenseClaims(int n) {
  std::string lines;
  for (int a = 0; a < n; ++a) {
    for (int b = 0; b < n; ++b) {
      if (a == b) continue;
      lines += R"({"subject":"n)" + std::to_string(a) + R"(","relation":")" +
               ((a + b) % 3 == 0 ? "weakens" : "amplifies") + R"(","object":"n)" +
               std::to_string(b) + "\"}\n";
    }
  }
  return lines;
}

struct MeasuredRun {
  int exit_code = -1;
  std::string out;
  long peak_kb = 0;  // the child's largest resident set
};

// Runs build/causalkg `args`, stdout to a file, and reads its peak memory
// from the kernel's account of the child.
MeasuredRun RunMeasured(const testing::TempDir& dir, const std::vector<std::string>& args) {
  const std::string out_path = dir.File("measured.out"), err_path = dir.File("measured.err");
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(out, 1);
    ::dup2(err, 2);
    testing::ExecCausalkg(args);
  }
  int status = 0;
  rusage usage{};
  REQUIRE(::wait4(pid, &status, 0, &usage) == pid);
  MeasuredRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = testing::ReadFile(out_path);
  run.peak_kb = usage.ru_maxrss;
  INFO(testing::ReadFile(err_path));
  return run;
}

std::size_t Occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_CASE("PATHS with a LIMIT of 10^8 on a dense graph stops at the cap, within 1 GiB",
          "[bounds]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(testing::RunCausalkg(
              {"--db", db, "--empty", "load", dir.Write("dense.jsonl", DenseClaims(60))})
              .exit_code == 0);
  const std::string statement = "PATHS FROM n0 TO n1 DEPTH 12 LIMIT 100000000";

  const auto table = RunMeasured(dir, {"--db", db, "query", statement, "--format", "table"});
  REQUIRE(table.exit_code == 0);
  CHECK(table.peak_kb < kDocumentedPeakKb);
  const std::string closing = table.out.substr(table.out.rfind('\n', table.out.size() - 2) + 1);
  CHECK_THAT(closing,
             Catch::Contains(" paths (cut short: one result holds at most 1,000,000 rows"));
  CHECK_THAT(closing, Catch::Contains("whatever its LIMIT; narrow it with a smaller DEPTH"));
  const std::size_t paths = std::stoul(closing);

  const auto json = RunMeasured(dir, {"--db", db, "query", statement, "--format", "json"});
  REQUIRE(json.exit_code == 0);
  CHECK(json.peak_kb < kDocumentedPeakKb);
  CHECK_THAT(json.out, Catch::StartsWith("{\n  \"capped\": true,\n  \"paths\": [\n"));
  CHECK_THAT(json.out, Catch::EndsWith("  ],\n  \"truncated\": true\n}\n"));
  // The same chains, shortest first, as many as the cap on names holds:
  // a chain of n steps names n + 1 nodes and n relations.
  CHECK(Occurrences(json.out, "\"length\": ") == paths);
  std::uint64_t names = 0;
  const std::string length = "\"length\": ";
  int previous = 0;
  bool shortest_first = true;
  for (std::size_t at = json.out.find(length); at != std::string::npos;
       at = json.out.find(length, at + 1)) {
    const int steps = std::atoi(json.out.c_str() + at + length.size());
    shortest_first = shortest_first && steps >= previous;
    previous = steps;
    names += 2 * steps + 1;
  }
  CHECK(shortest_first);
  CHECK(names <= kMaxResultTerms);
  CHECK(names + 2 * previous + 1 > kMaxResultTerms);  // the next chain would not fit
}

std::string Run(Store& store, const std::string& statement,
                cli::OutputFormat format = cli::OutputFormat::kTable) {
  std::ostringstream out, err;
  cli::StatementRunner runner(store, out, err);
  runner.set_format(format);
  INFO(statement << "\n" << err.str());
  REQUIRE(runner.Run(statement));
  return out.str();
}

TEST_CASE("a MATCH join and LOOPS stop at the cap whatever their LIMIT, and say how to narrow",
          "[bounds]") {
  testing::ScratchStore db;
  testing::TempDir dir;
  REQUIRE(kb::LoadFiles(*db.store, {dir.Write("dense.jsonl", DenseClaims(30))}).ok());

  // 870 edges joined three deep: 731,670 rows of 7 names.
  const std::string join = Run(*db.store, "MATCH ?a ?r ?b, ?b ?s ?c, ?c ?t ?d LIMIT 100000000");
  CHECK_THAT(join, Catch::EndsWith(std::to_string(kMaxResultTerms / 7) +
                                   " rows (cut short: one result holds at most 1,000,000 rows, "
                                   "2,500,000 names and 64 MB of names, whatever its LIMIT; "
                                   "narrow it with constants or WHERE, or count it with COUNT "
                                   "MATCH)\n"));
  // Ordered, the rows kept are the first in order of all of them: every
  // row ending in n9 (the last name in order), then those ending in n8, ...
  const std::string ordered =
      Run(*db.store, "MATCH ?a ?r ?b, ?b ?s ?c, ?c ?t ?d ORDER BY ?d DESC LIMIT 100000000");
  CHECK_THAT(ordered, Catch::EndsWith("or count it with COUNT MATCH)\n"));
  std::istringstream lines(ordered);
  std::string line;
  std::getline(lines, line);
  std::getline(lines, line);      // the header and its rule
  std::vector<std::string> ends;  // the ?d of each row
  while (std::getline(lines, line) && line.rfind("  ") != std::string::npos)
    ends.push_back(line.substr(line.rfind("  ") + 2));
  REQUIRE(ends.size() == kMaxResultTerms / 7);
  CHECK(std::is_sorted(ends.rbegin(), ends.rend()));
  // ?a -> ?b -> ?c -> ?d: 29 choices of each, so the cap holds every row
  // ending in the 14 last names (n9 ... n3, n29 ... n23) and part of n22's.
  CHECK(std::count(ends.begin(), ends.end(), "n9") == 29 * 29 * 29);
  CHECK(std::count(ends.begin(), ends.end(), "n23") == 29 * 29 * 29);
  CHECK(ends.back() == "n22");
  CHECK(Run(*db.store, "COUNT MATCH ?a ?r ?b, ?b ?s ?c, ?c ?t ?d") ==
        std::to_string(870 * 29 * 29) + "\n");

  const std::string loops = Run(*db.store, "LOOPS DEPTH 12 LIMIT 100000000");
  CHECK_THAT(loops, Catch::EndsWith(" loops (cut short: one result holds at most 1,000,000 rows, "
                                    "2,500,000 names and 64 MB of names, whatever its LIMIT; "
                                    "narrow it with THROUGH, a smaller DEPTH, VIA or SIGN)\n"));
}

TEST_CASE("ORDER BY with a LIMIT gives the first rows of the whole ordered answer", "[bounds]") {
  testing::ScratchStore db;
  REQUIRE(kb::SeedWithBundled(*db.store).ok());
  for (const std::string order : {"?b DESC, ?a", "?r, ?b", "?a DESC"}) {
    const auto all = nlohmann::json::parse(
        Run(*db.store, "MATCH ?a ?r ?b ORDER BY " + order + " LIMIT 100000 AS JSON"));
    REQUIRE(all["truncated"] == false);
    REQUIRE(all["rows"].size() > 20);
    for (const int limit : {1, 7, 20}) {
      const auto some =
          nlohmann::json::parse(Run(*db.store, "MATCH ?a ?r ?b ORDER BY " + order + " LIMIT " +
                                                   std::to_string(limit) + " AS JSON"));
      INFO(order << " LIMIT " << limit);
      CHECK(some["truncated"] == true);
      CHECK(some["capped"] == false);
      CHECK(some["rows"] == nlohmann::json(std::vector<nlohmann::json>(
                                all["rows"].begin(), all["rows"].begin() + limit)));
    }
  }
}

TEST_CASE("a result is also cut at the bytes of the names it would print", "[bounds]") {
  QueryResult result;
  result.names[1].name = std::string(1 << 20, 'a');  // a megabyte id
  result.names[1].labels["en"] = std::string(1 << 19, 'b');
  result.names[2].name = "short";
  MatchResult rows;
  rows.columns = {"?x", "?y"};
  rows.rows.assign(100, {1, 2});
  result.body = rows;
  CapResult(result);
  const auto& cut = std::get<MatchResult>(result.body);
  CHECK(cut.truncated);
  CHECK(cut.capped);
  const std::uint64_t row_bytes = (1 << 20) + (1 << 19) + 5;
  CHECK(cut.rows.size() == kMaxResultNameBytes / row_bytes);

  rows.rows.assign(10, {1, 2});
  result.body = rows;
  CapResult(result);
  CHECK(std::get<MatchResult>(result.body).rows.size() == 10);
  CHECK_FALSE(std::get<MatchResult>(result.body).capped);
}

}  // namespace
}  // namespace causalkg

namespace causalkg {
namespace {

TEST_CASE("WHY lists evidence up to what one result may hold, and says so", "[bounds]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  // 2,300 pieces of evidence for one claim, 30,000 bytes of quote each: 69 MB.
  constexpr int kPieces = 2300;
  constexpr std::size_t kQuote = 30000;
  std::string lines;
  for (int i = 0; i < kPieces; ++i) {
    std::string quote = std::to_string(100000 + i);
    quote.resize(kQuote, 'q');
    lines += R"({"subject":"a","relation":"weakens","object":"b","source":"s","quote":")" + quote +
             "\"}\n";
  }
  REQUIRE(testing::RunCausalkg({"--db", db, "--empty", "load", dir.Write("many.jsonl", lines)})
              .exit_code == 0);
  const std::size_t fits = kMaxResultNameBytes / (kQuote + 1);  // quote and source

  const auto table = testing::RunCausalkg({"--db", db, "query", "WHY a weakens b"});
  REQUIRE(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::EndsWith(std::to_string(fits) +
                                        " pieces of evidence (cut short: one result holds at most "
                                        "1,000,000 rows, 2,500,000 names and 64 MB of names, "
                                        "whatever its LIMIT; ask for one claim at a time with WHY "
                                        "a relation b)\n"));
  const auto json = testing::RunCausalkg({"--db", db, "query", "WHY a b", "--format", "json"});
  REQUIRE(json.exit_code == 0);
  const auto parsed = nlohmann::json::parse(json.out);
  CHECK(parsed["evidence"].size() == fits);
  CHECK(parsed["capped"] == true);
  CHECK(parsed["truncated"] == true);
  CHECK(parsed["chain"]["nodes"] == nlohmann::json::array({"a", "b"}));
}

}  // namespace
}  // namespace causalkg
