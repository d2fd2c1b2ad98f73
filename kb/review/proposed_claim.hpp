// The claim a candidate proposes, as a review's edits leave it (its sign
// flipped, its direction reversed, an end renamed to another node), and
// where the candidate's review stands.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kb/review/candidate.hpp"
#include "kb/review/decision.hpp"

namespace causalkg::kb {

struct ProposedEnd {
  std::string id;      // the node it names
  std::string phrase;  // the words of the text it stands for
  bool renamed = false;
};

struct ProposedClaim {
  ProposedEnd subject, object;
  std::string relation;
  char sign = '?';
  bool flipped = false;
  bool reversed = false;

  // As a candidate proposes it, before any edit.
  static ProposedClaim Of(const Candidate& candidate);
  // Applies an edit (flip, reverse or rename); anything else changes
  // nothing. A flip of sign ? changes nothing: the caller refuses it.
  void Apply(const Decision& edit, const Candidate& candidate);
};

// Where the review of one candidate stands.
enum class Verdict : std::uint8_t { kOpen, kSkipped, kAccepted, kRejected };

struct CandidateState {
  ProposedClaim claim;
  Verdict verdict = Verdict::kOpen;
  Reason reason = Reason::kNone;  // when rejected
  bool loaded = false;            // accepted, and written to the database

  bool settled() const { return verdict == Verdict::kAccepted || verdict == Verdict::kRejected; }
  bool edited() const {
    return claim.flipped || claim.reversed || claim.subject.renamed || claim.object.renamed;
  }
};

// The built-in relation of the other sign that says the same thing turned
// round: increases <-> decreases, strengthens <-> weakens, causes <->
// prevents, ...; for any other relation of sign + decreases, of sign -
// increases. `sign` is the relation's sign now ('+' or '-').
std::string FlippedRelation(std::string_view relation, char sign);

}  // namespace causalkg::kb
