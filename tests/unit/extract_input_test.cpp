// What extract does with input that is not a report's text: a binary file,
// bytes that are not UTF-8, an empty file, a line of 50 MB, a missing file;
// and that it writes all of its output or none.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

#include "extract_support.hpp"
#include "kb/extract/source_text.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

struct Fixture {
  testing::TempDir dir;
  std::string db = dir.File("db");
  testing::RunResult Extract(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db, "--empty", "extract"});
    return RunCausalkg(args);
  }
};

TEST_CASE("a binary file is refused with the offset of its first NUL byte", "[extract][cli]") {
  Fixture f;
  const std::string path = f.dir.Write("report.pdf", std::string("%PDF-1.7\nabc\0def", 16));
  const std::string out = f.dir.File("out.jsonl");
  auto run = f.Extract({path, "-o", out});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("Load error: " + path +
                                      ", line 2, column 4: a NUL byte at "
                                      "byte offset 12: this is a binary file, not text"));
  CHECK_THAT(run.err, Catch::Contains("hint: "));
  CHECK_THAT(run.err, Catch::Contains("No candidates were written."));
  CHECK_FALSE(std::filesystem::exists(out));
  CHECK_FALSE(std::filesystem::exists(out + ".partial"));
}

TEST_CASE("bytes that are not UTF-8 are refused with their offset, line and column",
          "[extract][cli]") {
  Fixture f;
  const std::string path =
      f.dir.Write("latin1.txt", "Armoede schaadt de gezondheid.\nDe caf\xE9 sluit.\n");
  auto run = f.Extract({path});
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::Contains(path + ", line 2, column 7: byte 0xE9 at byte offset 37 is "
                                             "not UTF-8: the file is not UTF-8 text"));
  // A sequence cut short at the end is refused too.
  const std::string cut = f.dir.Write("cut.txt", "Poverty harms health \xE2\x82");
  auto run_cut = f.Extract({cut});
  CHECK(run_cut.exit_code == 1);
  CHECK_THAT(run_cut.err, Catch::Contains("byte 0xE2 at byte offset 21"));
}

TEST_CASE("an empty file gives no candidates and says so", "[extract][cli]") {
  Fixture f;
  const std::string empty = f.dir.Write("empty.txt", "");
  const std::string blank = f.dir.Write("blank.txt", " \n\n\t\n");
  const std::string out = f.dir.File("out.jsonl");
  auto run = f.Extract({empty, blank, "-o", out});
  CHECK(run.exit_code == 0);
  CHECK(testing::ReadFile(out).empty());
  CHECK_THAT(run.err, Catch::Contains("note: " + empty + ": the file is empty; no candidates"));
  CHECK_THAT(run.err,
             Catch::Contains("note: " + blank + ": the file holds no text; no candidates"));
  CHECK_THAT(run.err, Catch::StartsWith("extract: 2 files, 5 bytes, 0 sentences, 0 candidates"));
}

TEST_CASE("a 50 MB line is read in bounded time, its one long sentence said and skipped",
          "[extract][cli]") {
  Fixture f;
  const std::string unit = "digitalisering vergroot de ongelijkheid en ";
  std::string line;
  line.reserve(50'000'000);
  while (line.size() + unit.size() <= 50'000'000) line += unit;
  const std::string path = f.dir.Write("line.txt", line);
  const auto begin = std::chrono::steady_clock::now();
  auto run = f.Extract({path, "--lang", "nl"});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::Contains("1 sentence longer than 4000 bytes not read by the rules "
                                      "(the first at byte offset 0)"));
  CHECK(seconds < 30);
}

TEST_CASE("a long line of many sentences is read sentence by sentence", "[extract][cli]") {
  Fixture f;
  const std::string unit = "Poverty harms health. Rents rose because wages fell. ";
  std::string line;
  while (line.size() < 2'000'000) line += unit;
  const std::string path = f.dir.Write("line.txt", line);
  const std::string out = f.dir.File("out.jsonl");
  auto run = f.Extract({path, "--lang", "en", "-o", out});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const std::size_t sentences = 2 * (line.size() / unit.size());
  CHECK_THAT(run.err, Catch::Contains(std::to_string(sentences) + " sentences"));
  const auto candidates = testing::ParseCandidates(testing::ReadFile(out));
  CHECK(candidates.size() == sentences);
  for (std::size_t i = 0; i < candidates.size(); i += 997)
    testing::CheckVerbatim(line, candidates[i]);
  CHECK(candidates.back()["end"] == line.size() - 1);
}

TEST_CASE("offsets count a byte order mark and carriage returns as the file has them",
          "[extract][cli]") {
  Fixture f;
  const std::string text =
      "\xEF\xBB\xBFTitle line\r\n\r\nPoverty harms health.\r\nRents rose because wages fell.\r\n";
  const std::string path = f.dir.Write("crlf.txt", text);
  auto run = f.Extract({path, "--lang", "en"});
  REQUIRE(run.exit_code == 0);
  const auto candidates = testing::ParseCandidates(run.out);
  REQUIRE(candidates.size() == 2);
  for (const auto& c : candidates) testing::CheckVerbatim(text, c);
  CHECK(candidates[0]["start"] == text.find("Poverty"));
}

TEST_CASE("a file that cannot be read, a folder, a bad option: an error, and nothing written",
          "[extract][cli]") {
  Fixture f;
  const std::string good = f.dir.Write("good.txt", "Poverty harms health.\n");
  const std::string out = f.dir.File("out.jsonl");
  SECTION("a missing file after a good one: no output at all") {
    auto run = f.Extract({good, f.dir.File("missing.txt"), "-o", out});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("missing.txt: cannot open the file"));
    CHECK_FALSE(std::filesystem::exists(out));
    auto to_stdout = f.Extract({good, f.dir.File("missing.txt")});
    CHECK(to_stdout.exit_code == 1);
    CHECK(to_stdout.out.empty());
  }
  SECTION("a folder") {
    auto run = f.Extract({f.dir.path()});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("this is a folder, not a file"));
  }
  SECTION("an unknown language") {
    auto run = f.Extract({good, "--lang", "de"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("Usage error: unknown language 'de'"));
  }
  SECTION("no file") {
    auto run = f.Extract({});
    CHECK(run.exit_code == 2);
  }
}

TEST_CASE("the check of text names the first bad byte and its code", "[extract]") {
  CHECK(kb::extract::CheckText("plain text\n", "a").ok());
  CHECK(kb::extract::CheckText("\xEF\xBB\xBF"
                               "caf\xC3\xA9",
                               "a")
            .ok());
  const Status nul = kb::extract::CheckText(std::string("ab\0", 3), "a");
  CHECK(nul.code() == StatusCode::kInvalid);
  CHECK(nul.line() == 1);
  CHECK(nul.column() == 3);
  const Status overlong = kb::extract::CheckText("x\xC0\xAF", "a");
  CHECK(overlong.code() == StatusCode::kInvalid);
  CHECK(overlong.column() == 2);
}

}  // namespace
}  // namespace causalkg
