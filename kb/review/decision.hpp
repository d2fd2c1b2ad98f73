// What a person decides about a candidate claim, one decision at a time, as
// the review log keeps it.
//
// accept and reject settle a candidate; skip leaves it for later; flip,
// reverse and rename edit the claim it proposes before it is settled. undo
// takes back the last decision, and load records that the accepted claims
// before it were written to the database.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace causalkg::kb {

enum class Action : std::uint8_t {
  kAccept,
  kReject,
  kFlip,
  kReverse,
  kRename,
  kSkip,
  kUndo,
  kLoad
};

// Why a candidate was rejected. kNegated is for candidates whose text denies
// the link ("does not increase"), which `review --accept-all` rejects.
enum class Reason : std::uint8_t {
  kNone,
  kNotCausal,
  kWrongSign,
  kWrongDirection,
  kWrongSpan,
  kHypothetical,
  kNegated,
};

enum class ClaimEnd : std::uint8_t { kSubject, kObject };

struct Decision {
  Action action = Action::kSkip;
  std::size_t candidate = 0;          // 1-based number in the candidates file; 0 for undo and load
  std::string fingerprint;            // of that candidate
  Reason reason = Reason::kNone;      // for kReject
  ClaimEnd end = ClaimEnd::kSubject;  // for kRename
  std::string node;                   // for kRename: the node it now names
  std::string time;                   // UTC, ISO 8601
};

// "accept", "reject", ... as the log writes them.
const char* ActionName(Action action);
std::optional<Action> ActionNamed(std::string_view name);

// "not-causal", "wrong-sign", "wrong-direction", "wrong-span",
// "hypothetical", "negated"; "" for kNone.
const char* ReasonName(Reason reason);
std::optional<Reason> ReasonNamed(std::string_view name);
// The reasons a person gives, in the order they are offered (not kNegated,
// which the text gives).
std::span<const Reason> ReviewerReasons();

const char* EndName(ClaimEnd end);  // "subject", "object"

// Whether the action settles a candidate (accept, reject).
inline bool Settles(Action action) {
  return action == Action::kAccept || action == Action::kReject;
}
// Whether the action edits the claim proposed (flip, reverse, rename).
inline bool Edits(Action action) {
  return action == Action::kFlip || action == Action::kReverse || action == Action::kRename;
}

// The time now, as the log writes it: "2025-02-03T10:11:12Z".
std::string TimeNow();

}  // namespace causalkg::kb
