#include "kb/review/review_log.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>

#include <nlohmann/json.hpp>

#include "engine/common/visible_text.hpp"
#include "kb/ingest/json_parse.hpp"
#include "kb/ingest/json_records.hpp"

namespace causalkg::kb {

using nlohmann::json;

namespace {

// The candidates file's name without its .jsonl (or .ndjson), then `suffix`.
std::string Beside(const std::string& candidates_path, const std::string& suffix) {
  for (std::string_view extension : {".jsonl", ".ndjson"}) {
    if (candidates_path.size() > extension.size() &&
        candidates_path.compare(candidates_path.size() - extension.size(), extension.size(),
                                extension) == 0) {
      return candidates_path.substr(0, candidates_path.size() - extension.size()) + suffix;
    }
  }
  return candidates_path + suffix;
}

Status LineError(const std::string& path, std::size_t line, const std::string& message) {
  return Status::Load(message +
                      "; the review log is written by the review: move it aside to "
                      "start the review again")
      .InFile(path, line);
}

// A logged line as a decision; the problem with it, or "" when there is none.
std::string ReadDecision(const json& value, Decision& d) {
  if (!value.is_object()) return "a decision must be a JSON object, not " + JsonTypeName(value);
  auto text = [&](const char* key) -> std::optional<std::string> {
    auto it = value.find(key);
    if (it == value.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
  };
  auto missing = [](const char* key) {
    return std::string("field '") + key + "' is missing or not a string";
  };
  const auto action = text("action");
  if (!action) return missing("action");
  const auto named = ActionNamed(*action);
  if (!named) return "unknown action " + Visible(json(*action).dump());
  d.action = *named;
  d.time = text("time").value_or("");
  if (d.action == Action::kUndo || d.action == Action::kLoad) return "";
  auto number = value.find("candidate");
  if (number == value.end() || !number->is_number_unsigned() || number->get<std::size_t>() == 0) {
    return "field 'candidate' must be the candidate's number, from 1";
  }
  d.candidate = number->get<std::size_t>();
  const auto fingerprint = text("fingerprint");
  if (!fingerprint) return missing("fingerprint");
  d.fingerprint = *fingerprint;
  if (d.action == Action::kReject) {
    const auto reason = text("reason");
    if (!reason) return missing("reason");
    const auto r = ReasonNamed(*reason);
    if (!r) return "unknown reason " + Visible(json(*reason).dump());
    d.reason = *r;
  }
  if (d.action == Action::kRename) {
    const auto end = text("end");
    if (end != "subject" && end != "object") return "field 'end' must be \"subject\" or \"object\"";
    d.end = *end == "subject" ? ClaimEnd::kSubject : ClaimEnd::kObject;
    const auto node = text("node");
    if (!node || node->empty()) return "field 'node' must name a node";
    d.node = *node;
  }
  return "";
}

}  // namespace

std::string ReviewLogPath(const std::string& candidates_path) {
  return Beside(candidates_path, ".review.jsonl");
}

std::string CalibrationPath(const std::string& candidates_path) {
  return Beside(candidates_path, ".calibration.json");
}

Result<ReviewLog> ReviewLog::Read(const std::string& path) {
  ReviewLog log(path);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return log;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status::Load("the review log is not a file").InFile(path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Load("cannot read the review log").InFile(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::Load("reading the review log failed").InFile(path);
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t newline = text.find('\n', begin);
    const bool last = newline == std::string::npos;
    const std::string_view line(text.data() + begin, (last ? text.size() : newline) - begin);
    ++log.lines_;
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
      json value;
      Status parsed = ParseJson(line, path, log.lines_, {kMaxLineDepth}, value);
      Decision d;
      const std::string problem = parsed.ok() ? ReadDecision(value, d) : parsed.message();
      if (!problem.empty() && last) {
        // A write cut off mid-line: everything before it is whole.
        log.warnings_.push_back(path + ", line " + std::to_string(log.lines_) +
                                ": the last decision was cut short (was the review "
                                "interrupted?); it is dropped");
        log.whole_size_ = begin;
        --log.lines_;
        break;
      }
      if (!problem.empty()) return LineError(path, log.lines_, problem);
      log.decisions_.push_back({std::move(d), log.lines_});
    }
    if (last) log.needs_newline_ = true;
    begin = last ? text.size() : newline + 1;
  }
  return log;
}

Status ReviewLog::Append(std::span<const std::string> lines) {
  auto failed = [&] {
    return Status::Storage("cannot write the review log " + path_,
                           "is the disk full, or the folder not writable?");
  };
  if (whole_size_) {
    std::error_code ec;
    std::filesystem::resize_file(path_, *whole_size_, ec);
    if (ec) return failed();
    whole_size_.reset();
  }
  std::string text;
  if (needs_newline_) text += '\n';
  for (const std::string& line : lines) text += line + '\n';
  const int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return failed();
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n <= 0) {
      ::close(fd);
      return failed();
    }
    written += static_cast<std::size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  if (::close(fd) != 0 || !synced) return failed();
  needs_newline_ = false;
  lines_ += lines.size();
  return Status::Ok();
}

std::string DecisionLine(const Decision& d, const json* extra) {
  json line = json::object();
  line["action"] = ActionName(d.action);
  if (d.action != Action::kUndo && d.action != Action::kLoad) {
    line["candidate"] = d.candidate;
    line["fingerprint"] = d.fingerprint;
  }
  if (d.action == Action::kReject) line["reason"] = ReasonName(d.reason);
  if (d.action == Action::kRename) {
    line["end"] = EndName(d.end);
    line["node"] = d.node;
  }
  if (extra != nullptr) {
    for (auto it = extra->begin(); it != extra->end(); ++it) line[it.key()] = *it;
  }
  line["time"] = d.time.empty() ? TimeNow() : d.time;
  return line.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace causalkg::kb
