// How a candidate claim looks in a review: where it stands among the
// others, its sentence with the cause and the effect marked, and the claim
// it proposes as it would be loaded.
#pragma once

#include <string>

#include "engine/storage/store.hpp"
#include "kb/review/candidate.hpp"
#include "kb/review/proposed_claim.hpp"

namespace causalkg::cli {

// "candidate 3 of 12  rule en.verb  confidence 0.7  modality can  negated"
std::string CandidateHeading(const kb::Candidate& candidate, std::size_t total,
                             const kb::CandidateState& state);

// The quote on one line (its line breaks and tabs as blanks, control
// characters as escapes) with "[cause: ...]" and "{effect: ...}" around
// the phrases, coloured too when `colour`. A quote of more than 600 bytes
// is shown around its phrases only, with "..." where it is cut.
std::string MarkedQuote(const kb::Candidate& candidate, bool colour);

// "digitalisation -[strengthens +]-> social_media_use  (subject in the
// database, object new)" ("both new", "both in the database" when alike),
// then what the review changed, if anything.
std::string ClaimLine(const kb::ProposedClaim& claim, const Store& store);

}  // namespace causalkg::cli
