#include "kb/ingest/format_registry.hpp"
#include "engine/common/text_fold.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <streambuf>

namespace causalkg::kb {

// A read-only stream buffer over text in memory, so that text in memory is
// read as a file is without being copied.
class FormatInput::TextBuffer : public std::streambuf {
 public:
  explicit TextBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // never written through: get area only
    setg(begin, begin, begin + text.size());
  }
};

FormatInput::FormatInput(std::string name, std::istream& in, Progress progress)
    : name_(std::move(name)), in_(&in), progress_(std::move(progress)) {}

FormatInput::FormatInput(std::string name, std::string_view text)
    : name_(std::move(name)),
      text_buffer_(std::make_unique<TextBuffer>(text)),
      text_stream_(std::make_unique<std::istream>(text_buffer_.get())),
      in_(text_stream_.get()),
      text_(text),
      in_memory_(true) {}

FormatInput::~FormatInput() = default;

Result<std::string_view> FormatInput::Whole() {
  if (in_memory_) return text_;
  std::ostringstream text;
  text << in_->rdbuf();
  if (in_->bad()) return Status::Load("reading the file failed").InFile(name_);
  whole_ = std::move(text).str();
  ReportProgress(whole_.size());
  return std::string_view(whole_);
}

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string Joined(const std::vector<const Format*>& formats, const char* last_separator) {
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (i > 0) out += i + 1 == formats.size() ? last_separator : ", ";
    out += formats[i]->name;
  }
  return out;
}

constexpr const char* kNameTheFormat =
    "name the format, as in `causalkg load --format jsonl FILE`, or give the file the extension "
    "of its format";

}  // namespace

Status FormatRegistry::Add(Format format) {
  format.name = AsciiLower(format.name);
  if (Find(format.name) != nullptr) {
    return Status::Internal("two formats are named '" + format.name + "'");
  }
  for (std::string& extension : format.extensions) extension = AsciiLower(extension);
  formats_.push_back(std::move(format));
  return Status::Ok();
}

const Format* FormatRegistry::Find(std::string_view name) const {
  const std::string wanted = AsciiLower(name);
  for (const Format& format : formats_) {
    if (format.name == wanted) return &format;
  }
  return nullptr;
}

std::string FormatRegistry::Describe() const {
  std::string out;
  for (const Format& format : formats_) {
    if (!out.empty()) out += ", ";
    out += format.name;
    std::string extensions;
    for (const std::string& extension : format.extensions) {
      extensions += (extensions.empty() ? "" : ", ") + extension;
    }
    if (!extensions.empty()) out += " (" + extensions + ")";
  }
  return out;
}

Result<const Format*> FormatRegistry::Choose(std::string_view path, std::string_view head,
                                             std::string_view name) const {
  if (!name.empty()) {
    if (const Format* format = Find(name)) return format;
    return Status::Load("unknown format '" + std::string(name) + "'; causalkg reads " + Describe())
        .WithCode(StatusCode::kNotFound);
  }
  // The file's name alone, so that a folder's name never counts.
  const std::string file_name = AsciiLower(path.substr(path.find_last_of('/') + 1));
  std::vector<const Format*> owners;
  for (const Format& format : formats_) {
    const bool owns = std::any_of(format.extensions.begin(), format.extensions.end(),
                                  [&](const std::string& e) { return EndsWith(file_name, e); });
    if (owns) owners.push_back(&format);
  }
  if (owners.size() == 1) return owners.front();

  // By content: among the owners of the extension, else among all.
  std::vector<const Format*> pool = owners;
  if (pool.empty()) {
    for (const Format& format : formats_) pool.push_back(&format);
  }
  SniffScore best = SniffScore::kNo;
  std::vector<const Format*> fitting;
  for (const Format* format : pool) {
    const SniffScore score = format->sniff ? format->sniff(head) : SniffScore::kNo;
    if (score == SniffScore::kNo || score < best) continue;
    if (score > best) fitting.clear();
    best = score;
    fitting.push_back(format);
  }
  if (fitting.size() == 1) return fitting.front();
  // Content none of the extension's formats recognises (a broken first
  // line) is read by the first of them, the one the extension is first
  // known for, which says what is wrong with it.
  if (fitting.empty() && !owners.empty()) return owners.front();
  const std::string path_text(path);
  if (fitting.empty() && owners.empty()) {
    return Status::Load(
               "unknown format: the file's name ends in no known extension and its first bytes "
               "fit no known format; causalkg reads " +
                   Describe(),
               kNameTheFormat)
        .WithCode(StatusCode::kNotFound)
        .InFile(path_text);
  }
  const std::vector<const Format*>& alike = fitting.empty() ? owners : fitting;
  return Status::Load("ambiguous format: the file could be " + Joined(alike, " or ") +
                          "; causalkg reads " + Describe(),
                      kNameTheFormat)
      .WithCode(StatusCode::kAmbiguous)
      .InFile(path_text);
}

}  // namespace causalkg::kb
