#include "cli/shell/result_output.hpp"

#include "cli/shell/pager.hpp"

namespace causalkg::cli {

namespace {

Result<std::unique_ptr<std::ofstream>> OpenForResults(const std::string& path) {
  if (path.empty()) return Status::Usage("which file?");
  auto file = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
  if (!*file) return Status::Usage("cannot write the file '" + path + "'");
  return file;
}

}  // namespace

ResultOutput::ResultOutput(std::ostream& terminal, std::ostream& errors)
    : terminal_(terminal), errors_(errors), stream_(terminal.rdbuf()), notes_(errors.rdbuf()) {
  // What is said beside results follows the results before it.
  notes_.tie(&stream_);
}

Status ResultOutput::SendToFile(const std::string& path) {
  auto file = OpenForResults(path);
  if (!file.ok()) return file.status();
  file_ = std::move(file).value();
  file_path_ = path;
  return Status::Ok();
}

void ResultOutput::SendToTerminal() {
  file_.reset();
  file_path_.clear();
}

Status ResultOutput::SendNextToFile(const std::string& path) {
  auto file = OpenForResults(path);
  if (!file.ok()) return file.status();
  once_ = std::move(file).value();
  once_path_ = path;
  return Status::Ok();
}

bool ResultOutput::Begin(const std::string& pager) {
  began_ = true;
  pager_.clear();
  writing_ = once_ ? once_.get() : file_.get();
  if (writing_ != nullptr) {
    stream_.rdbuf(writing_->rdbuf());
    return true;
  }
  if (!pager.empty()) {
    pager_ = pager;
    held_.str({});
    held_notes_.str({});
    stream_.rdbuf(held_.rdbuf());
    notes_.rdbuf(held_notes_.rdbuf());
  } else {
    stream_.rdbuf(terminal_.rdbuf());
  }
  return false;
}

Status ResultOutput::End(std::size_t rows, std::size_t columns) {
  if (!began_) return Status::Ok();
  began_ = false;
  // The notes are not buffered (standard error, or held with the results
  // for the pager), and each flushes the results before it (their tie):
  // flushing them here would flush every result of a script one by one.
  if (flush_each_ || writing_ != nullptr || !pager_.empty()) {
    stream_.flush();
    notes_.flush();
  }
  stream_.rdbuf(terminal_.rdbuf());
  notes_.rdbuf(errors_.rdbuf());
  Status status;
  if (writing_ != nullptr) {
    const std::string& path = writing_ == once_.get() ? once_path_ : file_path_;
    writing_->flush();
    if (!*writing_) status = Status::Storage("writing the file '" + path + "' failed");
    if (writing_ == once_.get()) {
      once_.reset();
      once_path_.clear();
    }
    writing_ = nullptr;
    return status;
  }
  if (pager_.empty()) return status;
  const std::string text = std::move(held_).str();
  const std::string notes = std::move(held_notes_).str();
  held_.str({});
  held_notes_.str({});
  bool shown = false;
  if (TallerThan(text, rows, columns)) {
    status = Page(text, pager_);
    shown = status.ok();
  }
  if (!shown) terminal_ << text << std::flush;
  errors_ << notes << std::flush;
  return status;
}

}  // namespace causalkg::cli
