// JSON Lines are read and parsed a block ahead of the staging, on a thread
// of their own. Lines cut by a block's end, longer than a block, blank, with
// a byte order mark or a carriage return, must come out whole, numbered as
// an editor numbers them, with the claim the fast reader makes of each; and
// an error in a late block must name its line and column and leave the
// store as it was.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "engine/storage/intern_table.hpp"
#include "kb/ingest/line_blocks.hpp"
#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::ExportOf;
using testing::ScratchStore;

struct Seen {
  std::string text;
  std::size_t number;
  bool fast;
  std::string subject, relation, object, quote;
};

// Every line the reader hands over, copied out of its block.
std::vector<Seen> ReadAll(const std::string& input, std::size_t block_bytes,
                          std::size_t* blocks = nullptr) {
  std::istringstream in(input);
  kb::LineBlockReader reader(in, block_bytes);
  std::vector<Seen> seen;
  std::size_t count = 0;
  while (const kb::LineBlock* block = reader.Next()) {
    ++count;
    for (std::size_t i = 0; i < block->count; ++i) {
      const kb::ParsedLine& line = block->lines[i];
      const bool piece = line.piece != kb::ParsedLine::kNoPiece;
      if (line.fast) {
        // The names are hashed as the intern table hashes them.
        CHECK(line.hashes[0] == InternTable::KeyOf(line.subject).hash);
        CHECK(line.hashes[1] == InternTable::KeyOf(line.relation).hash);
        CHECK(line.hashes[2] == InternTable::KeyOf(line.object).hash);
      }
      seen.push_back({std::string(line.text), line.number, line.fast, std::string(line.subject),
                      std::string(line.relation), std::string(line.object),
                      piece ? std::string(block->pieces[line.piece].evidence.quote) : ""});
    }
  }
  CHECK_FALSE(reader.failed());
  if (blocks != nullptr) *blocks = count;
  return seen;
}

std::string Claim(int i, const std::string& quote = "") {
  std::string line = R"({"subject":"s)" + std::to_string(i) +
                     R"(","relation":"causes","object":"o)" + std::to_string(i) + '"';
  if (!quote.empty()) line += R"(,"source":"r","quote":")" + quote + '"';
  return line + "}";
}

TEST_CASE("lines cut by the ends of blocks come out whole, in order, with their numbers",
          "[load][jsonl]") {
  std::string input = "\xEF\xBB\xBF" + Claim(1) + "\n\n";
  std::vector<std::pair<std::size_t, std::string>> expected = {{1, Claim(1)}};
  std::size_t number = 2;
  for (int i = 2; i < 200; ++i) {
    // An escaped quote, a line longer than a block, blank lines, CRLF, and
    // a line the fast reader leaves to the general one.
    std::string line = i % 7 == 0    ? Claim(i, R"(a \"quoted\" \u00e9 )" + std::string(300, 'x'))
                       : i % 11 == 0 ? R"({"node":{"id":"n)" + std::to_string(i) + R"("}})"
                                     : Claim(i, i % 3 == 0 ? "q" : "");
    if (i % 13 == 0) line += "\r";
    input += line + "\n";
    expected.emplace_back(++number, line);
    if (i % 17 == 0) {
      input += "   \n";
      ++number;
    }
  }
  input += Claim(200);  // the last line has no line end
  expected.emplace_back(++number, Claim(200));
  for (std::size_t block_bytes :
       {std::size_t{1}, std::size_t{64}, std::size_t{1000}, kb::LineBlockReader::kBlockBytes}) {
    DYNAMIC_SECTION("blocks of " << block_bytes << " bytes") {
      std::size_t blocks = 0;
      const std::vector<Seen> seen = ReadAll(input, block_bytes, &blocks);
      REQUIRE(seen.size() == expected.size());
      if (block_bytes == 1000) CHECK(blocks > 10);
      for (std::size_t i = 0; i < seen.size(); ++i) {
        INFO("line " << expected[i].first);
        CHECK(seen[i].number == expected[i].first);
        CHECK(seen[i].text == expected[i].second);
        const bool declaration = seen[i].text.find("\"node\"") != std::string::npos;
        CHECK(seen[i].fast == !declaration);
        if (!seen[i].fast) continue;
        const int n = std::stoi(seen[i].subject.substr(1));
        CHECK(seen[i].subject == "s" + std::to_string(n));
        CHECK(seen[i].object == "o" + std::to_string(n));
        CHECK(seen[i].relation == "causes");
        if (n % 7 == 0) CHECK(seen[i].quote == "a \"quoted\" \xC3\xA9 " + std::string(300, 'x'));
        if (n % 7 != 0 && n % 3 == 0) CHECK(seen[i].quote == "q");
        if (n % 7 != 0 && n % 3 != 0) CHECK(seen[i].quote.empty());
      }
    }
  }
}

TEST_CASE("an empty input has no lines, and a blank one none either", "[load][jsonl]") {
  CHECK(ReadAll("", 64).empty());
  CHECK(ReadAll("\n \n\t\r\n", 64).empty());
}

// A file of several blocks whose line `bad` (counted from 1) is `bad_text`.
std::string ManyLines(int lines, int bad, const std::string& bad_text) {
  std::string text;
  for (int i = 1; i <= lines; ++i) {
    text +=
        i == bad ? bad_text : Claim(i % 5000, i % 2 == 0 ? "evidence " + std::to_string(i) : "");
    text += '\n';
  }
  return text;
}

TEST_CASE("an error in a late block of a large file names its line and column and stores nothing",
          "[load][jsonl]") {
  constexpr int kLines = 120000;  // about 7 MB: several blocks
  const struct {
    const char* what;
    std::string text;
    const char* expected;
  } cases[] = {
      {"malformed JSON", R"({"subject":"x" "relation"})",
       "line 110000, column 16: malformed JSON: unexpected string literal"},
      {"a missing field", R"({"subject":"x","relation":"causes"})",
       "line 110000: field 'object' is missing"},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.what) {
      ScratchStore db;
      const std::string good = db.dir.Write("good.jsonl", ManyLines(1000, 0, ""));
      REQUIRE(kb::LoadFiles(*db.store, {good}).ok());
      const std::string before = ExportOf(*db.store, kb::ExportFormat::kJsonLines);
      const StoreCounts counts = db.store->counts();
      const std::string text = ManyLines(kLines, 110000, c.text);
      REQUIRE(text.size() > 3 * kb::LineBlockReader::kBlockBytes);
      const std::string path = db.dir.Write("late.jsonl", text);
      auto loaded = kb::LoadFiles(*db.store, {path});
      REQUIRE_FALSE(loaded.ok());
      CHECK_THAT(loaded.status().ToString(),
                 Catch::StartsWith("Load error: " + path + ", " + c.expected));
      CHECK(db.store->counts() == counts);
      CHECK(ExportOf(*db.store, kb::ExportFormat::kJsonLines) == before);
    }
  }
}

TEST_CASE("a file of several blocks loads every claim and piece of evidence", "[load][jsonl]") {
  ScratchStore db;
  constexpr int kLines = 120000;
  const std::string path = db.dir.Write("many.jsonl", ManyLines(kLines, 0, ""));
  auto loaded = kb::LoadFiles(*db.store, {path});
  REQUIRE(loaded.ok());
  // Claims repeat every 5000 lines; each even line adds its own piece.
  CHECK(db.store->counts().edges == 5000);
  CHECK(db.store->counts().evidence == kLines / 2);
}

}  // namespace
}  // namespace causalkg
