// Writing accepted candidates to the database: through the JSON claims
// reader and the claim sink (kb/ingest), the door every load goes through,
// so that an accepted claim is checked and stored as a claim in a file would
// be, and all of them in one atomic write.
//
// Each claim carries its evidence: the quote, its byte offsets in the source
// text (start, end), the source, modality and confidence, and origin
// "extracted". A node the database lacks gets the phrase of the text as its
// label in the candidate's language, and a relation it lacks the
// candidate's sign as its polarity. Problems are told at the candidate's
// line in the candidates file.
#pragma once

#include <span>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"
#include "kb/ingest/claim_sink.hpp"
#include "kb/review/candidate.hpp"
#include "kb/review/proposed_claim.hpp"

namespace causalkg::kb {

struct AcceptedClaim {
  const Candidate* candidate = nullptr;
  const ProposedClaim* claim = nullptr;
};

// The claim as a line of a JSON Lines claims file would give it.
nlohmann::json AcceptedClaimJson(const Candidate& candidate, const ProposedClaim& claim);

// Loads every claim of `accepted` in one write; nothing when any fails.
// `file` is the candidates file, for messages.
Result<LoadSummary> LoadAccepted(Store& store, const std::string& file,
                                 std::span<const AcceptedClaim> accepted);

// Whether `accepted` would load, without writing: the problem a load of it
// would meet, or Ok.
Status CheckAccepted(Store& store, const std::string& file, const AcceptedClaim& accepted);

// The id of the node `name` names in the database (by id, else by a label
// no other node has); a Name error when none or several.
Result<std::string> ResolveNode(const Store& store, const std::string& name);

}  // namespace causalkg::kb
