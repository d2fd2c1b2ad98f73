// The review log: the decisions of a review of a candidates file, one JSON
// object a line, kept beside it (candidates.jsonl -> candidates.review.jsonl)
// so that a review can stop and be taken up again where it stopped.
//
//   {"action": "accept", "candidate": 3, "fingerprint": "9f2c...", "time": "2025-..."}
//   {"action": "reject", "candidate": 4, "fingerprint": "...", "reason": "wrong-sign", "time": ...}
//   {"action": "rename", "candidate": 5, "fingerprint": "...", "end": "object", "node": "x", ...}
//   {"action": "undo", "time": ...}
//   {"action": "load", "claims": 12, "time": ..., "rules": {...}}
//
// The log is only ever appended to, each decision durably as it is made; an
// undo is a line of its own, so the log is also the history of the review.
#pragma once

#include <span>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "engine/common/status.hpp"
#include "kb/review/decision.hpp"

namespace causalkg::kb {

// candidates.jsonl -> candidates.review.jsonl (any other name: NAME.review.jsonl).
std::string ReviewLogPath(const std::string& candidates_path);
// candidates.jsonl -> candidates.calibration.json.
std::string CalibrationPath(const std::string& candidates_path);

struct LoggedDecision {
  Decision decision;
  std::size_t line = 0;  // in the log
};

class ReviewLog {
 public:
  // Reads the log at `path`; a missing log is an empty one. A line that is
  // not a decision is a Load error with its line, except a last line cut
  // short without its newline (a write cut off by a crash), which is
  // dropped with a warning and cut off the file at the next append.
  static Result<ReviewLog> Read(const std::string& path);

  const std::string& path() const { return path_; }
  const std::vector<LoggedDecision>& decisions() const { return decisions_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Appends `lines` (JSON objects without newlines) and waits until they
  // are on disk.
  Status Append(std::span<const std::string> lines);

 private:
  explicit ReviewLog(std::string path) : path_(std::move(path)) {}

  std::string path_;
  std::vector<LoggedDecision> decisions_;
  std::vector<std::string> warnings_;
  // The bytes of the file that hold whole lines; more when its last line
  // was cut short. nullopt when the file ends as it should.
  std::optional<std::uint64_t> whole_size_;
  bool needs_newline_ = false;  // its last line is whole but lacks a newline
  std::size_t lines_ = 0;       // lines read or appended, for the next ones' numbers
};

// A decision as a log line; `extra` adds its fields (a load's counts).
std::string DecisionLine(const Decision& decision, const nlohmann::json* extra = nullptr);

}  // namespace causalkg::kb
