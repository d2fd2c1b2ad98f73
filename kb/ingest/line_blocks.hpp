// The lines of a JSON Lines file read and parsed on a thread of their own,
// a block of a few megabytes at a time, while the caller stages the block
// before: at ten million claims, reading and parsing is a third of the
// serial part of a load, and staging (interning names, in input order, so
// that ids do not depend on timing) must stay on one thread.
//
// Each line keeps its number and, when the fast reader took it, the claim it
// read, with every text copied into its block: the parser's own buffer is
// reused by the next line.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <istream>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "kb/ingest/fast_claim.hpp"

namespace causalkg::kb {

// A line as the staging reads it: small, so that the staging thread reads
// little of what the parsing thread wrote.
struct ParsedLine {
  static constexpr std::uint32_t kNoPiece = UINT32_MAX;

  std::string_view text;  // without its line end (and without a byte order mark)
  std::size_t number = 0;
  std::uint64_t bytes = 0;  // of the file up to and with this line's end
  bool fast = false;        // whether the fast reader took it: then the fields below hold it
  std::string_view subject, relation, object;  // views into the block
  std::uint64_t hashes[3] = {};                // of the three names (InternTable::KeyOf)
  std::uint32_t piece = kNoPiece;              // its evidence, in the block's pieces
};

struct LineBlock {
  std::string text;     // whole lines, then the parser's padding
  std::string strings;  // the texts of the fast lines' fields, never grown past its capacity
  std::vector<ParsedLine> lines;
  std::size_t count = 0;  // lines[0, count) are this block's; blank lines are left out
  // The claims of fast lines that carry a piece of evidence; the others
  // carry none.
  std::vector<FastClaimFields> pieces;
  std::size_t piece_count = 0;
};

class LineBlockReader {
 public:
  // Starts reading `in` (read by the reading thread only, until the end or
  // until this reader is destroyed).
  explicit LineBlockReader(std::istream& in, std::size_t block_bytes = kBlockBytes);
  // Stops the reading thread wherever it is.
  ~LineBlockReader();
  LineBlockReader(const LineBlockReader&) = delete;
  LineBlockReader& operator=(const LineBlockReader&) = delete;

  // The next block of lines, in order; valid until the next call. nullptr
  // at the end of the input.
  const LineBlock* Next();
  // At the end: whether reading the stream failed, and after how many lines.
  bool failed() const { return failed_; }
  std::size_t lines_read() const { return lines_read_; }
  std::uint64_t bytes_read() const { return bytes_read_; }

  static constexpr std::size_t kBlockBytes = std::size_t{2} << 20;

 private:
  // Three blocks: one staged, one parsed, one waiting between them.
  static constexpr int kBlocks = 3;

  void Run();
  // Reads whole lines, at least block_bytes_ of them unless the input ends,
  // into `block`, after `carry` (the start of a line the block before cut).
  void Fill(LineBlock& block, std::string& carry, bool& end);
  void Parse(LineBlock& block, FastClaimReader& reader);
  // Copies the texts of `fields` into the block; false when they do not
  // fit (the line is then read by the general reader).
  static bool Keep(LineBlock& block, FastClaimFields& fields);

  std::istream& in_;
  const std::size_t block_bytes_;
  std::vector<LineBlock> blocks_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<int> free_, full_;  // guarded by mutex_
  bool done_ = false;            // guarded by mutex_: no more blocks will come
  bool stop_ = false;            // guarded by mutex_: the caller has gone
  int held_ = -1;                // the block the caller has
  // Written by the reading thread before done_, read after it.
  bool failed_ = false;
  std::size_t lines_read_ = 0;
  std::uint64_t bytes_read_ = 0;
  std::thread thread_;
};

}  // namespace causalkg::kb
