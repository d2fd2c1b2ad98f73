#include "kb/ingest/line_blocks.hpp"

#include <algorithm>

#include "engine/storage/intern_table.hpp"
#include "engine/storage/load_phases.hpp"

namespace causalkg::kb {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Whether the fast reader found any field of a piece of evidence: a claim
// without one is staged as a bare claim, as the reader's empty piece is.
bool HasEvidence(const FastClaimFields& f) {
  const EvidenceRecord& e = f.evidence;
  for (std::string_view text : {e.source, e.quote, e.modality, e.confidence_text, e.page, e.section,
                                e.url, e.origin, e.tool, e.stance}) {
    if (!text.empty()) return true;
  }
  return e.confidence || e.start || e.end || e.page_number || !f.attributes.empty() ||
         e.refused.field != RecordField::kNone;
}

}  // namespace

LineBlockReader::LineBlockReader(std::istream& in, std::size_t block_bytes)
    : in_(in), block_bytes_(std::max<std::size_t>(block_bytes, 1)), blocks_(kBlocks) {
  for (int i = 0; i < kBlocks; ++i) free_.push_back(i);
  thread_ = std::thread([this] { Run(); });
}

LineBlockReader::~LineBlockReader() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

const LineBlock* LineBlockReader::Next() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (held_ >= 0) {
    free_.push_back(held_);
    held_ = -1;
    changed_.notify_all();
  }
  changed_.wait(lock, [this] { return !full_.empty() || done_; });
  if (full_.empty()) return nullptr;
  held_ = full_.front();
  full_.pop_front();
  return &blocks_[held_];
}

void LineBlockReader::Run() {
  LoadPhase phase("lines read and parsed");
  FastClaimReader reader;
  std::string carry;
  bool end = false;
  // Should the reading throw (memory), the caller sees a failed read.
  try {
    while (!end) {
      int index = -1;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [this] { return !free_.empty() || stop_; });
        if (stop_) break;
        index = free_.front();
        free_.pop_front();
      }
      LineBlock& block = blocks_[index];
      Fill(block, carry, end);
      Parse(block, reader);
      std::lock_guard<std::mutex> lock(mutex_);
      full_.push_back(index);
      changed_.notify_all();
    }
  } catch (...) {
    failed_ = true;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  done_ = true;
  changed_.notify_all();
}

void LineBlockReader::Fill(LineBlock& block, std::string& carry, bool& end) {
  std::string& text = block.text;
  text.swap(carry);
  carry.clear();
  // Reads block_bytes_ and cuts after the last line end in them; a line
  // longer than a block grows its block.
  std::size_t cut = std::string::npos;
  while (!end && cut == std::string::npos) {
    const std::size_t before = text.size();
    text.resize(before + block_bytes_);
    in_.read(text.data() + before, static_cast<std::streamsize>(block_bytes_));
    text.resize(before + static_cast<std::size_t>(in_.gcount()));
    if (!in_) {
      end = true;
      failed_ = in_.bad();
    } else {
      cut = text.rfind('\n');
    }
  }
  if (!end) {
    carry.assign(text, cut + 1, std::string::npos);
    text.resize(cut + 1);
  }
}

void LineBlockReader::Parse(LineBlock& block, FastClaimReader& reader) {
  std::string& text = block.text;
  const std::size_t size = text.size();
  // The parser may read past a line's end: past the last one too.
  text.append(FastClaimReader::Padding(), ' ');
  // Unescaped texts are never longer than their JSON: the fields of all the
  // lines fit in the block's size, and `strings` never moves.
  block.strings.clear();
  block.strings.reserve(size);
  block.count = 0;
  block.piece_count = 0;
  std::size_t start = 0;
  while (start < size) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos || end > size) end = size;
    std::string_view line(text.data() + start, end - start);
    const std::size_t next = end + 1;
    ++lines_read_;
    // As getline counts: each line and its end, the last one's end or not.
    bytes_read_ += line.size() + 1;
    start = next;
    // A byte order mark may begin the file; columns are counted without
    // it, as an editor shows the line.
    if (lines_read_ == 1 && line.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
      line.remove_prefix(kByteOrderMark.size());
    }
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (block.count == block.lines.size()) block.lines.emplace_back();
    ParsedLine& parsed = block.lines[block.count++];
    parsed.text = line;
    parsed.number = lines_read_;
    parsed.bytes = bytes_read_;
    parsed.piece = ParsedLine::kNoPiece;
    // Read into the next free piece: kept when the claim has evidence.
    if (block.piece_count == block.pieces.size()) block.pieces.emplace_back();
    FastClaimFields& fields = block.pieces[block.piece_count];
    const std::size_t readable = static_cast<std::size_t>(text.data() + text.size() - line.data());
    parsed.fast = reader.Read(line, readable, fields) && Keep(block, fields);
    if (!parsed.fast) continue;
    parsed.subject = fields.subject;
    parsed.relation = fields.relation;
    parsed.object = fields.object;
    for (int i = 0; i < 3; ++i) {
      parsed.hashes[i] = InternTable::KeyOf(i == 0   ? fields.subject
                                            : i == 1 ? fields.relation
                                                     : fields.object)
                             .hash;
    }
    if (HasEvidence(fields)) parsed.piece = static_cast<std::uint32_t>(block.piece_count++);
  }
}

bool LineBlockReader::Keep(LineBlock& block, FastClaimFields& f) {
  std::string& strings = block.strings;
  bool fits = true;
  auto keep = [&](std::string_view& view) {
    if (view.empty()) return;
    if (strings.size() + view.size() > strings.capacity()) {
      fits = false;
      return;
    }
    const std::size_t at = strings.size();
    strings.append(view);
    view = std::string_view(strings.data() + at, view.size());
  };
  EvidenceRecord& e = f.evidence;
  for (std::string_view* view :
       {&f.subject, &f.relation, &f.object, &e.source, &e.quote, &e.modality, &e.confidence_text,
        &e.page, &e.section, &e.url, &e.origin, &e.tool, &e.stance}) {
    keep(*view);
  }
  for (AttributeRecord& attribute : f.attributes) {
    keep(attribute.name);
    keep(attribute.text);
    keep(attribute.problem);
  }
  e.attributes = f.attributes;
  return fits;
}

}  // namespace causalkg::kb
