#include "kb/review/review_session.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

#include <nlohmann/json.hpp>

#include "kb/review/accepted_load.hpp"

namespace causalkg::kb {

namespace {

constexpr std::size_t kGone = static_cast<std::size_t>(-1);

// Holds `path` locked for this process while the descriptor is open.
Result<int> LockFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Load("cannot open the file").InFile(path);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const bool held = errno == EWOULDBLOCK;
    ::close(fd);
    if (held) {
      return Status::Usage("another review of " + path + " is under way",
                           "finish or quit that review first")
          .WithCode(StatusCode::kLocked);
    }
    return Status::Load("cannot lock the file for the review").InFile(path);
  }
  return fd;
}

}  // namespace

Result<std::unique_ptr<ReviewSession>> ReviewSession::Open(const std::string& path,
                                                           bool exclusive) {
  auto file = ReadCandidates(path);
  if (!file.ok()) return std::move(file).TakeStatus();
  int lock_fd = -1;
  if (exclusive) {
    auto locked = LockFile(path);
    if (!locked.ok()) return std::move(locked).TakeStatus();
    lock_fd = *locked;
  }
  auto log = ReviewLog::Read(ReviewLogPath(path));
  if (!log.ok()) {
    if (lock_fd >= 0) ::close(lock_fd);
    return std::move(log).TakeStatus();
  }
  std::unique_ptr<ReviewSession> session(
      new ReviewSession(std::move(*file), std::move(*log), lock_fd));
  session->Replay();
  return session;
}

ReviewSession::ReviewSession(CandidateFile file, ReviewLog log, int lock_fd)
    : file_(std::move(file)), log_(std::move(log)), lock_fd_(lock_fd) {
  states_.reserve(file_.candidates.size());
  for (std::size_t i = 0; i < file_.candidates.size(); ++i) {
    states_.push_back({ProposedClaim::Of(file_.candidates[i])});
    by_fingerprint_.emplace(file_.candidates[i].fingerprint, i);
  }
}

