// A review of a candidates file: the candidates, where each one's review
// stands, and the log that keeps every decision (kb/review/review_log.hpp).
//
// Opening a review reads the candidates and replays the log, so that a
// review taken up again stands where it stopped. Decisions name candidates
// by their fingerprints: a log stays good for a candidates file the
// extractor wrote again, in another order or with more candidates. A
// decision on a candidate the file no longer holds is left out, with a
// warning.
//
// Accepted claims are written to the database by LoadAccepted, all at once;
// the log then records the load, and the decisions before it can no longer
// be undone (the claims are in the database: REMOVE takes one out).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"
#include "kb/ingest/claim_sink.hpp"
#include "kb/review/candidate.hpp"
#include "kb/review/decision.hpp"
#include "kb/review/proposed_claim.hpp"
#include "kb/review/review_log.hpp"
#include "kb/review/rule_rates.hpp"

namespace causalkg::kb {

class ReviewSession {
 public:
  // Opens the review of the candidates at `path`. With `exclusive`, the
  // review holds the candidates file locked while it lives, and a second
  // review of it is refused (code kLocked); a review that only reads its
  // log (the rates) needs no lock.
  static Result<std::unique_ptr<ReviewSession>> Open(const std::string& path, bool exclusive);
  ~ReviewSession();
  ReviewSession(const ReviewSession&) = delete;
  ReviewSession& operator=(const ReviewSession&) = delete;

  const std::string& path() const { return file_.path; }
  const std::string& log_path() const { return log_.path(); }
  const std::vector<Candidate>& candidates() const { return file_.candidates; }
  const CandidateState& state(std::size_t index) const { return states_[index]; }
  // The candidates file's warnings, the log's, and the replay's.
  std::vector<std::string> warnings() const;

  // The first candidate from `from` on (0-based) that is neither accepted nor
  // rejected.
  std::optional<std::size_t> NextOpen(std::size_t from = 0) const;
  std::size_t CountWhere(Verdict verdict) const;
  // Accepted and not yet written to the database.
  std::size_t PendingLoad() const;

  // Records `action` (accept, reject, flip, reverse, rename or skip) on
  // candidate `index`, durably in the log, then in its state. A reject
  // needs `reason`, a rename `end` and `node` (a node of the database: the
  // caller resolves it). A flip of a claim of sign ? is refused (code
  // kInvalid): it has no sign to flip.
  Status Decide(std::size_t index, Action action, Reason reason = Reason::kNone,
                ClaimEnd end = ClaimEnd::kSubject, const std::string& node = {});

  // Takes back the last decision that was not loaded; the index of the
  // candidate it was about. kNotFound when there is none.
  Result<std::size_t> Undo();

  // Writes every claim accepted and not yet loaded in one atomic write
  // (nothing when any fails), then records the load in the log with the
  // rates of the rules. Nothing to load writes nothing.
  Result<LoadSummary> LoadAccepted(Store& store);

  // Accepts every open candidate and rejects, with reason kNegated, those
  // whose text denies the link (`negated`), then loads, all or nothing:
  // the decisions are logged only once the load has succeeded.
  Result<LoadSummary> AcceptAll(Store& store);

  std::vector<RuleRate> Rates() const;

 private:
  ReviewSession(CandidateFile file, ReviewLog log, int lock_fd);

  struct Applied {
    std::size_t index;  // of the candidate; npos for one the file no longer holds
    Decision decision;
  };

  // Replays the log into the states.
  void Replay();
  void Push(std::size_t index, Decision decision);
  // The state of candidate `index` from the decisions applied to it.
  void Recompute(std::size_t index);
  void MarkLoaded();
  Decision DecisionOn(std::size_t index, Action action) const;
  std::vector<std::size_t> Pending() const;
  Result<LoadSummary> LoadIndices(Store& store, const std::vector<std::size_t>& indices);

  CandidateFile file_;
  ReviewLog log_;
  int lock_fd_ = -1;
  std::vector<CandidateState> states_;
  std::unordered_map<std::string, std::size_t> by_fingerprint_;
  std::vector<Applied> applied_;  // the decisions in force, in order
  std::size_t loaded_mark_ = 0;   // applied_ before it are loaded
  std::vector<std::string> replay_warnings_;
};

}  // namespace causalkg::kb