ReviewSession::~ReviewSession() {
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

std::vector<std::string> ReviewSession::warnings() const {
  std::vector<std::string> all = file_.warnings;
  all.insert(all.end(), log_.warnings().begin(), log_.warnings().end());
  all.insert(all.end(), replay_warnings_.begin(), replay_warnings_.end());
  return all;
}

void ReviewSession::Replay() {
  std::size_t gone = 0;
  for (const LoggedDecision& logged : log_.decisions()) {
    const Decision& d = logged.decision;
    if (d.action == Action::kLoad) {
      MarkLoaded();
      continue;
    }
    if (d.action == Action::kUndo) {
      if (applied_.size() <= loaded_mark_) {
        replay_warnings_.push_back(log_.path() + ", line " + std::to_string(logged.line) +
                                   ": an undo with no decision to take back; left out");
        continue;
      }
      const std::size_t index = applied_.back().index;
      applied_.pop_back();
      if (index != kGone) Recompute(index);
      continue;
    }
    auto it = by_fingerprint_.find(d.fingerprint);
    if (it == by_fingerprint_.end()) ++gone;
    Push(it == by_fingerprint_.end() ? kGone : it->second, d);
  }
  if (gone > 0) {
    replay_warnings_.push_back(
        log_.path() + ": " + std::to_string(gone) +
        (gone == 1 ? " decision is about a candidate " : " decisions are about candidates ") +
        file_.path + " no longer holds; left out");
  }
}

void ReviewSession::Push(std::size_t index, Decision decision) {
  if (index != kGone) {
    CandidateState& state = states_[index];
    switch (decision.action) {
      case Action::kAccept:
        state.verdict = Verdict::kAccepted;
        state.reason = Reason::kNone;
        break;
      case Action::kReject:
        state.verdict = Verdict::kRejected;
        state.reason = decision.reason;
        break;
      case Action::kSkip:
        state.verdict = Verdict::kSkipped;
        state.reason = Reason::kNone;
        break;
      default:
        state.claim.Apply(decision, file_.candidates[index]);
        break;
    }
  }
  applied_.push_back({index, std::move(decision)});
}

void ReviewSession::Recompute(std::size_t index) {
  const bool loaded = states_[index].loaded;
  states_[index] = {ProposedClaim::Of(file_.candidates[index])};
  std::vector<Applied> mine;
  for (const Applied& a : applied_) {
    if (a.index == index) mine.push_back(a);
  }
  // Push() appends; replay this candidate's decisions on a scratch list.
  std::vector<Applied> kept = std::move(applied_);
  applied_.clear();
  for (Applied& a : mine) Push(index, std::move(a.decision));
  applied_ = std::move(kept);
  states_[index].loaded = loaded && states_[index].verdict == Verdict::kAccepted;
}

void ReviewSession::MarkLoaded() {
  loaded_mark_ = applied_.size();
  for (CandidateState& state : states_) {
    if (state.verdict == Verdict::kAccepted) state.loaded = true;
  }
}

std::optional<std::size_t> ReviewSession::NextOpen(std::size_t from) const {
  for (std::size_t i = from; i < states_.size(); ++i) {
    if (!states_[i].settled()) return i;
  }
  return std::nullopt;
}

std::size_t ReviewSession::CountWhere(Verdict verdict) const {
  std::size_t n = 0;
  for (const CandidateState& state : states_) n += state.verdict == verdict;
  return n;
}

std::size_t ReviewSession::PendingLoad() const { return Pending().size(); }

std::vector<std::size_t> ReviewSession::Pending() const {
  std::vector<std::size_t> pending;
  for (std::size_t i = 0; i < states_.size(); ++i) {
    if (states_[i].verdict == Verdict::kAccepted && !states_[i].loaded) pending.push_back(i);
  }
  return pending;
}

Decision ReviewSession::DecisionOn(std::size_t index, Action action) const {
  Decision d;
  d.action = action;
  d.candidate = file_.candidates[index].number;
  d.fingerprint = file_.candidates[index].fingerprint;
  d.time = TimeNow();
  return d;
}

Status ReviewSession::Decide(std::size_t index, Action action, Reason reason, ClaimEnd end,
                             const std::string& node) {
  if (index >= states_.size()) {
    return Status::Internal("no candidate " + std::to_string(index + 1) + " to decide on");
  }
  const CandidateState& state = states_[index];
  const std::string which = "candidate " + std::to_string(file_.candidates[index].number);
  if (state.loaded) {
    return Status::Usage(which + " was accepted and loaded already").WithCode(StatusCode::kInvalid);
  }
  if (action == Action::kUndo || action == Action::kLoad) {
    return Status::Internal("Decide() takes no undo or load");
  }
  if (action == Action::kReject && reason == Reason::kNone) {
    return Status::Usage("a rejection needs a reason").WithCode(StatusCode::kInvalid);
  }
  if (action == Action::kRename && node.empty()) {
    return Status::Usage("a rename needs the node to name").WithCode(StatusCode::kInvalid);
  }
  if (action == Action::kFlip && state.claim.sign == '?') {
    return Status::Usage(which + " proposes a link of sign ?: there is no sign to flip",
                         "accept it with sign ?, or reject it as wrong-sign")
        .WithCode(StatusCode::kInvalid);
  }
  Decision d = DecisionOn(index, action);
  d.reason = action == Action::kReject ? reason : Reason::kNone;
  if (action == Action::kRename) {
    d.end = end;
    d.node = node;
  }
  const std::string line = DecisionLine(d);
  CAUSALKG_RETURN_IF_ERROR(log_.Append({&line, 1}));
  Push(index, std::move(d));
  return Status::Ok();
}

Result<std::size_t> ReviewSession::Undo() {
  if (applied_.size() <= loaded_mark_) {
    return Status::Usage(applied_.empty()
                             ? "there is no decision to undo"
                             : "the decisions before this were loaded into the database; "
                               "they cannot be undone here",
                         applied_.empty() ? "" : "REMOVE subject relation object takes a claim out")
        .WithCode(StatusCode::kNotFound);
  }
  Decision undo;
  undo.action = Action::kUndo;
  const std::string line = DecisionLine(undo);
  CAUSALKG_RETURN_IF_ERROR(log_.Append({&line, 1}));
  const std::size_t index = applied_.back().index;
  applied_.pop_back();
  if (index != kGone) Recompute(index);
  return index;
}

Result<LoadSummary> ReviewSession::LoadIndices(Store& store,
                                               const std::vector<std::size_t>& indices) {
  std::vector<AcceptedClaim> accepted;
  accepted.reserve(indices.size());
  for (std::size_t i : indices) accepted.push_back({&file_.candidates[i], &states_[i].claim});
  return kb::LoadAccepted(store, file_.path, accepted);
}

Result<LoadSummary> ReviewSession::LoadAccepted(Store& store) {
  const std::vector<std::size_t> pending = Pending();
  if (pending.empty()) return LoadSummary{};
  auto loaded = LoadIndices(store, pending);
  if (!loaded.ok()) return loaded;
  MarkLoaded();
  Decision load;
  load.action = Action::kLoad;
  const nlohmann::json counts = {{"claims", pending.size()}, {"rules", RatesJson(Rates())}};
  const std::string line = DecisionLine(load, &counts);
  if (Status logged = log_.Append({&line, 1}); !logged.ok()) {
    // The claims are in the database; loading them again changes nothing.
    loaded->write.warnings.push_back(logged.message() +
                                     "; the review log does not record this load");
  }
  return loaded;
}

Result<LoadSummary> ReviewSession::AcceptAll(Store& store) {
  const std::size_t before = applied_.size();
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < states_.size(); ++i) {
    if (states_[i].settled()) continue;
    Decision d = DecisionOn(i, file_.candidates[i].negated ? Action::kReject : Action::kAccept);
    if (d.action == Action::kReject) d.reason = Reason::kNegated;
    lines.push_back(DecisionLine(d));
    Push(i, std::move(d));
  }
  const std::vector<std::size_t> pending = Pending();
  LoadSummary summary;
  if (!pending.empty()) {
    auto loaded = LoadIndices(store, pending);
    if (!loaded.ok()) {
      // Nothing was written: the decisions are taken back, and not logged.
      std::vector<std::size_t> touched;
      while (applied_.size() > before) {
        touched.push_back(applied_.back().index);
        applied_.pop_back();
      }
      for (std::size_t index : touched) Recompute(index);
      return loaded;
    }
    summary = std::move(*loaded);
    MarkLoaded();
    Decision load;
    load.action = Action::kLoad;
    const nlohmann::json counts = {{"claims", pending.size()}, {"rules", RatesJson(Rates())}};
    lines.push_back(DecisionLine(load, &counts));
  }
  if (lines.empty()) return summary;
  if (Status logged = log_.Append(lines); !logged.ok()) {
    if (pending.empty()) return logged;
    summary.write.warnings.push_back(logged.message() +
                                     "; the review log does not record these decisions");
  }
  return summary;
}

std::vector<RuleRate> ReviewSession::Rates() const {
  return RatesByRule(file_.candidates, states_);
}

}  // namespace causalkg::kb
